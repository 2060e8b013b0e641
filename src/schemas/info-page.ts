import { z } from 'astro/zod';
import { smarten } from '../lib/typography.ts';
import { requiredText } from './fields.ts';

/** A standing page about the newsroom (redaksi, kontak), written by the newsroom in MDX; messages in Indonesian, as the article's. */
export const infoPageSchema = z.object({
  /** The page's heading and title. */
  title: requiredText('title').transform(smarten),
  /** One sentence for search engines and share cards. */
  description: requiredText('description').transform(smarten),
});
