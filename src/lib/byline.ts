import { SITE } from '../site.ts';
import { t } from '../i18n/id.ts';

/** "Oleh A", "Oleh A dan B", "Oleh A, B dan C"; the newsroom when no one is named. */
export function formatByline(authors: readonly string[]): string {
  const names = authors.length > 0 ? authors : [SITE.name];
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ${t('article.and')} ${names[names.length - 1]}`;
  return t('article.byline', { names: list });
}
