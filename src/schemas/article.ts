import { z } from 'astro/zod';
import { SECTION_IDS } from '../sections.ts';
import { isBefore, parsePublishDate, SITE_OFFSET } from '../lib/dates.ts';
import { slugify } from '../lib/slugs.ts';
import { uniqueTags } from '../lib/tags.ts';
import { smarten } from '../lib/typography.ts';
import { httpUrl, optionalText, requiredText } from './fields.ts';
import { parseAlias } from '../lib/aliases.ts';

/** `2024-11-29` (a day) or `2024-11-29T14:05:00+07:00` (a moment with its offset), quoted or not. */
const publishDate = (field: string) =>
  z.unknown().transform((value, ctx) => {
    if (value === undefined || value === null || value === '') {
      ctx.addIssue({ code: 'custom', message: `${field} wajib diisi, misalnya 2024-11-29` });
      return z.NEVER;
    }
    const parsed = parsePublishDate(value);
    if (typeof parsed === 'string') {
      ctx.addIssue({ code: 'custom', message: `${field}: ${parsed}` });
      return z.NEVER;
    }
    return parsed;
  });

const booleanFlag = (field: string) =>
  z.boolean({ error: `${field} harus true atau false (tanpa tanda kutip)` }).default(false);

/**
 * The frontmatter of an article, except what only Astro's image() helper can check. Headlines,
 * standfirsts and captions get their typography here, once, so every place they appear (page,
 * title tag, meta tags, feeds, share images) shows the same curly quotes and dashes.
 */
