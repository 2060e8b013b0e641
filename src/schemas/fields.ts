import { z } from 'astro/zod';
import { smarten, withoutTypographicQuotes } from '../lib/typography.ts';
import { textProblem } from '../lib/unsafe-text.ts';

/**
 * Field types every content schema shares (articles, writers), with their Indonesian messages
 * naming the field. One definition, so a rule such as the unsafe-character check cannot be
 * forgotten in one schema.
 */

/** Refuses characters that reverse the page around the text or break the feeds (src/lib/unsafe-text.ts). */
const withoutUnsafeCharacters = (field: string) => (text: string, ctx: z.RefinementCtx) => {
  const problem = textProblem(text);
  if (problem) ctx.addIssue({ code: 'custom', message: `${field} ${problem}` });
};

/** Text an editor must fill in: trimmed, without word-processor quotes around it all, and not empty. */
export const requiredText = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${field} wajib diisi` : `${field} harus berupa teks`) })
    .superRefine(withoutUnsafeCharacters(field))
    .trim()
    .overwrite(withoutTypographicQuotes)
    .min(1, { error: `${field} tidak boleh kosong` });

/** Text an editor may leave out. */
export const optionalText = (field: string) =>
  z
    .string()
    .superRefine(withoutUnsafeCharacters(field))
    .trim()
    .overwrite(withoutTypographicQuotes)
    .transform(smarten)
    .optional();

/** A full http(s) address, written as browsers would send it (a quote or space percent-encoded), so the href is valid HTML. */
export const httpUrl = (field: string) =>
  z
    .url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: `${field} harus alamat lengkap yang diawali http:// atau https://`,
    })
    .superRefine(withoutUnsafeCharacters(field))
    .transform((url) => new URL(url).href);
