import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, expect, test } from 'vitest';
import { builtFile, filesOf } from './built';
import { OUTPUT } from './build-sites';

// The W3C's Nu Html Checker (vnu.jar, from the vnu-jar package) on every page both test sites
// built. One run over all of them: the JVM takes seconds to start.
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

const htmlFiles = ['fixtures', 'site'].flatMap((site) =>
  filesOf(resolve(OUTPUT, site)).filter((file) => file.endsWith('.html')),
);
let messages: VnuMessage[] = [];

beforeAll(async () => {
  const { stdout } = await promisify(execFile)(
    'java',
    ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...htmlFiles],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  messages = (JSON.parse(stdout) as { messages: VnuMessage[] }).messages;
}, 180_000);

// A page of each kind the site has, the paginated ones on an archive page too (numbered from the oldest).
test.each([
  ['home', 'fixtures', '/'],
  ['article with every component', 'fixtures', '/berita/komponen/'],
  ['article with hostile text', 'fixtures', '/berita/berbahaya/'],
  ['article with a lead picture', 'fixtures', '/berita/bergambar/'],
  ['article with a video and social posts', 'fixtures', '/berita/sematan/'],
  ['the seed article', 'site', '/berita/menhan-rusia-kunjungi-korea-utara/'],
  ['section', 'fixtures', '/kanal/olahraga/'],
  ['section, an archive page', 'fixtures', '/kanal/olahraga/1/'],
  ['empty section', 'site', '/kanal/teknologi/'],
  ['topic', 'fixtures', '/topik/liga/'],
  ['topic, an archive page', 'fixtures', '/topik/liga/2/'],
  ['search', 'fixtures', '/cari/'],
  ['404', 'fixtures', '/404.html'],
  ['info page', 'fixtures', '/redaksi/'],
  ['author page', 'fixtures', '/penulis/rina-wijaya/'],
  ['author page, a later page', 'fixtures', '/penulis/dimas-pratama/1/'],
  ['archive index', 'fixtures', '/arsip/'],
  ['month archive', 'fixtures', '/arsip/2024/11/'],
  ['live page, open', 'fixtures', '/berita/liputan-langsung/'],
  ['live page, closed', 'fixtures', '/berita/liputan-selesai/'],
] as const)('the Nu Html Checker finds no error on the %s page', (_, site, path) => {
  const file = builtFile(site, path);
  expect(htmlFiles).toContain(file);
  const errors = messages.filter((m) => m.type === 'error' && fileURLToPath(m.url) === file);
  expect(errors.map((m) => `${m.lastLine}:${m.firstColumn} ${m.message}`)).toEqual([]);
});

test('the Nu Html Checker finds no error on any built page', () => {
  expect(htmlFiles.length).toBeGreaterThan(50);
  const errors = messages.filter((m) => m.type !== 'info');
  expect(errors.map((m) => `${relative(OUTPUT, fileURLToPath(m.url))}: ${m.message}`)).toEqual([]);
});
