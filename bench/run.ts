/**
 * `npm run bench`: builds the whole site from synthetic corpora of 100, 1,000, 5,000 and 20,000
 * articles (50,000 and 100,000 too with --full; or --sizes 100,1000), each cold (fresh cache),
 * warm (same cache, nothing changed), after publishing one new story, and after publishing a
 * breaking one, --runs N times (medians reported). Reports wall time, ms per article, peak RSS
 * of the build's whole process tree and of its largest process, and output size. Writes the
 * table and the machine to bench/RESULTS.md.
 * Builds run in a staged copy of the project (see stageProject); --in-place builds in the checkout.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_NOW, writeCorpus, writeNewStory } from './corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
process.chdir(ROOT);
const BUILD = 'src/cli/build.ts';
const RESULTS = join(ROOT, 'bench/RESULTS.md');
const POLL_MS = 100;
/** Not copied into the staged project: dependencies are linked, and the rest is not part of a build. */
const NOT_STAGED = new Set(['node_modules', '.git', '.astro', 'dist', 'tests', 'bench']);

/**
 * A copy of the project (node_modules linked) to build in. Astro writes `.astro/content-modules.mjs`
 * and, for an outDir outside the project, `.astro/.prerender/` into the project root whatever the
 * cache and output folders: two builds in one checkout at once (the bench and `npm test`) break
 * each other. Building in a copy keeps the bench and the checkout out of each other's way.
 */
