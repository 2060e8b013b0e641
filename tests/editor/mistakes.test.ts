import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, contentDir, WORK_DIR } from './run';

/**
 * The corpus of broken articles (tests/fixtures/broken): for each, `npm run check:content` and
 * `npm run build` must both fail, name the file, the line and the field in the one format
 * (`path:line:column  field  message`), say it in Indonesian without framework boilerplate, agree
 * with each other, and leave the last good dist/ as it was.
 */

/** One broken article: the files of its content folder, and the problem an editor must read. */
interface Mistake {
  /** The fixture under tests/fixtures/broken, also the file named (a path inside the content folder). */
  file: string;
  /** The file's line, or undefined for a problem of the whole file. */
  line: number | undefined;
  field: string;
  message: RegExp;
  /** More files for the content folder: { name in folder: path under tests/fixtures }. */
  with?: Record<string, string>;
}

const M = (
  file: string,
  line: number | undefined,
  field: string,
  message: RegExp,
  more?: Record<string, string>,
): [string, Mistake] => [file, { file, line, field, message, with: more }];

const MISTAKES: [string, Mistake][] = [
  // Frontmatter fields, as the schema words them.
  M('judul-kosong.mdx', 2, 'title', /^title tidak boleh kosong$/),
  M('tanpa-ringkasan.mdx', 1, 'description', /^description wajib diisi$/),
  M('tanggal-salah.mdx', 4, 'pubDate', /^pubDate: "kemarin sore" bukan tanggal yang dikenali/),
  M(
    'diperbarui-sebelum-terbit.mdx',
    5,
    'updatedDate',
    /^updatedDate \(2024-11-28\) tidak boleh sebelum pubDate \(2024-11-29\)$/,
  ),
  M('kanal-tidak-dikenal.mdx', 5, 'section', /^section "gosip" tidak dikenal; pilih salah satu dari nasional/),
  M('sumber-url-relatif.mdx', 8, 'source.url', /^source\.url harus alamat lengkap/),
  M('gambar-tanpa-alt.mdx', 6, 'image.alt', /^image\.alt wajib diisi$/),
  M('breaking-bukan-boolean.mdx', 6, 'breaking', /^breaking harus true atau false/),
  M('draft-bukan-boolean.mdx', 6, 'draft', /^draft harus true atau false/),
  M('judul-bidi.mdx', 2, 'title', /^title memuat karakter pengatur arah teks U\+202E/),
  M('kendali-ringkasan.mdx', 3, 'description', /^description memuat karakter kendali U\+0007/),
  // YAML mistakes, with their real cause.
  M(
    'yaml-titik-dua.mdx',
    2,
    'title',
    /titik dua \(:\) tanpa tanda kutip; .*title: 'Banjir: warga mengungsi ke masjid'$/,
  ),
  M('yaml-tab.mdx', 7, 'tags', /^tanda tab di awal baris; .*ganti tab dengan dua spasi$/),
  M('tanpa-penutup.mdx', 1, 'frontmatter', /^baris --- penutup tidak ada; tambahkan satu baris ---/),
  M('tags-koma.mdx', 6, 'tags', /^tags harus berupa daftar dalam kurung siku: tags: \[Banjir, Jakarta\]$/),
  M('tags-kosong.mdx', 6, 'tags', /^tags kosong; tulis topiknya sebagai daftar/),
  // Published wrong: TODO anywhere, dates after the build's moment.
  M('todo-terbit.mdx', 3, 'description', /^masih berisi TODO; tulis isinya sebelum draft: false/),
  M('todo-isi.mdx', 10, 'isi', /^masih berisi TODO; tulis isinya sebelum draft: false/),
  M('diperbarui-masa-depan.mdx', 6, 'updatedDate', /^updatedDate \(2024-12-24T09:00:00\+07:00\) masih di masa depan/),
  M(
    'koreksi-masa-depan.mdx',
    9,
    'corrections.date',
    /^tanggal koreksi \(2025-11-30T09:00:00\+07:00\) masih di masa depan/,
  ),
  // Dropped silently: a file the site would not read.
  M(
    'ekstensi/berita-lama.md',
    undefined,
    'berkas',
    /^berkas ini tidak akan terbit: .* Ganti namanya menjadi berita-lama\.mdx$/,
  ),
  M('ekstensi/BERITA-BESAR.MDX', undefined, 'berkas', /Ganti namanya menjadi BERITA-BESAR\.mdx$/),
  M('ekstensi/catatan.mdx.txt', undefined, 'berkas', /Ganti namanya menjadi catatan\.mdx$/),
  // Pictures.
  M('gambar-svg.mdx', 7, 'image.src', /^gambar SVG tidak diizinkan/, { gambar: 'articles/gambar' }),
  M('gambar-di-luar.mdx', 7, 'image.src', /^gambar berada di luar folder konten/),
  M('gambar-jalur-mutlak.mdx', 7, 'image.src', /^jalur mutlak tidak diizinkan/),
  M('gambar-tautan-simbolik.mdx', 7, 'image.src', /^gambar berada di luar folder konten/, {
    gambar: 'articles/gambar',
  }),
  M(
    'gambar-utama-hilang.mdx',
    7,
    'image.src',
    /^berkas gambar \.\/gambar-baru\/banjir\.jpg tidak ada; .*Buat foldernya/,
  ),
  M('gambar-situs-lain.mdx', 10, 'gambar', /^gambar dari situs lain tidak diizinkan/),
  M(
    'gambar-isi-hilang.mdx',
    10,
    'gambar',
    /^berkas gambar \.\/gambar\/Banjir\.JPG tidak ada; jalur dihitung dari folder file artikel/,
    { gambar: 'articles/gambar' },
  ),
  M('gambar-svg-isi.mdx', 10, 'gambar', /^gambar SVG tidak diizinkan/, { gambar: 'articles/gambar' }),
  // The body: MDX, links, components, characters, nesting.
  M('mdx-tag-tidak-ditutup.mdx', 10, 'MDX', /^MDX tidak valid: tag <PullQuote> tidak ditutup/),
  M('mdx-kurung-kurawal.mdx', 10, 'MDX', /^MDX tidak valid: tanda \{ tanpa \}.*tulis \\\{/i),
  M(
    'komentar-html.mdx',
    10,
    'MDX',
    /^MDX tidak valid: komentar HTML <!-- … --> tidak berlaku di MDX; tulis \{\/\* … \*\/\}$/,
  ),
  M('ekspresi-tidak-dikenal.mdx', 8, 'isi', /^\{persen\} tidak dikenal: .*tulis \\\{persen\\\}/),
  M(
    'import-hilang.mdx',
    36,
    'import',
    /^berkas \.\/foto\/tidak-ada\.jpg tidak ada; jalur dihitung dari folder file artikel/,
  ),
  M('figure-tanpa-alt.mdx', 11, '<Figure>', /^<Figure>: alt wajib diisi/, { gambar: 'articles/gambar' }),
  M(
    'terkait-tidak-ada.mdx',
    10,
    '<RelatedLink>',
    /^<RelatedLink article="tidak-pernah-ada">: tidak ada artikel terbit dengan nama itu/,
  ),
  M('terkait-draf.mdx', 10, '<RelatedLink>', /^<RelatedLink article="draf">: tidak ada artikel terbit/, {
    'draf.mdx': 'articles/draf.mdx',
    gambar: 'articles/gambar',
  }),
  M('youtube-id-salah.mdx', 8, '<YouTube>', /^<YouTube id="https:\/\/youtu\.be\/dQw4w9WgXcQ">: id harus 11 karakter/),
  M(
    'langsung-urutan.mdx',
    14,
    '<Pembaruan>',
    /^pembaruan 2024-11-20T14:05:00\+07:00 lebih baru daripada pembaruan di atasnya \(baris 10\); letakkan yang terbaru paling atas$/,
  ),
  M(
    'tautan-javascript.mdx',
    10,
    'tautan',
    /^skema "javascript:" tidak diizinkan; gunakan http\(s\), mailto, tel atau tautan relatif$/,
  ),
  M('tautan-referensi.mdx', 10, 'tautan', /^skema "javascript:" tidak diizinkan/),
  M('tautan-tag-mdx.mdx', 10, 'tautan', /^skema "vbscript:" tidak diizinkan/),
  M('kendali-isi.mdx', 10, 'teks', /^karakter kendali U\+000B tidak diizinkan/),
  M('bukan-utf8.mdx', undefined, 'berkas', /^berkas bukan teks UTF-8 yang sah/),
  M('kutipan-bertingkat.mdx', 10, 'isi', /^kutipan bertingkat terlalu dalam \(3000 tingkat\); paling banyak 100$/),
  M(
    'penekanan-panjang.mdx',
    10,
    'isi',
    /^deretan tanda penekanan \(\*, _ atau ~\) terlalu panjang \(50000 tanda\); paling banyak 100$/,
  ),
  M('daftar-bertingkat.mdx', 112, 'isi', /^daftar bertingkat terlalu dalam \(101 tingkat\); paling banyak 100$/),
  // Between files.
  M('alias-bentrok.mdx', 6, 'aliases', /^\/berita\/typografi\/ adalah alamat berita lain yang masih ada/, {
    'typografi.mdx': 'articles/typografi.mdx',
  }),
  M(
    'duplikat/dobel.mdx',
    undefined,
    'nama file',
    /duplikat\/2024\/dobel\.mdx juga akan terbit di \/berita\/dobel\/; ganti nama salah satu file$/,
    {
      'duplikat/2024/dobel.mdx': 'broken/duplikat/2024/dobel.mdx',
    },
  ),
];

/** One printed problem, parsed back from its line: `path:line:column  field  message`. */
interface Printed {
  path: string;
  line: number | undefined;
  field: string;
  message: string;
}
const PRINTED = /^(?<path>\S.*?)(?::(?<line>\d+)(?::\d+)?)?  (?<field>\S+(?: \S+)?)  (?<message>.+)$/;
const printedProblems = (output: string): Printed[] =>
  output.split('\n').flatMap((text) => {
    const groups = PRINTED.exec(text)?.groups;
    return groups
      ? [
          {
            path: groups.path!,
            line: groups.line ? Number(groups.line) : undefined,
            field: groups.field!,
            message: groups.message!,
          },
        ]
      : [];
  });

/** What no editor should have to read: framework error names, stacks, docs links. */
const BOILERPLATE =
  /InvalidContentEntryDataError|AstroError|Stack trace|^\s+at |docs\.astro\.build|Error reference|\[ERROR\]/m;

// Every case runs at the moment the date cases are written against.
const NOW = '2024-12-01T12:00:00+07:00';

function caseFolder(name: string, { file, with: more = {} }: Mistake): string {
  const dir = contentDir(`kasus-${name.replace(/[^a-z0-9]+/gi, '-')}`, { [file]: `broken/${file}`, ...more });
  // A symbolic link cannot travel as a fixture: this one points at a picture outside the case's content folder.
  if (file === 'gambar-tautan-simbolik.mdx')
    symlinkSync(resolve('tests/fixtures/articles/gambar/pemandangan.jpg'), resolve(dir, 'gambar/tautan.jpg'));
  return dir;
}

async function checkAndBuild(name: string, mistake: Mistake) {
  const dir = caseFolder(name, mistake);
  const env = { WARTA_CONTENT_DIR: dir, WARTA_CACHE_DIR: resolve(dir, '../cache'), WARTA_NOW: NOW };
  const outDir = resolve(dir, '../dist');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(resolve(outDir, 'index.html'), '<!doctype html><title>build sebelumnya</title>');
  const check = await cli('src/cli/check-content.ts', [], env);
  const build = await cli('src/cli/build.ts', [], { ...env, WARTA_OUT_DIR: outDir });
  return { dir, outDir, check, build };
}

// One at a time: a build that gets past the check starts Astro, and Astro processes in one checkout share .astro/.
describe.each(MISTAKES)('%s', (name, mistake) => {
  let result: Awaited<ReturnType<typeof checkAndBuild>>;
  test('check:content and the build both fail, naming file, line and field in Indonesian', async () => {
    result = await checkAndBuild(name, mistake);
    const { check, build } = result;
    expect(check.code, check.output).toBe(1);
    expect(build.code, build.output).toBe(1);
    for (const { output } of [check, build]) {
      const named = printedProblems(output).find(
        (problem) => problem.path.endsWith(`/articles/${mistake.file}`) && problem.field === mistake.field,
      );
      expect(named, output).toBeDefined();
      expect(named!.line).toBe(mistake.line);
      expect(named!.message).toMatch(mistake.message);
      expect(output).not.toMatch(BOILERPLATE);
    }
  }, 60_000);

  test('they agree on every problem', () => {
    expect(printedProblems(result.build.output)).toEqual(printedProblems(result.check.output));
  });

  test('the last good dist/ stays as it was, and no half-built folder is left', () => {
    const { outDir, build } = result;
    expect(build.output).toContain('Build gagal');
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readFileSync(resolve(outDir, 'index.html'), 'utf8')).toContain('build sebelumnya');
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });
});

