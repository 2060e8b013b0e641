/**
 * `npm run check:content`: checks every article without building the site. Frontmatter
 * and duplicate addresses are checked by the same schema the build uses (`astro sync`);
 * MDX syntax by compiling each body. Every problem names the file, and the field or line.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { blankFrontmatter } from '../lib/frontmatter.ts';
import { mdxToJs } from 'satteri';
import { CONTENT_DIR as contentDir } from '../build-env.ts';
let problems = 0;

// MDX first, with the parser the build uses (Sätteri): a syntax error is the most common
// slip, and its line number is what helps. The frontmatter is blanked, keeping line numbers.
const files = (readdirSync(contentDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.mdx')).sort();
for (const file of files) {
  const path = join(contentDir, file);
  try {
    mdxToJs(blankFrontmatter(readFileSync(path, 'utf8')));
  } catch (error) {
    // Sätteri's message starts with "line:column: "; the editor gets the file's name in front of it.
    const message = String((error as Error).message ?? error);
    const position = /^(\d+):(\d+): /.exec(message);
    const reason = position ? message.slice(position[0].length) : message;
    console.error(`${path}${position ? `:${position[1]}:${position[2]}` : ''}: MDX tidak valid: ${reason}`);
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
