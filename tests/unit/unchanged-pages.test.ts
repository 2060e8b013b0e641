import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { keyedPages, linkPages, removeLeftoverLinks } from '../../src/lib/unchanged-pages';

let root = '';
let site = '';
let staging = '';

function write(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'warta-unchanged-'));
  site = join(root, 'site');
  // Not there yet: linking makes it.
  staging = join(root, 'staging');
  write(site, 'berita/lama/index.html', 'lama');
  write(site, 'berita/dihapus/index.html', 'dihapus');
  write(site, 'kanal/ekonomi/index.html', 'ekonomi');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the pages Astro keyed last build', () => {
  test('are read from its manifest, percent-encoding undone', () => {
    const manifest = join(root, 'incremental-build.json');
    const route = (file: string) => ({ cacheKey: 'k', outputFile: file });
    writeFileSync(
      manifest,
      JSON.stringify({
        routes: {
          'src/pages/berita/[id].astro': {
            paths: {
              '/berita/lama/': route('berita/lama/index.html'),
              '/berita/%C3%A9/': route('berita/%C3%A9/index.html'),
            },
          },
          'src/pages/kanal/[section]/[...page].astro': {
            paths: { '/kanal/ekonomi/': route('kanal/ekonomi/index.html') },
          },
        },
      }),
    );
    expect([...keyedPages(manifest).keys()].sort()).toEqual([
      'berita/lama/index.html',
      'berita/é/index.html',
      'kanal/ekonomi/index.html',
    ]);
  });

  test('are none without a manifest (a first build)', () => {
    expect(keyedPages(join(root, 'missing.json')).size).toBe(0);
  });
});

describe('linking the live site’s pages into the staging folder', () => {
  test('links the ones the live site has, and skips the ones it lacks', async () => {
    const linked = await linkPages(['berita/lama/index.html', 'berita/belum-ada/index.html'], site, staging);
    expect(linked).toEqual(['berita/lama/index.html']);
    expect(readFileSync(join(staging, 'berita/lama/index.html'), 'utf8')).toBe('lama');
  });

  test('afterwards removes a linked page the build no longer makes, and keeps the rest', async () => {
    const linked = await linkPages(
      ['berita/lama/index.html', 'berita/dihapus/index.html', 'kanal/ekonomi/index.html'],
      site,
      staging,
    );
    // The build rendered the section page again: a new file, not the link.
    rmSync(join(staging, 'kanal/ekonomi/index.html'));
    write(staging, 'kanal/ekonomi/index.html', 'ekonomi baru');
    // Astro recorded the unchanged article and the section again, not the deleted article.
    const removed = removeLeftoverLinks(
      linked,
      site,
      staging,
      new Set(['berita/lama/index.html', 'kanal/ekonomi/index.html']),
    );
    expect(removed).toBe(1);
    expect(existsSync(join(staging, 'berita/dihapus/index.html'))).toBe(false);
    expect(readFileSync(join(staging, 'berita/lama/index.html'), 'utf8')).toBe('lama');
    expect(readFileSync(join(staging, 'kanal/ekonomi/index.html'), 'utf8')).toBe('ekonomi baru');
    // The live site keeps every page until the new one replaces it.
    expect(readFileSync(join(site, 'berita/dihapus/index.html'), 'utf8')).toBe('dihapus');
  });

  test('keeps a page the build made anew without a cache key at a linked address', async () => {
    const linked = await linkPages(['berita/dihapus/index.html'], site, staging);
    rmSync(join(staging, 'berita/dihapus/index.html'));
    write(staging, 'berita/dihapus/index.html', 'halaman pengalihan');
    expect(removeLeftoverLinks(linked, site, staging, new Set())).toBe(0);
    expect(readFileSync(join(staging, 'berita/dihapus/index.html'), 'utf8')).toBe('halaman pengalihan');
  });
});
