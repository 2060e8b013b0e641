import { createHash } from 'node:crypto';

/**
 * A page's cache key for Astro's incremental build: a digest of everything the page shows that
 * is not its code (Astro hashes the code and the config itself). Two builds that give a page
 * equal parts may reuse it; any difference renders it again.
 */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}
