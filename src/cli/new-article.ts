/**
 * `npm run new`: creates a draft article. With flags (--title, --section, --tags, --breaking,
 * --description) it asks nothing; in a terminal it asks for whatever is missing.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import { SECTION_IDS, type SectionId } from '../sections.ts';
import { articleSlug, articleSource } from '../lib/new-article.ts';
import { slugify } from '../lib/slugs.ts';
import { t } from '../i18n/id.ts';
import { BASE_PATH, CONTENT_DIR } from '../build-env.ts';
import { createPaths } from '../lib/paths.ts';

const contentDir = CONTENT_DIR;
const { values } = parseArgs({
  options: {
    title: { type: 'string' },
    section: { type: 'string' },
    description: { type: 'string' },
    tags: { type: 'string' },
    breaking: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const isSection = (value: string | undefined): value is SectionId => SECTION_IDS.includes(value as SectionId);
const interactive = process.stdin.isTTY && process.stdout.isTTY;

async function ask(): Promise<{ title: string; section: SectionId; description?: string; tags: string[] }> {
  let { title, section, description, tags } = values;
  if (!interactive) {
    if (!title?.trim()) fail('--title wajib diisi, misalnya --title "Judul berita"');
    if (!isSection(section)) fail(`--section wajib salah satu dari ${SECTION_IDS.join(', ')}`);
  } else {
    prompts.intro('Artikel baru');
    const cancelled = (value: unknown) => prompts.isCancel(value) && fail('dibatalkan');
    if (!title?.trim()) {
      const answer = await prompts.text({
        message: 'Judul berita',
        validate: (v) => (slugify(v ?? '') ? undefined : 'Judul harus memuat huruf atau angka'),
      });
      cancelled(answer);
      title = answer as string;
    }
    if (!isSection(section)) {
      const answer = await prompts.select({
        message: 'Kanal',
        options: SECTION_IDS.map((id) => ({ value: id, label: t(`section.${id}`) })),
      });
      cancelled(answer);
      section = answer as string;
    }
    if (description === undefined) {
      const answer = await prompts.text({ message: 'Ringkasan (boleh diisi nanti)', defaultValue: '' });
      cancelled(answer);
      description = answer as string;
    }
    if (tags === undefined) {
      const answer = await prompts.text({ message: 'Topik, dipisah koma (boleh kosong)', defaultValue: '' });
      cancelled(answer);
      tags = answer as string;
    }
  }
  return {
    title: title!.trim(),
    section: section as SectionId,
    description,
    tags: (tags ?? '').split(',').map((tag) => tag.trim()).filter(Boolean),
  };
}

const answers = await ask();
mkdirSync(contentDir, { recursive: true });
const taken = new Set(
  // Addresses come from slugged file names (src/lib/article-ids.ts), so compare those.
  (readdirSync(contentDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).map((f) => slugify(basename(f, '.mdx'))),
);
const slug = articleSlug(answers.title, taken);
const file = join(contentDir, `${slug}.mdx`);
if (existsSync(file)) fail(`${file} sudah ada`);
writeFileSync(file, articleSource({ ...answers, breaking: values.breaking, now: new Date() }));

const message = [
  `Artikel baru (draf): ${relative(process.cwd(), file)}`,
  `Pratinjau: jalankan npm run dev, lalu buka http://localhost:4321${createPaths(BASE_PATH).article(slug)}`,
  'Terbitkan: ganti draft: true menjadi draft: false, lalu build.',
].join('\n');
if (interactive) prompts.outro(message);
else console.log(message);
