import { SITE } from '../site.ts';

/**
 * A publication time as the editor wrote it: a calendar day, or an exact moment.
 * `iso` is what machines read (JSON-LD, Open Graph); `instant` is what we sort and schedule by.
 */
export interface PublishDate {
  instant: Date;
  dateOnly: boolean;
  iso: string;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const MINUTE_MS = 60_000;

const DAY_MS = 86_400_000;
const offsetFormats = new Map<string, Intl.DateTimeFormat>();
/** Each UTC day's offset in a zone, when it is the same from its first to its last millisecond; null when the zone changes its clock that day. */
const steadyDays = new Map<string, number | null>();

/**
 * How far a zone is ahead of UTC at a moment, in minutes (420 in Asia/Jakarta), as Intl's zone
 * data says. Asked once per UTC day, not per moment: a build asks it for every date of every
 * article several times (0.3 s of a publish at 20,000 articles), and a zone changes its clock
 * on very few days (never twice in one), which are asked per moment.
 */
export function zoneOffsetMinutes(instant: Date, timeZone: string = SITE.timeZone): number {
  const day = Math.floor(instant.getTime() / DAY_MS);
  const key = `${timeZone} ${day}`;
  let steady = steadyDays.get(key);
  if (steady === undefined) {
    const first = offsetAt(new Date(day * DAY_MS), timeZone);
    steady = first === offsetAt(new Date((day + 1) * DAY_MS - 1), timeZone) ? first : null;
    steadyDays.set(key, steady);
  }
  return steady ?? offsetAt(instant, timeZone);
}

function offsetAt(instant: Date, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  // "GMT+07:00", or a bare "GMT" for UTC itself.
  const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value;
  const [, sign, hours, minutes] = /([+-])(\d{2}):(\d{2})/.exec(name) ?? ['', '+', '00', '00'];
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

const zoneNames = new Map<string, string>();

/**
 * The zone's name as readers know it, in the site's language: "WIB", "WITA", "WIT" (or "Waktu
 * Indonesia Barat" when long). Kept once asked: every page shows it, and making Intl's
 * formatter for each cost 2 s of a 5,000-article build.
 */
export function zoneName(timeZone: string = SITE.timeZone, style: 'short' | 'long' = 'short'): string {
  const key = `${timeZone} ${style}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    const parts = new Intl.DateTimeFormat(SITE.locale, { timeZone, timeZoneName: style }).formatToParts(new Date(0));
    name = parts.find((part) => part.type === 'timeZoneName')!.value;
    zoneNames.set(key, name);
  }
  return name;
}

/** A calendar day, as a moment: its midnight in the site's zone, so it is published from the start of that day. */
function dayStart(year: number, month: number, day: number): Date {
  const utcMidnight = Date.UTC(year, month - 1, day);
  // The offset at the guess, then at the answer: right even on a day a zone changes its clock.
  const guess = utcMidnight - zoneOffsetMinutes(new Date(utcMidnight)) * MINUTE_MS;
  return new Date(utcMidnight - zoneOffsetMinutes(new Date(guess)) * MINUTE_MS);
}

/** Writes a moment as an ISO date-time in the site's zone, e.g. 2024-11-29T14:05:00+07:00 in Asia/Jakarta. */
export function toSiteIso(instant: Date): string {
  const offset = zoneOffsetMinutes(instant);
  const wallClock = new Date(instant.getTime() + offset * MINUTE_MS).toISOString().slice(0, 19);
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${wallClock}${offset < 0 ? '-' : '+'}${hours}:${minutes}`;
}

/** The site's offset as date-times write it ("+07:00" in WIB), for the examples in editors' error messages. */
export const SITE_OFFSET = toSiteIso(new Date('2024-11-29T00:00:00Z')).slice(19);

function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/**
 * Reads a frontmatter date. YAML turns an unquoted `2024-11-29` into a Date at UTC
 * midnight, so a Date at exactly 00:00:00.000 UTC is read as a calendar day.
 * Returns an error message instead of a date when the value is not one.
 */
export function parsePublishDate(value: unknown): PublishDate | string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'bukan tanggal yang valid';
    if (value.getTime() % DAY_MS === 0) {
      const [year, month, day] = value.toISOString().slice(0, 10).split('-').map(Number);
      return fromDay(year, month, day);
    }
    return { instant: value, dateOnly: false, iso: toSiteIso(value) };
  }
  if (typeof value !== 'string')
    return `harus berupa tanggal, misalnya 2024-11-29 atau 2024-11-29T14:05:00${SITE_OFFSET}`;
  const text = value.trim();
  const day = DATE_ONLY.exec(text);
  if (day) {
    const [year, month, date] = day.slice(1).map(Number);
    if (!isRealDay(year, month, date)) return `"${text}" bukan tanggal yang ada di kalender`;
    return fromDay(year, month, date);
  }
  if (DATE_TIME_WITH_OFFSET.test(text)) {
    const instant = new Date(text);
    if (Number.isNaN(instant.getTime())) return `"${text}" bukan tanggal yang valid`;
    return { instant, dateOnly: false, iso: toSiteIso(instant) };
  }
  return `"${text}" bukan tanggal yang dikenali; tulis 2024-11-29 atau 2024-11-29T14:05:00${SITE_OFFSET} (dengan zona waktu)`;
}

function fromDay(year: number, month: number, day: number): PublishDate {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { instant: dayStart(year, month, day), dateOnly: true, iso };
}

const dayFormat = new Intl.DateTimeFormat(SITE.locale, {
  timeZone: SITE.timeZone,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat(SITE.locale, {
  timeZone: SITE.timeZone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The site's zone as readers see it after a time: "WIB", "WITA" or "WIT". */
export const SITE_ZONE_LABEL = zoneName();

/** A moment's time of day in the site's zone, as readers see it: "14.05". */
export function formatClock(instant: Date): string {
  return timeFormat.format(instant);
}

/** "Jumat, 29 November 2024", or with a time "Jumat, 29 November 2024, 14.05 WIB". */
export function formatPublishDate(date: PublishDate): string {
  const day = dayFormat.format(date.instant);
  return date.dateOnly ? day : `${day}, ${formatClock(date.instant)} ${SITE_ZONE_LABEL}`;
}

/**
 * Whether `a` comes before `b`. With a bare day on either side, calendar days in the site's zone are
 * compared: an update dated "2024-11-29" to a story published at 14:05 that day is not before it.
 */
export function isBefore(a: PublishDate, b: PublishDate): boolean {
  return a.dateOnly || b.dateOnly ? a.iso.slice(0, 10) < b.iso.slice(0, 10) : a.instant < b.instant;
}

/** The latest of the given moments (a bare day counts from its midnight in the site's zone; the first of equals wins). */
export function latest(first: PublishDate, ...others: (PublishDate | undefined)[]): PublishDate {
  return others.reduce<PublishDate>((max, date) => (date && date.instant > max.instant ? date : max), first);
}
