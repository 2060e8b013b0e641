/**
 * What a build finds of the last swap, before it does anything else. `npm run build` swaps a
 * finished staging folder in by two renames (dist → dist.previous, staging → dist); killed
 * between them, the site has no dist/ until the next build puts the last complete one back.
 */
export interface SwapLeftovers {
  site: boolean;
  previous: boolean;
  staging: boolean;
  /** The staging folder was finished: its marker was written before the first rename. */
  stagingComplete: boolean;
}

/**
 * - `finish`: move the finished staging folder in (the newest complete site);
 * - `restore`: move the previous site back;
 * - `none`: the site is there, or there never was one.
 */
export type SwapRecovery = 'finish' | 'restore' | 'none';

export function swapRecovery({ site, previous, staging, stagingComplete }: SwapLeftovers): SwapRecovery {
  if (site) return 'none';
  if (staging && stagingComplete) return 'finish';
  if (previous) return 'restore';
  return 'none';
}
