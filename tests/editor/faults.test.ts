import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { load } from 'cheerio';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { cli, contentDir, WORK_DIR } from './run';

// A small site: a lead picture (Astro's image cache), share images (ours), a very long tag and file name.
const dir = contentDir('gangguan', {
  'bergambar.mdx': 'articles/bergambar.mdx',
  'typografi.mdx': 'articles/typografi.mdx',
  gambar: 'articles/gambar',
});
const LONG_TAG = `Rapat Koordinasi ${'Kementerian Koordinator Bidang Perekonomian '.repeat(6)}Akhir Tahun`;
const LONG_FILE = `${'laporan-khusus-'.repeat(13)}akhir`;
writeFileSync(
  join(dir, `${LONG_FILE}.mdx`),
  `---\ntitle: Laporan dengan nama berkas panjang\ndescription: Ringkasan.\npubDate: 2024-11-20\nsection: nasional\ntags: ["${LONG_TAG}"]\n---\n\nIsi laporan.\n`,
);
const cache = resolve(dir, '../cache');
const outDir = resolve(WORK_DIR, 'gangguan', 'dist');
const env = {
  WARTA_CONTENT_DIR: dir,
  WARTA_CACHE_DIR: cache,
  WARTA_OUT_DIR: outDir,
  WARTA_NOW: '2024-12-01T12:00:00+07:00',
};
const build = () => cli('src/cli/build.ts', ['--silent'], env);

/** Every file of the built site, by its path inside it, with its bytes. */
function site(): Map<string, Buffer> {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => [
      relative(outDir, join(entry.parentPath, entry.name)),
      readFileSync(join(entry.parentPath, entry.name)),
    ]),
  );
}

const pictures = (files: Map<string, Buffer>) =>
  [...files.keys()].filter((file) => /\.(png|avif|webp|jpe?g)$/.test(file));

/** A complete site: each part of its search index has its entry file, and every internal link of the front page leads to a built page. */
function expectComplete(files: Map<string, Buffer>): void {
  const parts = JSON.parse(files.get('pagefind/bagian.json')!.toString()) as string[];
  expect(parts.length).toBeGreaterThan(0);
  for (const part of parts) {
    const entry = JSON.parse(files.get(`pagefind/${part}/pagefind-entry.json`)!.toString()) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages), part).toContain('id');
  }
  const $ = load(files.get('index.html')!.toString());
  const links = $('a[href^="/"]')
    .map((_, a) => $(a).attr('href')!.split('#')[0]!)
    .get();
  expect(links.length).toBeGreaterThan(5);
  for (const link of links)
    expect(files.has(`${link.slice(1)}${link.endsWith('/') ? 'index.html' : ''}`), link).toBe(true);
}

/** Empties half of the share-image and Astro image cache files and cuts the other half short. */
function damageCache(): void {
  const cached = [join(cache, 'share-images'), join(cache, 'assets')].flatMap((folder) =>
    readdirSync(folder).map((name) => join(folder, name)),
  );
  expect(cached.length).toBeGreaterThan(4);
  for (const [index, file] of cached.entries()) truncateSync(file, index % 2 ? 0 : Math.floor(statSync(file).size / 2));
}

let firstBuild: Map<string, Buffer>;

