import { spawnSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { shellEnv } from '../shell-env';
import { FIXTURE_NOW, OUTPUT, SITES } from './build-sites';
import { filesOf } from './built';

/**
 * Publishing into a built site renders only what changed (Astro's incremental build), and what
 * it publishes must be exactly what a cold build of the same articles gives: every file, byte
 * for byte, the search index included. A page whose cache key missed something it shows (a
 * related article's new headline, the banner's story, a list page's neighbours) would be
 * copied stale from the last build, and this comparison would find it.
 */
const root = resolve(OUTPUT, 'incremental');
const articles = join(root, 'articles');
// Beside the articles, where a build looks for the writers' files by default.
const authors = join(root, 'authors');
const site = join(root, 'site');
const cache = join(root, 'cache');
const coldSite = join(root, 'cold-site');
const coldCache = join(root, 'cold-cache');

/** Runs `npm run build`'s script on the test's articles; returns what it printed. */
function build(outDir: string, cacheDir: string): string {
  const result = spawnSync(process.execPath, ['src/cli/build.ts'], {
    // Under a base path: a page's address then differs from its place in the output folder.
    env: shellEnv({
      WARTA_CONTENT_DIR: articles,
      WARTA_CACHE_DIR: cacheDir,
      WARTA_NOW: FIXTURE_NOW,
      WARTA_OUT_DIR: outDir,
      BASE_PATH: '/warta/',
    }),
    encoding: 'utf8',
  });
  const output = result.stdout + result.stderr;
  if (result.status !== 0) throw new Error(`npm run build failed (${result.status}):\n${output}`);
  return output;
}

function edit(file: string, change: (text: string) => string, folder = articles): void {
  const path = join(folder, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`${file}: the edit changed nothing`);
  writeFileSync(path, after);
}

/** Every file of a built site, relative to it. */
const filesIn = (dir: string) =>
  filesOf(dir)
    .map((file) => relative(dir, file))
    .sort();

/**
 * Pages reused without rendering: "cached" is a page `npm run build` linked from the live site
 * (src/lib/unchanged-pages.ts), "restored" one Astro copied from its own cache.
 */
const linkedFromLiveSite = (log: string) => log.split('\n').filter((line) => /\(cached\)/.test(line)).length;

/**
 * The live site's files as they are, each hard-linked into `snapshot` (the same file, not a
 * copy), with their bytes: anything that writes into the live site's files shows in the links.
 */
function holdLiveFiles(dir: string, snapshot: string): Map<string, Buffer> {
  const held = new Map<string, Buffer>();
  for (const file of filesIn(dir)) {
    mkdirSync(dirname(join(snapshot, file)), { recursive: true });
    linkSync(join(dir, file), join(snapshot, file));
    held.set(file, readFileSync(join(dir, file)));
  }
  return held;
}

let publishLog = '';
let liveBeforePublish = new Map<string, Buffer>();
const liveSnapshot = join(root, 'live-snapshot');

beforeAll(() => {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(resolve(SITES.fixtures.WARTA_CONTENT_DIR), articles, { recursive: true });
  cpSync(resolve(SITES.fixtures.WARTA_AUTHORS_DIR), authors, { recursive: true });
  build(site, cache);

  // An editor's mistake: the build stops and publishes nothing. What it had begun is kept for
  // the next build to start from, which must keep nothing of it that is not the live site's.
  writeFileSync(join(articles, 'rusak.mdx'), '---\ntitle: Tanpa tanggal dan kanal\n---\n\nIsi.\n');
  expect(() => build(site, cache)).toThrow(/rusak\.mdx/);
  rmSync(join(articles, 'rusak.mdx'));

  // The banner's stories end: a breaking flag taken off, and a live page with a last update
  // that closes its coverage. Every page that carries the banner changes.
  edit('waktu-wib.mdx', (text) => text.replace('breaking: true\n', ''));
  edit('liputan-langsung.mdx', (text) =>
    text
      .replace(
        '  start: 2024-11-20T08:00:00+07:00\n',
        '  start: 2024-11-20T08:00:00+07:00\n  end: 2024-11-22T08:00:00+07:00\n',
      )
      .replace(
        '---\n\n<Pembaruan',
        '---\n\n<Pembaruan waktu="2024-11-22T07:00:00+07:00" judul="Liputan ditutup">\nPencarian dihentikan.\n</Pembaruan>\n\n<Pembaruan',
      ),
  );
  build(site, cache);

  // Then a newsroom's afternoon: a new story on a busy topic, a headline corrected on a story
  // other pages show in their lists, a story taken down, files tidied into a folder (a plain
  // Markdown one and an MDX one). A page the first build left stale would still be stale here.
  writeFileSync(
    join(articles, 'liga-baru.mdx'),
    '---\ntitle: Hasil terbaru liga\ndescription: Pekan terbaru.\npubDate: 2024-11-30\nsection: olahraga\ntags: [Liga]\n---\n\nIsi pekan terbaru.\n',
  );
  edit('liga-10.mdx', (text) =>
    text.replace('title: Hasil pertandingan liga pekan 10', 'title: Hasil pertandingan liga pekan 10 (diperbaiki)'),
  );
  // An edit that keeps the file's size: the loader must still read it again.
  edit('liga-07.mdx', (text) => text.replace('Isi pekan 7.', 'Isi pekan 8.'));
  rmSync(join(articles, 'liga-05.mdx'));
  mkdirSync(join(articles, 'arsip'));
  renameSync(join(articles, 'markdown-lengkap.mdx'), join(articles, 'arsip/markdown-lengkap.mdx'));
  renameSync(join(articles, 'typografi.mdx'), join(articles, 'arsip/typografi.mdx'));
  // A writer's new bio, a writer's file removed, a new one that turns a byline into a link.
  edit('rina-wijaya.yaml', (text) => text.replace('sejak 2015', 'sejak 2016'), authors);
  rmSync(join(authors, 'sari-lestari.yaml'));
  writeFileSync(join(authors, 'budi-sari.yaml'), 'name: Budi & “Sari”\nbio: Budi menulis tentang keamanan.\n');
  liveBeforePublish = holdLiveFiles(site, liveSnapshot);
  publishLog = build(site, cache);

  build(coldSite, coldCache);
}, 300_000);

describe('publishing into a built site (incremental build)', () => {
  test('reuses the pages the change did not touch, linked from the live site', () => {
    // Without this the comparison below would pass on a build that reused nothing; and a page
    // of each kind that nothing touched is named.
    expect(linkedFromLiveSite(publishLog)).toBeGreaterThan(40);
    for (const untouched of ['/berita/bergambar/', '/arsip/2024/08/', '/kanal/ekonomi/']) {
      expect(publishLog).toMatch(new RegExp(`${untouched}index\\.html \\(cached\\)`));
    }
  });

  test('reads again only the articles that changed, kept the others as stored', () => {
    // One new, two edited (one to the same size) and two moved: five files.
    const total = filesIn(articles).filter((file) => file.endsWith('.mdx')).length;
    expect(publishLog).toContain(`${total - 5} artikel tidak berubah sejak dibaca terakhir, 5 dibaca`);
  });

  test('never writes into the live site’s files: the pages it renders again are new files', () => {
    // The live site stays whole until the new one is swapped in, even though they share files.
    const changed = [...liveBeforePublish].filter(
      ([file, bytes]) => !readFileSync(join(liveSnapshot, file)).equals(bytes),
    );
    expect(changed.map(([file]) => file)).toEqual([]);
    // And the publish did render pages the snapshot holds (a headline changed on liga-10).
    expect(
      readFileSync(join(site, 'berita/liga-10/index.html')).equals(liveBeforePublish.get('berita/liga-10/index.html')!),
    ).toBe(false);
  });

  test('publishes the same files as a cold build of the same articles', () => {
    expect(filesIn(site)).toEqual(filesIn(coldSite));
  });

  test('leaves no folder behind that the cold build lacks (a taken-down story’s, emptied)', () => {
    const foldersIn = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
        .sort();
    expect(foldersIn(site)).toEqual(foldersIn(coldSite));
  });

  test('every file is byte for byte the cold build’s', () => {
    const different = filesIn(site).filter(
      (file) => !readFileSync(join(site, file)).equals(readFileSync(join(coldSite, file))),
    );
    expect(different).toEqual([]);
  });
});