export const articleFields = z
  .object({
    /** The headline. */
    title: requiredText('title').transform(smarten),
    /** The standfirst: one or two sentences, shown under the headline and in meta tags and feeds. */
    description: requiredText('description').transform(smarten),
    /** When the article is published; a day alone shows no time, a date-time shows in the site's zone (WIB by default). */
    pubDate: publishDate('pubDate'),
    /** When the article was last changed in substance; never before pubDate. */
    updatedDate: publishDate('updatedDate').optional(),
    /** The byline: one name or several; without it the byline credits the source, or no one. */
    author: z
      .union([
        requiredText('author').transform(smarten),
        z.array(requiredText('author').transform(smarten)).min(1, { error: 'author: daftar penulis kosong' }),
      ])
      .optional()
      .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
    /** The section the article belongs to, one of src/sections.ts. */
    section: z.enum(SECTION_IDS, {
      error: (issue) =>
        issue.input === undefined
          ? `section wajib diisi: salah satu dari ${SECTION_IDS.join(', ')}`
          : `section "${String(issue.input)}" tidak dikenal; pilih salah satu dari ${SECTION_IDS.join(', ')}`,
    }),
    /** Topics, as readers would name them ("Korea Utara"); each gets its own page. */
    tags: z
      .array(
        requiredText('tags').refine((tag) => slugify(tag) !== '', {
          error: 'tags: setiap topik harus memuat huruf atau angka latin',
        }),
        {
          error: (issue) =>
            issue.input === null
              ? 'tags kosong; tulis topiknya sebagai daftar, misalnya tags: [Banjir, Jakarta], atau hapus baris tags'
              : typeof issue.input === 'string'
                ? `tags harus berupa daftar dalam kurung siku: tags: [${issue.input}]`
                : 'tags harus berupa daftar, misalnya tags: [Banjir, Jakarta]',
        },
      )
      .default([])
      // The same topic twice ("Banjir", "banjir ") is one tag; the build's summary warns (src/lib/content-check.ts).
      .transform(uniqueTags),
    /** Where the story comes from, shown as "Sumber: …"; linked when there is a url. */
    source: z
      .object({ name: requiredText('source.name').transform(smarten), url: httpUrl('source.url').optional() })
      .optional(),
    /** Shows the article in the site-wide breaking-news banner. */
    breaking: booleanFlag('breaking'),
    /**
     * When the banner lets go of a breaking story: the first build after this moment drops it.
     * A moment with its offset, as a scheduled rebuild needs; without it the story stays until
     * `breaking: false`. Ignored without `breaking: true`.
     */
    breakingUntil: publishDate('breakingUntil')
      .refine((until) => !until.dateOnly, {
        error: `breakingUntil harus tanggal dan jam dengan zona waktu, misalnya 2024-11-30T18:00:00${SITE_OFFSET}`,
      })
      .optional(),
    /**
     * Live coverage: the article is a live page whose body is a run of <Pembaruan> updates,
     * newest on top. `start` is when coverage opened; `end`, once written, closes it (the page
     * says so and the banner lets go at the first build after it). Both moments with an offset.
     */
    live: z
      .strictObject(
        {
          start: publishDate('live.start').refine((start) => !start.dateOnly, {
            error: `live.start harus tanggal dan jam dengan zona waktu, misalnya 2024-11-29T08:00:00${SITE_OFFSET}`,
          }),
          end: publishDate('live.end')
            .refine((end) => !end.dateOnly, {
              error: `live.end harus tanggal dan jam dengan zona waktu, misalnya 2024-11-29T20:00:00${SITE_OFFSET}`,
            })
            .optional(),
        },
        {
          error: (issue) =>
            issue.code === 'unrecognized_keys'
              ? `live hanya mengenal start dan end, bukan ${issue.keys.join(', ')}`
              : 'live harus berisi start (dan end bila liputan selesai), masing-masing di baris sendiri',
        },
      )
      .optional(),
    /** The lead picture; `alt` describes it for people who cannot see it. */
    image: z
      .object({
        src: requiredText('image.src'),
        alt: requiredText('image.alt'),
        caption: optionalText('image.caption'),
        credit: optionalText('image.credit'),
      })
      .optional(),
    /** Corrections to the published story, each shown as a "Koreksi" note; the latest counts as an update. */
    corrections: z
      .array(
        z.object({
          date: publishDate('corrections.date'),
          text: requiredText('corrections.text').transform(smarten),
        }),
      )
      .default([]),
    /**
     * The article's old addresses, after a rename: `[/berita/judul-lama/]`. Each gets a page
     * sending readers on to the current address, and a `_redirects` line (src/lib/aliases.ts).
     * Kept as the old file names ("judul-lama").
     */
    aliases: z
      .array(
        z
          .string({ error: 'aliases: setiap alamat lama harus berupa teks, misalnya /berita/judul-lama/' })
          .transform((value, ctx) => {
            const alias = parseAlias(value);
            if ('problem' in alias) {
              ctx.addIssue({ code: 'custom', message: alias.problem });
              return z.NEVER;
            }
            return alias.id;
          }),
        { error: 'aliases harus berupa daftar, misalnya aliases: [/berita/judul-lama/]' },
      )
      .default([]),
    /** A draft is previewed in `npm run dev` and never published. */
    draft: booleanFlag('draft'),
  })
  .superRefine((article, ctx) => {
    // A TODO left by `npm run new` is found anywhere in a published article, body included, by src/lib/content-check.ts.
    const { pubDate, updatedDate, corrections } = article;
    if (updatedDate && isBefore(updatedDate, pubDate)) {
      ctx.addIssue({
        code: 'custom',
        path: ['updatedDate'],
        message: `updatedDate (${updatedDate.iso}) tidak boleh sebelum pubDate (${pubDate.iso})`,
      });
    }
    const { breakingUntil } = article;
    if (breakingUntil && !breakingUntil.dateOnly && isBefore(breakingUntil, pubDate)) {
      ctx.addIssue({
        code: 'custom',
        path: ['breakingUntil'],
        message: `breakingUntil (${breakingUntil.iso}) tidak boleh sebelum pubDate (${pubDate.iso})`,
      });
    }
    const { live } = article;
    if (live?.end && !live.end.dateOnly && !live.start.dateOnly && live.end.instant <= live.start.instant) {
      ctx.addIssue({
        code: 'custom',
        path: ['live', 'end'],
        message: `live.end (${live.end.iso}) harus sesudah live.start (${live.start.iso})`,
      });
    }
    corrections.forEach((correction, index) => {
      if (isBefore(correction.date, pubDate)) {
        ctx.addIssue({
          code: 'custom',
          path: ['corrections', index, 'date'],
          message: `corrections.date (${correction.date.iso}) tidak boleh sebelum pubDate (${pubDate.iso})`,
        });
      }
    });
  });

/**
 * The whole article schema. `image` is Astro's image() helper (any string schema in tests): it
 * knows the article's folder, so a local picture goes through Astro's image pipeline. Astro
 * asks for the schema once per article; the fields above are built once and only this small
 * step per article (building all of them each time cost 0.4 ms an article, 2 s at 5,000).
 */
export function articleSchema<Image extends z.ZodType>(image: () => Image) {
  // zod types a loose object's other keys as unknown; they are the fields above, checked already.
  const withPicture = z
    .object({ image: z.object({ src: image() }).loose().optional() })
    .loose() as unknown as z.ZodType<ArticleData<z.output<Image>>, Fields>;
  return articleFields.pipe(withPicture);
}

type Fields = z.output<typeof articleFields>;

/** An article's frontmatter once checked: the fields above, with the lead picture as image() made it. */
export type ArticleData<Picture> = Omit<Fields, 'image'> & {
  image?: Omit<NonNullable<Fields['image']>, 'src'> & { src: Picture };
};