function stageProject(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(ROOT)) {
    if (!NOT_STAGED.has(name)) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** The command line, read with Node's own parser: unknown flags are an error, not ignored. */
function options(): { sizes: number[]; runs: number; inPlace: boolean } {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      full: { type: 'boolean', default: false },
      runs: { type: 'string', default: '1' },
      'in-place': { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a positive integer, got "${values.runs}"`);
  let sizes = values.full ? [100, 1000, 5000, 20000, 50000, 100000] : [100, 1000, 5000, 20000];
  if (values.sizes !== undefined) {
    sizes = values.sizes.split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
    if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
      throw new Error(`--sizes: expected positive integers separated by commas, got "${values.sizes}"`);
    }
  }
  return { sizes, runs, inPlace: values['in-place'] };
}

/** Every pid whose ancestry leads to `root`, root included (from /proc/<pid>/stat). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) follows the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid);
      if (list) list.push(Number(name));
      else children.set(ppid, [Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** What a process of the build is, from its command line: Astro, Pagefind, or the `npm run build` wrapper. */
function processName(pid: number): string {
  const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  if (command.includes('astro.mjs')) return 'astro';
  if (command.includes('pagefind')) return 'pagefind';
  if (command.includes(BUILD)) return 'build';
  return command.split(' ')[0]?.split('/').pop() || String(pid);
}

/** VmRSS (bytes) over the process tree rooted at `root`: the sum, and each process by name. */
function treeRss(root: number): { total: number; byProcess: Map<string, number> } {
  let total = 0;
  const byProcess = new Map<string, number>();
  for (const pid of processTree(root)) {
    try {
      const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (!match) continue;
      const rss = Number(match[1]) * 1024;
      total += rss;
      const name = processName(pid);
      byProcess.set(name, (byProcess.get(name) ?? 0) + rss);
    } catch {
      // Gone already.
    }
  }
  return { total, byProcess };
}

/** CPU seconds (user + system) of this process's finished, waited-for children, from /proc/self/stat. */
function childrenCpuSeconds(): number {
  if (process.platform !== 'linux') return 0;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 (cutime, cstime), in clock ticks of 1/100 s on Linux.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Each figure's median over the runs (wall time, CPU time and memory separately). */
function median(runs: Measurement[]): Measurement {
  const middle = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const half = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
  };
  return {
    ...runs[0]!,
    wallMs: middle(runs.map((r) => r.wallMs)),
    cpuSeconds: middle(runs.map((r) => r.cpuSeconds)),
    peakRss: middle(runs.map((r) => r.peakRss)),
    largestRss: middle(runs.map((r) => r.largestRss)),
  };
}

/** Cold: a fresh cache. Warm: nothing changed. Publish: one new story. Breaking: one new breaking story. */
const KINDS = ['cold', 'warm', 'publish', 'breaking'] as const;
type Kind = (typeof KINDS)[number];

interface Measurement {
  articles: number;
  kind: Kind;
  wallMs: number;
  cpuSeconds: number;
  peakRss: number;
  /** The largest single process at its peak, and which it was. */
  largestRss: number;
  largest: string;
  bytes: number;
  files: number;
}

/**
 * Flushes the disk before a measured build. On a disk mounted with `discard` (the bench
 * machines), thousands of just-deleted files are trimmed after the next journal commit, and a
 * build started meanwhile paid for it: new files cost 0.6 ms each instead of 0.02 ms. So the
 * bench also moves the last run's folders aside rather than delete them between runs.
 */
function settleDisk(outDir: string): void {
  // npm run build deletes what it cleared out of the site it started from in a process of its
  // own after it returns; builds minutes apart never meet that deletion, so the bench waits for it too.
  const trash = (name: string) => name.startsWith(`${basename(outDir)}.trash-`);
  const deadline = Date.now() + 10 * 60_000;
  while (readdirSync(dirname(outDir)).some(trash)) {
    if (Date.now() > deadline)
      throw new Error(`${dirname(outDir)}: the replaced site was still being deleted after 10 minutes`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
  if (process.platform === 'win32') return;
  spawnSync('sync');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
}

class BuildError extends Error {}

/** Runs one `npm run build` (its script, with the output folder given), polling the RSS of its process tree; rejects with the build's output if it fails. */
function build(
  cwd: string,
  env: Record<string, string>,
  outDir: string,
): Promise<{ wallMs: number; cpuSeconds: number; peakRss: number; largestRss: number; largest: string }> {
  return new Promise((resolvePromise, reject) => {
    const cpuBefore = childrenCpuSeconds();
    const start = performance.now();
    // `npm run build`'s own script: what a deploy runs, search index included.
    const child = spawn(process.execPath, [BUILD, '--silent'], {
      cwd,
      env: { ...process.env, ...env, WARTA_OUT_DIR: outDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Keep the tail of the output to show when the build fails (--silent leaves little besides errors).
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-64_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peakRss = 0;
    const peakByProcess = new Map<string, number>();
    const poll = () => {
      if (child.pid === undefined || child.exitCode !== null) return;
      const { total, byProcess } = treeRss(child.pid);
      peakRss = Math.max(peakRss, total);
      for (const [name, rss] of byProcess) peakByProcess.set(name, Math.max(peakByProcess.get(name) ?? 0, rss));
    };
    const timer = process.platform === 'linux' ? setInterval(poll, POLL_MS) : undefined;
    if (timer) poll();
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - start;
      clearInterval(timer);
      const [largest, largestRss] = [...peakByProcess].reduce((a, b) => (b[1] > a[1] ? b : a), ['n/a', 0]);
      if (code === 0)
        resolvePromise({ wallMs, cpuSeconds: childrenCpuSeconds() - cpuBefore, peakRss, largestRss, largest });
      else
        reject(
          new BuildError(
            `npm run build failed (${signal ?? `exit code ${code}`}) after ${(wallMs / 1000).toFixed(1)} s:\n${output.trimEnd()}`,
          ),
        );
    });
  });
}

const MB = 1024 * 1024;
const fmt = (n: number, digits: number) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function table(rows: Measurement[]): string {
  const lines = [
    '| articles | build | wall time (s) | ms / article | CPU time (s) | peak RSS, all (MB) | largest process (MB) | output (MB) | output files |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${fmt(r.articles, 0)} | ${r.kind} | ${fmt(r.wallMs / 1000, 1)} | ${fmt(r.wallMs / r.articles, 1)} | ${r.cpuSeconds ? fmt(r.cpuSeconds, 1) : 'n/a'} | ${
        r.peakRss ? fmt(r.peakRss / MB, 0) : 'n/a'
      } | ${r.largestRss ? `${fmt(r.largestRss / MB, 0)} (${r.largest})` : 'n/a'} | ${fmt(r.bytes / MB, 1)} | ${fmt(r.files, 0)} |`,
    );
  }
  return lines.join('\n');
}

const loadBefore = fmt(os.loadavg()[0] ?? 0, 2);

function machine(): string {
  const cpus = os.cpus();
  const astro = JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string };
  return [
    `- CPU: ${cpus[0]?.model.trim() ?? 'unknown'} × ${cpus.length} (os.cpus(); os.availableParallelism() = ${os.availableParallelism()})`,
    `- Memory: ${fmt(os.totalmem() / 1024 ** 3, 1)} GiB`,
    `- Node.js ${process.version}, Astro ${astro.version}`,
    `- OS: ${os.type()} ${os.release()} (${process.platform}/${process.arch})`,
    `- Load average (1 min) before / after the bench: ${loadBefore} / ${fmt(os.loadavg()[0] ?? 0, 2)} (other work on the machine slows wall time, not CPU time)`,
  ].join('\n');
}

