import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli, contentDir, WORK_DIR } from './run';

const dir = contentDir('ringkasan', {
  'typografi.mdx': 'articles/typografi.mdx',
  'waktu-wib.mdx': 'articles/waktu-wib.mdx',
  'draf.mdx': 'articles/draf.mdx',
  'terjadwal.mdx': 'articles/terjadwal.mdx',
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
        '  Terbit: 2 artikel',
        '  Terjadwal: 1 artikel (periksa tanggalnya)',
        '    - Minggu, 1 Desember 2024, 12.00 WIB: Berita terjadwal BocorJadwalJudul (/berita/terjadwal/)',
        '  Draf: 1 artikel',
        '  Peringatan: 0',
      ].join('\n'),
    );
  });

  test('a first build has nothing to compare with', () => {
    expect(first.output).not.toContain('hilang');
  });

  test('the next build names the address of the deleted article', () => {
    expect(second.output).toContain('  Terbit: 1 artikel');
    expect(second.output).toContain('  Alamat yang hilang sejak build sebelumnya: 1\n    - /berita/waktu-wib/\n');
  });
});
