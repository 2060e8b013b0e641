import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  keyedPages,
  linkPages,
  removeEmptyFolders,
  removeLeftoverLinks,
  reuseReplacedSite,
} from '../../src/lib/unchanged-pages';
import { buildGates } from '../../src/integrations/build-gates';
import { linkedPagesMarker, STAGING_VARIABLE } from '../../src/build-env';

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
    expect(removed).toEqual(['berita/dihapus/index.html']);
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
    expect(removeLeftoverLinks(linked, site, staging, new Set())).toEqual([]);
    expect(readFileSync(join(staging, 'berita/dihapus/index.html'), 'utf8')).toBe('halaman pengalihan');
  });
});

describe('starting from the site the last build replaced', () => {
  /** Every file and folder under `dir`, relative to it. */
  const tree = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

  beforeEach(() => {
    // The replaced site: an article page both builds kept (one file, linked), one the last
    // build rendered again, one taken down since, a feed, and a folder of share images.
    mkdirSync(join(staging, 'berita/lama'), { recursive: true });
    linkSync(join(site, 'berita/lama/index.html'), join(staging, 'berita/lama/index.html'));
    write(staging, 'kanal/ekonomi/index.html', 'ekonomi lama');
    write(staging, 'berita/ditarik/index.html', 'ditarik');
    write(staging, 'rss.xml', '<rss/>');
    write(staging, 'og/lama.png', 'png');
  });

  test('keeps only the pages that are already the live site’s files', () => {
    const trash = join(root, 'trash');
    const pages = new Set(['berita/lama/index.html', 'kanal/ekonomi/index.html', 'berita/dihapus/index.html']);
    const { inPlace, emptied } = reuseReplacedSite(staging, site, pages, trash);
    expect(inPlace).toEqual(['berita/lama/index.html']);
    // The stale section page and everything else are gone; folders without pages went whole.
    expect(tree(staging)).toEqual(['berita', 'berita/lama', 'berita/lama/index.html', 'kanal', 'kanal/ekonomi']);
    expect(readdirSync(trash)).toHaveLength(2);
    expect(emptied.sort()).toEqual(['', 'kanal/ekonomi']);
    // The live site lost nothing.
    expect(readFileSync(join(site, 'kanal/ekonomi/index.html'), 'utf8')).toBe('ekonomi');
    expect(statSync(join(site, 'berita/lama/index.html')).nlink).toBe(2);
  });

  test('leaves a folder judged after Astro (the share images’) as it is', () => {
    reuseReplacedSite(staging, site, new Set(['berita/lama/index.html']), join(root, 'trash'), new Set(['og']));
    expect(readFileSync(join(staging, 'og/lama.png'), 'utf8')).toBe('png');
    expect(existsSync(join(staging, 'rss.xml'))).toBe(false);
  });

  test('then the folders left empty go, and a parent left empty with them', () => {
    reuseReplacedSite(staging, site, new Set(['berita/lama/index.html']), join(root, 'trash'));
    write(staging, 'kanal/ekonomi/index.html', 'ekonomi baru');
    removeEmptyFolders(staging, ['', 'kanal/ekonomi', 'arsip/2019/01']);
    expect(tree(staging)).toEqual([
      'berita',
      'berita/lama',
      'berita/lama/index.html',
      'kanal',
      'kanal/ekonomi',
      'kanal/ekonomi/index.html',
    ]);
    mkdirSync(join(staging, 'topik/a'), { recursive: true });
    removeEmptyFolders(staging, ['topik/a']);
    expect(existsSync(join(staging, 'topik'))).toBe(false);
    expect(existsSync(staging)).toBe(true);
  });
});

describe('when Astro has made the pages (build-gates.ts)', () => {
  test('a linked page it did not make goes before the other integrations list the site', async () => {
    const linked = await linkPages(['berita/lama/index.html', 'berita/dihapus/index.html'], site, staging);
    writeFileSync(linkedPagesMarker(staging), JSON.stringify({ site, files: linked }));
    const previous = process.env[STAGING_VARIABLE];
    process.env[STAGING_VARIABLE] = staging;
    try {
      const done = buildGates().hooks['astro:build:done']!;
      const page = pathToFileURL(join(staging, 'berita/lama/index.html'));
      await done({
        dir: pathToFileURL(`${staging}/`),
        assets: new Map([['/berita/[id]', [page]]]),
        pages: [{ pathname: 'berita/lama/' }],
        logger: undefined as never,
      });
    } finally {
      if (previous === undefined) delete process.env[STAGING_VARIABLE];
      else process.env[STAGING_VARIABLE] = previous;
    }
    expect(existsSync(join(staging, 'berita/dihapus/index.html'))).toBe(false);
    expect(readFileSync(join(staging, 'berita/lama/index.html'), 'utf8')).toBe('lama');
    expect(readFileSync(join(site, 'berita/dihapus/index.html'), 'utf8')).toBe('dihapus');
  });
});
