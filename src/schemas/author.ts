import { z } from 'astro/zod';
import { smarten } from '../lib/typography.ts';
import { httpUrl, requiredText } from './fields.ts';

/** The longest bio, in characters: a few sentences under the name, not a CV. */
export const BIO_MAX = 400;

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
      name: requiredText('name').transform(smarten),
      /** What the writer does, under the name ("Wartawan di Jakarta"). */
      role: requiredText('role').transform(smarten).optional(),
      /** A few sentences about the writer. */
      bio: requiredText('bio')
        .transform(smarten)
        .refine((bio) => bio.length <= BIO_MAX, {
          error: `bio terlalu panjang; tulis paling banyak ${BIO_MAX} karakter`,
        }),
      /** A portrait, a file beside this one; without it the page shows no picture. */
      photo: image().optional(),
      /** Where else readers find the writer: social profiles, e-mail pages. */
      links: z
        .array(z.object({ label: requiredText('links.label').transform(smarten), url: httpUrl('links.url') }), {
          error: 'links harus berupa daftar',
        })
        .default([]),
    },
    {
      // A misspelt field would otherwise vanish quietly (a "foto" that never shows).
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `kolom tidak dikenal: ${issue.keys.join(', ')}; yang dikenal: name, role, bio, photo, links`
          : undefined,
    },
  );
}
