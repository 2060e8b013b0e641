/**
 * `npm run check:content`: checks every article without building the site, with the same
 * checks `npm run build` runs before Astro reads any article (src/lib/content-check.ts), and lists every
 * problem in every file at once, one line each: `path:line:column  field  message`.
 * `--verbose` adds each problem's technical cause (a parser's own words) for developers.
 */
import { CONTENT_DIR as contentDir } from '../build-env.ts';
import { formatProblems } from '../lib/content-problems.ts';
import { checkSiteContent } from './site-content.ts';

const verbose = process.argv.includes('--verbose');
const { problems, warnings, articles } = await checkSiteContent();

if (warnings.length) console.log(`Peringatan (tidak menghentikan build):\n${formatProblems(warnings, verbose)}\n`);
if (problems.length) {
  console.error(formatProblems(problems, verbose));
  const files = new Set(problems.map(({ file }) => file)).size;
  console.error(
    `\nPeriksa konten: ${problems.length} masalah di ${files} berkas (${contentDir}). Perbaiki yang disebut di atas, lalu jalankan lagi.`,
  );
  process.exit(1);
}
console.log(`Periksa konten: ${articles} artikel di ${contentDir} baik.`);