describe('a writer’s file (content/authors) is checked by check:content and the build alike', () => {
  test.each([
    [
      'a misspelt field',
      'kolom-salah.yaml',
      3,
      'foto',
      /^kolom tidak dikenal: foto; yang dikenal: name, role, bio, photo, links$/,
    ],
    [
      'a colon in a value',
      'titik-dua.yaml',
      2,
      'role',
      /^nilai role memuat titik dua \(:\) tanpa tanda kutip; .*role: 'Redaktur: ekonomi'$/,
    ],
  ])(
    '%s',
    async (_, file, line, field, message) => {
      const dir = contentDir(`penulis-${file}`, {
        'typografi.mdx': 'articles/typografi.mdx',
        [`../authors/${file}`]: `broken/penulis/${file}`,
      });
      const env = { WARTA_CONTENT_DIR: dir, WARTA_CACHE_DIR: resolve(dir, '../cache'), WARTA_NOW: NOW };
      const check = await cli('src/cli/check-content.ts', [], env);
      const build = await cli('src/cli/build.ts', [], { ...env, WARTA_OUT_DIR: resolve(dir, '../dist') });
      for (const { code, output } of [check, build]) {
        expect(code, output).toBe(1);
        const named = printedProblems(output).find((problem) => problem.path.endsWith(`/authors/${file}`));
        expect({ ...named, message: undefined }).toEqual({ path: expect.any(String), line, field, message: undefined });
        expect(named!.message).toMatch(message);
        expect(output).not.toMatch(BOILERPLATE);
      }
      expect(existsSync(resolve(dir, '../dist'))).toBe(false);
    },
    60_000,
  );
});

