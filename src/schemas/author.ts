import { z } from 'astro/zod';
import { smarten } from '../lib/typography.ts';
import { textProblem } from '../lib/unsafe-text.ts';

/** The longest bio, in characters: a few sentences under the name, not a CV. */
export const BIO_MAX = 400;

/** Text the writer's file must have: trimmed, not empty, free of characters that break pages or feeds. */
const requiredText = (field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${field} wajib diisi` : `${field} harus berupa teks`) })
    .superRefine((text, ctx) => {
      const problem = textProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: `${field} ${problem}` });
    })
    .trim()
    .min(1, { error: `${field} tidak boleh kosong` })
    .transform(smarten);

const profileUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'links.url harus alamat lengkap yang diawali http:// atau https://' })
  // Written as browsers would send it, so the href is valid HTML.
  .transform((url) => new URL(url).href);

/**
 * A writer's file, `content/authors/<slug>.yaml`: the file name is the page's address
 * (`/penulis/<slug>/`). An article's `author` is matched by name, so "Rina Wijaya" in an
 * article finds the file whose `name` is Rina Wijaya. `image` is Astro's image() helper (any
 * string schema in tests): the photo is a file beside the YAML.
 */
export function authorSchema<Image extends z.ZodType>(image: () => Image) {
  return z.strictObject(
    {
      /** The name as bylines write it. */
      name: requiredText('name'),
      /** What the writer does, under the name ("Wartawan di Jakarta"). */
      role: requiredText('role').optional(),
      /** A few sentences about the writer. */
      bio: requiredText('bio').refine((bio) => bio.length <= BIO_MAX, {
        error: `bio terlalu panjang; tulis paling banyak ${BIO_MAX} karakter`,
      }),
      /** A portrait, a file beside this one; without it the page shows no picture. */
      photo: image().optional(),
      /** Where else readers find the writer: social profiles, e-mail pages. */
      links: z
        .array(z.object({ label: requiredText('links.label'), url: profileUrl }), { error: 'links harus berupa daftar' })
        .default([]),
    },
    {
      // A misspelt field would otherwise vanish quietly (a "foto" that never shows).
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `kolom tidak dikenal: ${issue.keys.join(', ')}; yang dikenal: name, role, bio, photo, links` : undefined,
    },
  );
}