async function main(): Promise<void> {
  const { sizes, runs, inPlace } = options();
  const tmp = mkdtempSync(join(os.tmpdir(), 'warta-bench-'));
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  // Between runs of one size, the last run's folders are moved aside, not deleted: see settleDisk.
  const setAsideDir = join(tmp, 'set-aside');
  let setAsideCount = 0;
  const setAside = (dir: string) => {
    if (!existsSync(dir)) return;
    mkdirSync(setAsideDir, { recursive: true });
    renameSync(dir, join(setAsideDir, String(++setAsideCount)));
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const rows: Measurement[] = [];
  try {
    const project = inPlace ? ROOT : stageProject(join(tmp, 'project'));
    for (const n of sizes) {
      const contentDir = join(tmp, `articles-${n}`);
      const cacheDir = join(tmp, `cache-${n}`);
      const outDir = join(tmp, `out-${n}`);
      const corpus = writeCorpus(contentDir, n);
      console.error(
        `${fmt(n, 0)} articles (${corpus.drafts} drafts, ${corpus.breaking} breaking, ${fmt(corpus.bytes / MB, 1)} MB of MDX) in ${contentDir}`,
      );
      const env = { WARTA_CONTENT_DIR: contentDir, WARTA_CACHE_DIR: cacheDir, WARTA_NOW: CORPUS_NOW };
      const measured: Record<Kind, Measurement[]> = { cold: [], warm: [], publish: [], breaking: [] };
      for (let run = 1; run <= runs; run++) {
        setAside(cacheDir);
        const added: string[] = [];
        for (const kind of KINDS) {
          if (kind === 'publish' || kind === 'breaking')
            added.push(writeNewStory(contentDir, { breaking: kind === 'breaking' }));
          // The last build's site stays in place, as a deploy's does: npm run build replaces it.
          settleDisk(outDir);
          const result = await build(project, env, outDir);
          const { bytes, files } = dirSize(outDir);
          measured[kind].push({ articles: n, kind, ...result, bytes, files });
          console.error(
            `  ${kind}: ${fmt(result.wallMs / 1000, 1)} s (CPU ${fmt(result.cpuSeconds, 1)} s), peak ${fmt(result.peakRss / MB, 0)} MB ` +
              `(largest: ${result.largest}, ${fmt(result.largestRss / MB, 0)} MB), ${fmt(files, 0)} files, ${fmt(bytes / MB, 1)} MB`,
          );
        }
        // The next run starts from the same corpus.
        for (const file of added) rmSync(join(contentDir, file));
        // With the site it replaced, which the next build would start from.
        setAside(outDir);
        setAside(`${outDir}.reusable`);
      }
      rows.push(...KINDS.map((kind) => median(measured[kind])));
      writeReport(rows, runs);
      // Each size's files go as soon as its runs are measured, so 10,000 articles need no more disk than one corpus.
      for (const dir of [contentDir, cacheDir, outDir, `${outDir}.reusable`, setAsideDir])
        rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    cleanup();
  }

  console.log(table(rows));
  console.error(`Wrote ${RESULTS}`);
}

/** Writes bench/RESULTS.md from the rows measured so far: after each size, so a long run cut short keeps what it measured. */
function writeReport(rows: Measurement[], runs: number): void {
  const result = table(rows);
  const report = [
    '# Build benchmark',
    '',
    'Written by `npm run bench` (`bench/run.ts`); do not edit by hand.',
    '',
    `Run on ${new Date().toISOString()}; ${runs === 1 ? 'one run of each build' : `each figure the median of ${runs} runs`}.`,
    '',
    machine(),
    '',
    result,
    '',
    `Each corpus is generated by \`bench/corpus.ts\` from the seed article's paragraphs (deterministic for a given size;`,
    'about 1% drafts, 2% breaking, five sections, ~200 topics, dates from 2019 to 2024), in a temporary folder.',
    `The build clock is pinned with \`WARTA_NOW=${CORPUS_NOW}\`. *Cold*: a fresh cache folder (\`WARTA_CACHE_DIR\`);`,
    '*warm*: a second build with that cache kept and nothing changed; *publish*: then one new story added (`bench/corpus.ts`',
    'writeNewStory), the newest of the archive, and built; *breaking*: then one new breaking story, which changes the banner.',
    "Each build replaces the last one's output folder, as a deploy does; npm run build keeps the replaced site as the next",
    "build's start and deletes what it clears out of it in a process of its own after it returns; the bench waits for that",
    'before the next build. Wall time is the whole `npm run build` (Astro, then the search index and the last share images); ms / article divides it by the',
    'corpus size (drafts included); CPU time is user + system time of the build and its children; peak RSS sums VmRSS',
    `over the build process and all its descendants, polled every ${POLL_MS} ms, and the largest process is the one single`,
    'process (Astro, Pagefind or the `npm run build` wrapper) with the highest VmRSS; output is every file in the output folder.',
    'Builds run in a copy of the project with node_modules linked (`--in-place` builds in the checkout).',
    '',
  ].join('\n');
  writeFileSync(RESULTS, report);
}

main().catch((error: unknown) => {
  console.error(error instanceof BuildError ? error.message : error);
  process.exitCode = 1;
});
