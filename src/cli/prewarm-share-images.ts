/**
 * Draws articles' share images into the cache while Astro is still bundling, on the core that
 * bundling leaves idle (started by src/integrations/share-image-prewarm.ts). It reads the same
 * frontmatter through the same schema, so it draws exactly the images the build will ask for;
 * it goes oldest first while the build goes newest first, and whatever it has not drawn when
 * the build reaches it, the build draws itself. Not needed for correctness, only for speed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { isPublished } from '../lib/articles.ts';
import { articleShareText, cachedShareImage } from '../lib/share-image.ts';
import { SITE } from '../site.ts';
import { t } from '../i18n/id.ts';

const contentDir = process.env.WARTA_CONTENT_DIR ?? './content/articles';
const cacheDir = join(process.env.WARTA_CACHE_DIR || 'node_modules/.astro', 'share-images');
const now = process.env.WARTA_NOW ? new Date(process.env.WARTA_NOW) : new Date();
const site = { name: SITE.name, url: process.env.SITE_URL || SITE.url };
const schema = articleSchema(() => z.unknown());

const articles = (readdirSync(contentDir, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.mdx'))
  .flatMap((file) => {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(contentDir, file), 'utf8'))?.[1];
    const parsed = frontmatter === undefined ? undefined : schema.safeParse(yaml.load(frontmatter));
    return parsed?.success ? [{ id: file, data: parsed.data }] : [];
  })
  .filter((article) => isPublished(article, { now, preview: false }))
  .sort((a, b) => a.data.pubDate.instant.getTime() - b.data.pubDate.instant.getTime());

for (const { data } of articles) {
  await cachedShareImage(articleShareText({ title: data.title, sectionName: t(`section.${data.section}`) }, site), cacheDir);
}
