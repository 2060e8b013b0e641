import { z } from 'astro/zod';
import { smarten } from '../lib/typography.ts';

/** A standing page about the newsroom (redaksi, kontak), written by the newsroom in MDX. */
export const infoPageSchema = z.object({
  /** The page's heading and title. */
  title: z.string().trim().min(1).transform(smarten),
  /** One sentence for search engines and share cards. */
  description: z.string().trim().min(1).transform(smarten),
});
