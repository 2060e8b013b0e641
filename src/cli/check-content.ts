/**
 * `npm run check:content`: checks every article without building the site. Frontmatter
 * and duplicate addresses are checked by the same schema the build uses (`astro sync`);
 * MDX syntax by compiling each body. Every problem names the file, and the field or line.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';

const contentDir = process.env.WARTA_CONTENT_DIR ?? 'content/articles';
let problems = 0;

// MDX first: a syntax error is the most common slip, and its line number is what helps.
const files = (readdirSync(contentDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.mdx')).sort();
for (const file of files) {
  const path = join(contentDir, file);
  try {
    await compile({ path, value: readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/[^\n]/g, ' ')) });
  } catch (error) {
    const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
    console.error(`${path}${line ? `:${line}:${column ?? 1}` : ''}: MDX tidak valid: ${reason ?? String(error)}`);
    problems++;
  }
}

const sync = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], { stdio: 'inherit' });
if (sync.status !== 0) problems++;

if (problems > 0) {
  console.error(`\nPeriksa konten: ada masalah pada ${contentDir}. Perbaiki yang disebut di atas, lalu jalankan lagi.`);
  process.exit(1);
}
console.log(`Periksa konten: ${files.length} artikel di ${contentDir} baik.`);
