import type { ContentProblem } from './content-problems.ts';
import { SITE } from '../site.ts';
import { formatClock, parsePublishDate, SITE_OFFSET, SITE_ZONE_LABEL, toSiteIso, type PublishDate } from './dates.ts';
import type { LiveFacts } from './json-ld.ts';

/**
 * Live coverage: one article whose body is a run of `<Pembaruan waktu="…" judul="…">…</Pembaruan>`
 * blocks, the newest on top (editors add each new update above the last). The page shows them
 * as written; this module reads them from the body's source for what the page cannot render by
 * itself: the structured data, the feed, and the checks that stop a build on a mistake.
 */

/** The frontmatter's `live`: when the coverage opened, and when it closed (if it has). */
export interface LiveCoverage {
  start: PublishDate;
  end?: PublishDate | undefined;
}

/** Whether the coverage is still open at `now` (the build's clock): it is until its end. */
export function isLiveOpen(live: LiveCoverage, now: Date): boolean {
  return live.end === undefined || now.getTime() < live.end.instant.getTime();
}

/** One update as written in the body. */
export interface LiveUpdate {
  time: PublishDate;
  /** The optional heading. */
  title?: string | undefined;
  /** The update's words without markup, for the feed and structured data. */
  text: string;
  /** The permanent anchor, from its time: "pembaruan-20241129-1405". */
  anchor: string;
  /** The body's line the update starts on, for error messages. */
  line: number;
}

/** The anchor an update keeps for good: its time in the site's zone, so editing its words never breaks a link. */
export function updateAnchor(time: Date): string {
  const iso = toSiteIso(time);
  const seconds = iso.slice(17, 19) === '00' ? '' : iso.slice(17, 19);
  return `pembaruan-${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 13)}${iso.slice(14, 16)}${seconds}`;
}

const UPDATE = /<Pembaruan\b([^>]*)>([\s\S]*?)<\/Pembaruan>/g;
const OPENING = /<Pembaruan\b/g;
const ATTRIBUTE = /([a-zA-Z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Words as a reader reads them: MDX tags, Markdown marks and links reduced to their text. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function lineAt(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/**
 * The updates of a live article's body, newest first as written, or the problems that stop the
 * build (in Indonesian, each with its line): an update without a time or with a time that has
 * no offset, two with one time, one below an older one, one before the coverage opened or after
 * it closed.
 */
export function parseLiveUpdates(body: string, live: LiveCoverage): { updates: LiveUpdate[]; problems: string[] } {
  const updates: LiveUpdate[] = [];
  const problems: string[] = [];
  const opened = [...body.matchAll(OPENING)].length;
  for (const match of body.matchAll(UPDATE)) {
    const line = lineAt(body, match.index);
    const attributes = Object.fromEntries([...match[1].matchAll(ATTRIBUTE)].map((a) => [a[1], a[2] ?? a[3]]));
    if (attributes.waktu === undefined) {
      problems.push(`baris ${line}: <Pembaruan> tanpa waktu; tulis misalnya waktu="2024-11-29T14:05:00${SITE_OFFSET}"`);
      continue;
    }
    const time = parsePublishDate(attributes.waktu);
    if (typeof time === 'string' || time.dateOnly) {
      problems.push(
        `baris ${line}: waktu="${attributes.waktu}" harus tanggal dan jam dengan zona waktu, misalnya 2024-11-29T14:05:00${SITE_OFFSET}`,
      );
      continue;
    }
    const title = attributes.judul?.trim() || undefined;
    updates.push({ time, title, text: plainText(match[2]), anchor: updateAnchor(time.instant), line });
  }
  if (opened > updates.length + problems.length)
    problems.push('ada <Pembaruan> yang tidak ditutup dengan </Pembaruan>');
  updates.forEach((update, index) => {
    const newer = updates[index - 1];
    const at = `baris ${update.line}: pembaruan ${update.time.iso}`;
    if (newer && newer.time.instant.getTime() === update.time.instant.getTime())
      problems.push(`${at} berwaktu sama dengan pembaruan di baris ${newer.line}`);
    else if (newer && newer.time.instant < update.time.instant)
      problems.push(
        `${at} lebih baru daripada pembaruan di atasnya (baris ${newer.line}); letakkan yang terbaru paling atas`,
      );
    if (update.time.instant < live.start.instant) problems.push(`${at} sebelum live.start (${live.start.iso})`);
    if (live.end && update.time.instant > live.end.instant) problems.push(`${at} sesudah live.end (${live.end.iso})`);
  });
  return { updates, problems };
}

/** parseLiveUpdates' problems ("baris 12: …") as the editors' one-line problems (src/lib/content-problems.ts). */
export function liveUpdateProblems(file: string, problems: readonly string[]): ContentProblem[] {
  return problems.map((problem) => {
    const at = /^baris (\d+): /.exec(problem);
    return {
      file,
      line: at ? Number(at[1]) : undefined,
      field: '<Pembaruan>',
      message: at ? problem.slice(at[0].length) : problem,
    };
  });
}

const dayFormat = new Intl.DateTimeFormat(SITE.locale, {
  timeZone: SITE.timeZone,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** An update's time as readers see it: "29 Nov 2024, 14.05 WIB" (coverage may run for days). */
export function formatUpdateTime(instant: Date): string {
  return `${dayFormat.format(instant)}, ${formatClock(instant)} ${SITE_ZONE_LABEL}`;
}

/** The longest headline made from an update's words, in characters (Google shows about 110). */
export const UPDATE_HEADLINE_MAX = 110;

/** An update's headline for structured data and feeds: its heading, else its opening words. */
export function updateHeadline(update: Pick<LiveUpdate, 'title' | 'text'>): string {
  if (update.title) return update.title;
  if (update.text.length <= UPDATE_HEADLINE_MAX) return update.text;
  const cut = update.text.slice(0, UPDATE_HEADLINE_MAX - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** An update's permanent address: the article's, with the update's anchor. */
export function updateUrl(articleUrl: string, update: Pick<LiveUpdate, 'anchor'>): string {
  return `${articleUrl}#${update.anchor}`;
}

/** What structured data says of a live page: its coverage times and each update (newest first). */
export function liveFacts(coverage: LiveCoverage, updates: readonly LiveUpdate[], articleUrl: string): LiveFacts {
  return {
    start: coverage.start.iso,
    end: coverage.end?.iso,
    updates: updates.map((update) => ({
      headline: updateHeadline(update),
      datePublished: update.time.iso,
      url: updateUrl(articleUrl, update),
      articleBody: update.text,
    })),
  };
}
