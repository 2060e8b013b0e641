import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'cheerio';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli, contentDir, WORK_DIR } from './run';

const dir = contentDir('ringkasan', {
  'typografi.mdx': 'articles/typografi.mdx',
  'waktu-wib.mdx': 'articles/waktu-wib.mdx',
  'draf.mdx': 'articles/draf.mdx',
  'terjadwal.mdx': 'articles/terjadwal.mdx',
  // Its title in word-processor quotes, and two tags written twice: published, with warnings.
  'topik-dobel.mdx': 'peringatan/topik-dobel.mdx',
  // The draft's and the scheduled article's pictures.
  gambar: 'articles/gambar',
});
const outDir = resolve(WORK_DIR, 'ringkasan', 'dist');
const build = () =>
  cli('src/cli/build.ts', [], {
    WARTA_CONTENT_DIR: dir,
    WARTA_CACHE_DIR: resolve(dir, '../cache'),
    WARTA_OUT_DIR: outDir,
    WARTA_NOW: '2024-12-01T12:00:00+07:00',
  });

// Two builds of one folder, an article deleted in between, as an editor would.
let first: Awaited<ReturnType<typeof build>>;
let second: Awaited<ReturnType<typeof build>>;
beforeAll(async () => {
  rmSync(`${outDir}.articles.json`, { force: true });
  // A camera-sized original (made here: 3,200 px, over the 3,000 px limit, yet small on disk).
  await sharp({ create: { width: 3200, height: 1800, channels: 3, background: '#777' } })
    .jpeg()
    .toFile(resolve(dir, 'gambar/kamera.jpg'));
  first = await build();
  rmSync(resolve(dir, 'waktu-wib.mdx'));
  second = await build();
}, 300_000);

describe('npm run build ends with a summary', () => {
  test('both builds succeed', () => {
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);
  });

  test('counting published, scheduled (title and date each) and draft articles, and the warnings', () => {
    expect(first.output).toContain(
      [
        'Ringkasan build:',
        '  Terbit: 3 artikel',
        '  Terjadwal: 1 artikel (periksa tanggalnya)',
        '    - Minggu, 1 Desember 2024, 12.00 WIB: Berita terjadwal BocorJadwalJudul (/berita/terjadwal/)',
        '  Draf: 1 artikel',
        '  Peringatan: 3',
      ].join('\n'),
    );
  });

  test('each warning is one line naming the file, the line and the field', () => {
    // The list under "Peringatan: N", one "    - " line each.
    const lines = first.output.split('\n');
    const start = lines.findIndex((line) => line.startsWith('  Peringatan: ')) + 1;
    const end = lines.findIndex((line, index) => index >= start && !line.startsWith('    - '));
    const warnings = lines.slice(start, end).map((line) => line.slice('    - '.length));
    const article = 'topik-dobel.mdx:6:1  tags  ';
    expect(warnings.map((line) => line.replace(/^.*\/articles\//, ''))).toEqual([
      `${article}topik "banjir" ditulis lebih dari sekali (juga bila beda huruf besar-kecil atau spasi); digabung menjadi satu, hapus yang dobel`,
      `${article}topik "jakarta" ditulis lebih dari sekali (juga bila beda huruf besar-kecil atau spasi); digabung menjadi satu, hapus yang dobel`,
      expect.stringMatching(
        /^gambar\/kamera\.jpg  gambar  gambar asli 3200×1800 px, \d+ KB \(batas 3000 px dan 2 MB\); perkecil/,
      ),
    ]);
  });

  test('a tag written twice is published once, and word-processor quotes are not part of the headline', () => {
    const page = load(readFileSync(resolve(outDir, 'berita/topik-dobel/index.html'), 'utf8'));
    expect(page('h1').text().trim()).toBe('Banjir di Jakarta');
    expect(
      page('nav.tags li a')
        .map((_, link) => page(link).text())
        .get(),
    ).toEqual(['Banjir', 'Jakarta']);
  });

  test('a first build has nothing to compare with', () => {
    expect(first.output).not.toContain('hilang');
  });

  test('the next build names the address of the deleted article', () => {
    expect(second.output).toContain('  Terbit: 2 artikel');
    expect(second.output).toContain('  Alamat yang hilang sejak build sebelumnya: 1\n    - /berita/waktu-wib/\n');
  });
});
