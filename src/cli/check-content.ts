/**
 * `npm run check:content`: checks every article without building the site. Frontmatter
 * and duplicate addresses are checked by the same schema the build uses (`astro sync`);
 * MDX syntax, links, pictures and characters by the checks the build runs on each file
 * (src/markdown/article-checks.ts). Every problem names the file, and the field or line.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { blankFrontmatter, frontmatterText } from '../lib/frontmatter.ts';
import { checkArticleFile, readArticleSource } from '../markdown/article-checks.ts';
import { BodyProblem, satteriBodyGuard } from '../markdown/satteri-body-guard.ts';
import { mdxToJs } from 'satteri';
import { CONTENT_DIR as contentDir } from '../build-env.ts';
let problems = 0;

// MDX first, with the parser the build uses (Sätteri): a syntax error is the most common
// slip, and its line number is what helps. The frontmatter is blanked, keeping line numbers.
const files = (readdirSync(contentDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.mdx')).sort();
for (const file of files) {
  const path = join(contentDir, file);
  try {
    const source = readArticleSource(path);
    checkArticleFile(source, path, contentDir, leadPicture(source));
    mdxToJs(blankFrontmatter(source), { hastPlugins: [satteriBodyGuard({ contentDir })], fileURL: pathToFileURL(path) });
  } catch (error) {
    if (error instanceof BodyProblem) {
      console.error(error.message);
      problems++;
      continue;
    }
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

/** The lead picture's address as written; a YAML mistake is left for `astro sync` to name. */
function leadPicture(source: string): unknown {
  try {
    const data = yaml.load(frontmatterText(source) ?? '') as { image?: { src?: unknown } } | undefined;
    return data?.image?.src;
  } catch {
    return undefined;
  }
}