describe('npm run build under faults', { timeout: 300_000 }, () => {
  test('a 300-character tag and a 200-character file name get short, working addresses', async () => {
    const { code, output } = await build();
    expect(output).not.toMatch(/ENAMETOOLONG/);
    expect(code).toBe(0);
    firstBuild = site();
    const tagPages = [...firstBuild.keys()].filter((file) => /^topik\/[^/]+\/index\.html$/.test(file));
    const tagPage = tagPages.find((file) => load(firstBuild.get(file)!.toString())('h1').text().includes(LONG_TAG));
    expect(tagPage).toBeDefined();
    expect(tagPage!.split('/')[1]!.length).toBeLessThanOrEqual(100);
    const article = [...firstBuild.keys()].find(
      (file) => file.startsWith('berita/laporan-khusus-') && file.endsWith('/index.html'),
    );
    expect(article!.split('/')[1]!.length).toBeLessThanOrEqual(100);
    expect(load(firstBuild.get(article!)!.toString())('h1').text()).toBe('Laporan dengan nama berkas panjang');
    expect(load(firstBuild.get(article!)!.toString())(`a[href="/${tagPage!.replace('index.html', '')}"]`).length).toBe(
      1,
    );
  });

  test('a build stops at once, touching nothing, while another live build holds the output folder', async () => {
    writeFileSync(`${outDir}.lock`, String(process.pid));
    try {
      const { code, output } = await build();
      expect(code).not.toBe(0);
      expect(output).toContain(`Build lain (proses ${process.pid}) sedang menulis ${outDir}`);
      expect(site()).toEqual(firstBuild);
    } finally {
      rmSync(`${outDir}.lock`, { force: true });
    }
  });

  test('a lock left by a killed build does not stop the next one', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(`${outDir}.lock`, String(gone));
    const { code } = await build();
    expect(code).toBe(0);
    expect(existsSync(`${outDir}.lock`)).toBe(false);
  });

  test('two builds at once: any that does not run says why, and the site is whole', async () => {
    const results = await Promise.all([build(), build()]);
    expect(results.some(({ code }) => code === 0)).toBe(true);
    // Which of the two starts first is a race; the one that does not run, if any, says why.
    for (const { output } of results.filter(({ code }) => code !== 0)) expect(output).toContain('Build lain (proses');
    const built = site();
    expect([...built.keys()].sort()).toEqual([...firstBuild.keys()].sort());
    expectComplete(built);
  });

  test('published pictures share no bytes with the cache: damaging the cache leaves the live site as it was', async () => {
    const before = site();
    // A published picture may share its file with the site it replaced (see publishShareImages),
    // never with the cache.
    const cachedFiles = new Set(
      readdirSync(cache, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => statSync(join(entry.parentPath, entry.name)).ino),
    );
    expect(pictures(before).length).toBeGreaterThan(4);
    for (const file of pictures(before)) expect(cachedFiles.has(statSync(join(outDir, file)).ino), file).toBe(false);
    damageCache();
    expect(site()).toEqual(before);
  });

  test('a damaged cache is redrawn: every picture of the next build is whole', async () => {
    damageCache();
    const { code } = await build();
    expect(code).toBe(0);
    const built = site();
    expect(pictures(built).sort()).toEqual(pictures(firstBuild).sort());
    for (const file of pictures(built)) {
      // Decoding every pixel proves the file whole.
      const { channels } = await sharp(built.get(file)!).stats();
      expect(channels.length, file).toBeGreaterThan(0);
    }
  });

  describe('a build killed between moving the old site aside and the new one in', () => {
    const broken = join(dir, 'rusak.mdx');
    const failingBuild = async () => {
      cpSync(resolve('tests/fixtures/broken/kanal-tidak-dikenal.mdx'), broken);
      try {
        return await build();
      } finally {
        rmSync(broken);
      }
    };

    test('leaves a finished staging folder, which the next build, even a failing one, puts in place first', async () => {
      renameSync(outDir, `${outDir}.previous`);
      cpSync(`${outDir}.previous`, `${outDir}.staging`, { recursive: true });
      writeFileSync(join(`${outDir}.staging`, 'build-baru.txt'), 'baru');
      writeFileSync(`${outDir}.staging.complete`, '');
      const { code, output } = await failingBuild();
      expect(code).not.toBe(0);
      expect(output).toContain('section "gosip" tidak dikenal');
      expect(readFileSync(join(outDir, 'build-baru.txt'), 'utf8')).toBe('baru');
      expect(existsSync(`${outDir}.staging`)).toBe(false);
      expectComplete(site());
      rmSync(join(outDir, 'build-baru.txt'));
    });

    test('with the new site unfinished, the next build puts the previous one back', async () => {
      const before = site();
      renameSync(outDir, `${outDir}.previous`);
      cpSync(`${outDir}.previous/_astro`, `${outDir}.staging/_astro`, { recursive: true });
      const { code } = await failingBuild();
      expect(code).not.toBe(0);
      expect(site()).toEqual(before);
      expect(existsSync(`${outDir}.staging`)).toBe(false);
      expect(existsSync(`${outDir}.previous`)).toBe(false);
    });
  });
});