describe('every problem in every file, in one run', () => {
  test('three articles, one with three problems: all five named, in file and line order', async () => {
    const dir = contentDir('banyak', {
      'banyak-masalah.mdx': 'broken/banyak-masalah.mdx',
      'judul-kosong.mdx': 'broken/judul-kosong.mdx',
      'yaml-tab.mdx': 'broken/yaml-tab.mdx',
      'baik.mdx': 'articles/typografi.mdx',
    });
    const { code, output } = await cli('src/cli/check-content.ts', [], { WARTA_CONTENT_DIR: dir, WARTA_NOW: NOW });
    expect(code).toBe(1);
    expect(printedProblems(output).map(({ path, line, field }) => [path.split('/').pop(), line, field])).toEqual([
      ['banyak-masalah.mdx', 5, 'section'],
      ['banyak-masalah.mdx', 8, 'tautan'],
      ['banyak-masalah.mdx', 10, 'isi'],
      ['judul-kosong.mdx', 2, 'title'],
      ['yaml-tab.mdx', 7, 'tags'],
    ]);
    expect(output).toContain('5 masalah di 3 berkas');
  });

  test('--verbose adds the parser’s own words under the line', async () => {
    const dir = contentDir('rinci', { 'yaml-titik-dua.mdx': 'broken/yaml-titik-dua.mdx' });
    const plain = await cli('src/cli/check-content.ts', [], { WARTA_CONTENT_DIR: dir });
    const verbose = await cli('src/cli/check-content.ts', ['--verbose'], { WARTA_CONTENT_DIR: dir });
    expect(plain.output).not.toContain('bad indentation');
    expect(verbose.output).toMatch(
      /yaml-titik-dua\.mdx:2  title  .*\n    \(detail: YAML: bad indentation of a mapping entry\)/,
    );
  });

  test('good content passes, beside an editor’s swap and backup files', async () => {
    const dir = contentDir('baik', {
      'typografi.mdx': 'articles/typografi.mdx',
      'komponen.mdx': 'articles/komponen.mdx',
      gambar: 'articles/gambar',
    });
    for (const name of ['.typografi.mdx.swp', 'typografi.mdx~', 'catatan-redaksi.txt'])
      writeFileSync(resolve(dir, name), 'x');
    const { code, output } = await cli('src/cli/check-content.ts', [], { WARTA_CONTENT_DIR: dir, WARTA_NOW: NOW });
    expect(output).toContain('2 artikel');
    expect(code).toBe(0);
  });
});

describe('a failed npm run build publishes nothing', () => {
  test('with no earlier build, no dist/ appears at all', async () => {
    const dir = contentDir('build-pertama', { 'tanggal-salah.mdx': 'broken/tanggal-salah.mdx' });
    const outDir = resolve(WORK_DIR, 'build-pertama', 'dist');
    const { code } = await cli('src/cli/build.ts', [], {
      WARTA_CONTENT_DIR: dir,
      WARTA_CACHE_DIR: resolve(dir, '../cache'),
      WARTA_OUT_DIR: outDir,
    });
    expect(code).not.toBe(0);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });
});
