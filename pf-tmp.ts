import { indexArticles } from './src/integrations/search-index.ts';
import { rmSync } from 'node:fs';
rmSync('/tmp/perf/out-1000/pagefind', { recursive: true, force: true });
const t = performance.now();
console.log(await indexArticles('/tmp/perf/out-1000'), ((performance.now() - t) / 1000).toFixed(2), 's');
