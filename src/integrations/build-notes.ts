import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { recordedArticleCensus, recordedRedirects, recordedSearchPages } from '../lib/build-registry.ts';
import type { Redirect } from '../lib/aliases.ts';
import type { ArticleCensus } from '../lib/build-summary.ts';
import { shareImageList, type ShareImageList } from './share-images.ts';
import type { SearchPages } from './search-index.ts';
import { BUILD_NOTES_FILE } from '../build-env.ts';

/** What Astro leaves for `npm run build` to finish the site with after it exits (src/cli/build.ts). */
export interface BuildNotes {
  shareImages: ShareImageList;
  searchPages: SearchPages;
  /** What was published, scheduled and left as a draft, for the summary at the end of the build. */
  articles: ArticleCensus;
  /** Old addresses kept by a redirect page: not missing, for the summary. */
  redirects: Redirect[];
}

/** Writes the build's notes where `npm run build` asked (BUILD_NOTES_FILE); in a plain `astro build`, nothing. */
export function buildNotes(): AstroIntegration {
  return {
    name: 'warta:build-notes',
    hooks: {
      'astro:build:done': async () => {
        if (!BUILD_NOTES_FILE) return;
        const notes: BuildNotes = {
          shareImages: shareImageList(),
          searchPages: [...recordedSearchPages()],
          articles: recordedArticleCensus() ?? { published: [], scheduled: [], drafts: 0 },
          redirects: recordedRedirects(),
        };
        await writeFile(BUILD_NOTES_FILE, JSON.stringify(notes));
      },
    },
  };
}
