import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import yaml from 'js-yaml';
import { cli, contentDir, shellEnv } from './run';
import { FIXTURE_NOW, OUTPUT, SITES } from '../site/build-sites';
import { createHash } from 'node:crypto';
import { frontmatterText } from '../../src/lib/frontmatter';
import { SITE_IMAGE_FILE } from '../../src/lib/paths';

describe('npm run new', () => {
  test('creates a draft from flags, never overwriting, and says where and how to preview it', async () => {
    const dir = contentDir('new', {});
    const args = [
      '--title',
      'Banjir di Jakarta: "air naik"',
      '--section',
      'nasional',
      '--tags',
      'Banjir, Jakarta',
      '--breaking',
    ];
    const first = await cli('src/cli/new-article.ts', args, { WARTA_CONTENT_DIR: dir });
    const second = await cli('src/cli/new-article.ts', args, { WARTA_CONTENT_DIR: dir });
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(readdirSync(dir).sort()).toEqual(['banjir-di-jakarta-air-naik-2.mdx', 'banjir-di-jakarta-air-naik.mdx']);
    expect(first.output).toContain('http://localhost:4321/berita/banjir-di-jakarta-air-naik/');
    const source = readFileSync(resolve(dir, 'banjir-di-jakarta-air-naik.mdx'), 'utf8');
    const frontmatter = yaml.load(frontmatterText(source)!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
    expect(frontmatter).toMatchObject({
      title: 'Banjir di Jakarta: "air naik"',
      section: 'nasional',
      tags: ['Banjir', 'Jakarta'],
      breaking: true,
      draft: true,
    });
    expect(frontmatter.pubDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);

    const check = await cli('src/cli/check-content.ts', [], {
      WARTA_CONTENT_DIR: dir,
      WARTA_CACHE_DIR: resolve(dir, '../cache'),
    });
    expect(check.code).toBe(0);
  });

  test.each([
    ['no title', ['--section', 'nasional'], {}, /--title wajib diisi/],
    ['an unknown section', ['--title', 'Judul', '--section', 'gosip'], {}, /--section wajib salah satu dari nasional/],
    [
      'a title without quotes',
      ['--title', 'Banjir', 'di', 'Jakarta', '--section', 'nasional'],
      {},
      /judul yang berisi spasi harus diapit tanda kutip\.\n\nCara memakai:/,
    ],
    ['a misspelled flag', ['--judul', 'Banjir'], {}, /pilihan tidak dikenal \(--judul\)\.\n\nCara memakai:/],
    ['a flag without its value', ['--title', 'Banjir', '--section'], {}, /pilihan tanpa isi; .*--section nasional/],
    // `npm run new --title "Banjir" --section nasional` (no --): npm keeps the flags as its own config and passes the values on.
    [
      'flags without --',
      ['Banjir', 'nasional'],
      { npm_config_title: 'true', npm_config_section: 'true' },
      /--title sampai ke npm, .*tulis -- sesudah npm run new/,
    ],
  ])(
    'outside a terminal, %s is a short Indonesian message that says what to pass, not a stack trace',
    async (_, args, env, message) => {
      const dir = contentDir('new-error', {});
      const { code, output } = await cli('src/cli/new-article.ts', args, { WARTA_CONTENT_DIR: dir, ...env });
      expect(code).toBe(1);
      expect(output).toMatch(message);
      expect(output).not.toMatch(/^\s+at |TypeError|ERR_PARSE_ARGS/m);
      expect(readdirSync(dir)).toEqual([]);
    },
  );
});

// In a terminal (a pseudo-terminal from util-linux's `script`), each key sent once the prompt has drawn itself.
test.skipIf(!existsSync('/usr/bin/script'))(
  'in a terminal, npm run new asks every question, breaking news included',
  async () => {
    const dir = contentDir('new-terminal', {});
    const child = spawn('script', ['-qec', `${process.execPath} src/cli/new-article.ts`, '/dev/null'], {
      env: shellEnv({ WARTA_CONTENT_DIR: dir }),
    });
    // Title, section (the first), description, tags, breaking ("y"), then Enter to confirm it.
    const keys = ['Banjir di Jakarta\r', '\r', 'Air naik satu meter.\r', 'Banjir, Jakarta\r', 'y', '\r'];
    let quiet: NodeJS.Timeout | undefined;
    child.stdout.on('data', () => {
      clearTimeout(quiet);
      quiet = setTimeout(() => keys.length && child.stdin.write(keys.shift()!), 400);
    });
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(code).toBe(0);
    const source = readFileSync(resolve(dir, 'banjir-di-jakarta.mdx'), 'utf8');
    expect(yaml.load(frontmatterText(source)!, { schema: yaml.CORE_SCHEMA })).toMatchObject({
      title: 'Banjir di Jakarta',
      description: 'Air naik satu meter.',
      section: 'nasional',
      tags: ['Banjir', 'Jakarta'],
      breaking: true,
      draft: true,
    });
  },
  60_000,
);

describe('the share-image prewarm', () => {
  test('draws exactly the images the build publishes, byte for byte, and none for drafts or scheduled articles', async () => {
    const cache = resolve('tests/.output/editor/prewarm-cache');
    rmSync(cache, { recursive: true, force: true });
    const { code } = await cli('src/cli/prewarm-share-images.ts', [], {
      WARTA_CONTENT_DIR: SITES.fixtures.WARTA_CONTENT_DIR,
      WARTA_CACHE_DIR: cache,
      WARTA_NOW: FIXTURE_NOW,
    });
    expect(code).toBe(0);
    const digests = (files: string[]) =>
      files.map((file) => createHash('sha256').update(readFileSync(file)).digest('hex')).sort();
    const filesIn = (dir: string) => readdirSync(dir).map((file) => resolve(dir, file));
    // The fixture build's published share images (tests/site/build-sites.ts): one per published
    // article, and the site's own.
    const articles = filesIn(resolve(OUTPUT, 'fixtures', 'og', 'berita'));
    expect(articles.length).toBeGreaterThan(0);
    const published = digests([...articles, resolve(OUTPUT, 'fixtures', SITE_IMAGE_FILE)]);
    expect(digests(filesIn(resolve(cache, 'share-images')))).toEqual(published);
  });
});
