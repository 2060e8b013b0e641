/**
 * The newsroom's sections, in navigation order. The id is the URL segment and the
 * value of an article's `section` field; reader-facing names live in `src/i18n/id.ts`.
 */
export const SECTION_IDS = ['nasional', 'internasional', 'ekonomi', 'olahraga', 'teknologi'] as const;

export type SectionId = (typeof SECTION_IDS)[number];
