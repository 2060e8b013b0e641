/**
 * `npm run new`: creates a draft article. With flags (--title, --section, --tags, --breaking,
 * --description) it asks nothing; in a terminal it asks for whatever is missing. A mistyped
 * command line (a title without quotes, flags without `--`) gets the usage in Indonesian.
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

const USAGE = [
  'Cara memakai:',
  '  npm run new                      (menanyakan judul, kanal, ringkasan, topik dan breaking)',
  '  npm run new -- --title "Judul berita" --section nasional [--tags "Banjir, Jakarta"] [--description "…"] [--breaking]',
  'Tulis -- sesudah npm run new, dan apit judul yang berisi spasi dengan tanda kutip.',
].join('\n');

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const OPTIONS = ['title', 'section', 'description', 'tags', 'breaking'] as const;
// Without `--`, npm keeps `--title …` for itself (as npm_config_title) and the script gets nothing.
const keptByNpm = OPTIONS.filter((option) => process.env[`npm_config_${option}`] !== undefined);
if (keptByNpm.length)
  fail(`--${keptByNpm[0]} sampai ke npm, bukan ke perintah ini: tulis -- sesudah npm run new.\n\n${USAGE}`);

function commandLine() {
  try {
    return parseArgs({
      options: {
        title: { type: 'string' },
        section: { type: 'string' },
        description: { type: 'string' },
        tags: { type: 'string' },
        breaking: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    const { code } = error as { code?: string };
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      fail(`ada kata di luar pilihan; judul yang berisi spasi harus diapit tanda kutip.\n\n${USAGE}`);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      fail(`pilihan tidak dikenal (${String((error as Error).message).match(/'([^']+)'/)?.[1] ?? '?'}).\n\n${USAGE}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      fail(`pilihan tanpa isi; tulis isinya sesudah pilihan, misalnya --section nasional.\n\n${USAGE}`);
    throw error;
  }
}
const values = commandLine();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const isSection = (value: string | undefined): value is SectionId => SECTION_IDS.includes(value as SectionId);
const interactive = process.stdin.isTTY && process.stdout.isTTY;

async function ask(): Promise<{
  title: string;
  section: SectionId;
  description?: string;
  tags: string[];
  breaking: boolean;
}> {
  let { title, section, description, tags, breaking } = values;
  if (!interactive) {
    if (!title?.trim()) fail('--title wajib diisi, misalnya --title "Judul berita"');
    if (!isSection(section)) fail(`--section wajib salah satu dari ${SECTION_IDS.join(', ')}`);
  } else {
    prompts.intro('Artikel baru');
    const cancelled = (value: unknown) => prompts.isCancel(value) && fail('dibatalkan');
    if (!title?.trim()) {
      const answer = await prompts.text({
        message: 'Judul berita',
        placeholder: 'misalnya: Banjir melanda Jakarta Utara',
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
      const answer = await prompts.text({
        message: 'Ringkasan (boleh diisi nanti)',
        placeholder: 'satu atau dua kalimat; Enter untuk mengisi nanti',
        defaultValue: '',
      });
      cancelled(answer);
      description = answer as string;
    }
    if (tags === undefined) {
      const answer = await prompts.text({
        message: 'Topik, dipisah koma (boleh kosong)',
        placeholder: 'misalnya: Banjir, Jakarta',
        defaultValue: '',
      });
      cancelled(answer);
      tags = answer as string;
    }
    if (breaking === undefined) {
      const answer = await prompts.confirm({
        message: 'Breaking news? (tampil di pita Breaking News di semua halaman)',
        active: 'ya',
        inactive: 'tidak',
        initialValue: false,
      });
      cancelled(answer);
      breaking = answer as boolean;
    }
  }
  return {
    title: title!.trim(),
    section: section as SectionId,
    description,
    tags: (tags ?? '')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    breaking: breaking ?? false,
  };
}

const answers = await ask();
mkdirSync(contentDir, { recursive: true });
const taken = new Set(
  // Addresses come from slugged file names (src/lib/article-ids.ts), so compare those.
  (readdirSync(contentDir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => slugify(basename(f, '.mdx'))),
);
const slug = articleSlug(answers.title, taken);
const file = join(contentDir, `${slug}.mdx`);
if (existsSync(file)) fail(`${file} sudah ada`);
writeFileSync(file, articleSource({ ...answers, now: new Date() }));

const message = [
  `Artikel baru (draf): ${relative(process.cwd(), file)}`,
  `Pratinjau: jalankan npm run dev, lalu buka http://localhost:4321${createPaths(BASE_PATH).article(slug)}`,
  'Ganti setiap TODO dengan tulisan Anda, lalu periksa dengan npm run check:content.',
  'Terbitkan: ganti draft: true menjadi draft: false (dan pubDate dengan waktu terbit sebenarnya), lalu build.',
].join('\n');
if (interactive) prompts.outro(message);
else console.log(message);
