/**
 * npm run bench [-- --json] [--scales real,2000,20000] [--skip-lighthouse] [--skip-search] [--skip-progress-cost] [--keep]
 *
 * Builds the real corpus and synthetic corpora (regenerated under .bench/ by
 * `npm run corpus` on every run, marked synthetic, never published) and, for
 * each: the site build (time, ms per page, peak memory) against the framework's
 * floor (scripts/bench/floor: the same collections, one minimal page per task,
 * built in the same run with the same Node and content), the search index step
 * (time, size; up to 20,000 tasks against one pagefind index of the same site, the
 * design before the split by province, timed in the same run), the gzip weight of
 * each page type, the search in headless Chromium; then Lighthouse on the real
 * corpus; then the targets. A corpus with progress updates is built a
 * second time without them (the same tree, progress/ left out), to show what the
 * reports cost (--skip-progress-cost leaves that build out).
 * Builds run with NODE_OPTIONS=--max-old-space-size=4096, like a 4 GB machine.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { childrenCpuMs } from './lib/bench/cpu.ts';
import { parseProcStatus, peakOf, processTree, type ProcessMemory } from './lib/bench/memory.ts';
import { PAGE_KINDS, pageKind, SINGLE_INDEX_MAX_TASKS, type BenchReport, type PageKind, type ScaleFigures } from './lib/bench/report.ts';
import { renderReport } from './lib/bench/table.ts';
import { evaluateTargets, secondsEach } from './lib/bench/targets.ts';
import { pageWeight } from './lib/page-weight.ts';
import { auditPages } from './bench/lighthouse.ts';
import { measureColdVisits, measureSearch } from './lib/bench/search-measure.ts';
import { referenceDate } from '../src/lib/reference-date.ts';
import { DECLARED_PAGES_FILE } from '../src/lib/search/declared-pages.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    scales: { type: 'string', default: 'real,2000,20000' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'skip-progress-cost': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const scales = values.scales.split(',').map((scale) => scale.trim());
for (const scale of scales) {
  if (scale !== 'real' && !/^[1-9]\d*$/.test(scale)) {
    process.stderr.write(`bench: unknown scale "${scale}": use real or a number of tasks, e.g. --scales real,2000,20000\n`);
    process.exit(1);
  }
}

const started = performance.now();
const today = referenceDate();
const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
// The site's own indexing step (national index and one per province), as npm run build runs it.
const SEARCH_INDEX = ['scripts/search-index.ts'];
// The index step's baseline: pagefind's CLI over the whole site, one index, as before the split by province.
const PAGEFIND_CLI = path.resolve('node_modules/pagefind/lib/runner/bin.cjs');
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

function processes(): ProcessMemory[] {
  return readdirSync('/proc').flatMap((name) => {
    if (!/^\d+$/.test(name)) return [];
    try {
      const memory = parseProcStatus(readFileSync(`/proc/${name}/status`, 'utf8'));
      return memory ? [memory] : [];
    } catch {
      return []; // the process ended while we read
    }
  });
}

const childrenCpu = () => childrenCpuMs(readFileSync('/proc/self/stat', 'utf8'));

/**
 * Runs a command to completion: wall time, the CPU time of its process tree (the bench runs
 * one command at a time, so the children's time that grew is its), and the peak memory of
 * its process tree, sampled every 250 ms.
 */
/** The provinces with a search index of their own, and their page counts (scripts/search-index.ts's scopes.json). */
function provinceScopes(site: string): Array<{ id: string; pages: number }> {
  const file = path.join(site, 'pagefind', 'tinh', 'scopes.json');
  if (!existsSync(file)) return [];
  return JSON.parse(readFileSync(file, 'utf8')) as Array<{ id: string; pages: number }>;
}

/** The province whose search index holds the most pages, or null. */
function largestScope(site: string): string | null {
  return (
    provinceScopes(site).reduce<{ id: string; pages: number } | null>((best, scope) => (!best || scope.pages > best.pages ? scope : best), null)?.id ?? null
  );
}

async function measured(command: string, args: string[], env: Record<string, string> = {}): Promise<{ ms: number; cpuMs: number; peakBytes: number }> {
  const begin = performance.now();
  const cpuBefore = childrenCpu();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096', ...env } });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-6000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peakBytes = 0;
  const sample = () => {
    if (child.pid !== undefined) peakBytes = peakOf(peakBytes, processTree(child.pid, processes()));
  };
  const timer = setInterval(sample, 250);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${code}):\n${tail}`);
  return { ms: performance.now() - begin, cpuMs: childrenCpu() - cpuBefore, peakBytes };
}

function htmlFiles(site: string): { relative: string; size: number }[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({ relative: name.split(path.sep).join('/'), size: statSync(path.join(site, name)).size }));
}

function directorySize(directory: string): number {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    const stats = statSync(path.join(directory, name));
    return stats.isFile() ? sum + stats.size : sum;
  }, 0);
}

/** The largest page of each type (by HTML size; CSS and JS are shared by a type's pages). */
function heaviestPages(files: { relative: string; size: number }[]): Record<PageKind, string | null> {
  const heaviest = Object.fromEntries(PAGE_KINDS.map((kind) => [kind, null])) as Record<PageKind, { relative: string; size: number } | null>;
  for (const file of files) {
    const kind = pageKind(file.relative);
    if (kind && (heaviest[kind]?.size ?? -1) < file.size) heaviest[kind] = file;
  }
  return Object.fromEntries(PAGE_KINDS.map((kind) => [kind, heaviest[kind]?.relative ?? null])) as Record<PageKind, string | null>;
}

const sitePath = (relative: string) => `/${relative.replace(/index\.html$/, '')}`;

async function contentFor(scale: string): Promise<{ dir: string; tasks: number; updates: number; reportedTasks: number }> {
  const dir = scale === 'real' ? path.resolve('content') : path.resolve(`.bench/corpus-${scale}/content`);
  // Always regenerated (a few seconds): a corpus left by an older generator would
  // measure content the site no longer has.
  if (scale !== 'real') {
    log(`generating a synthetic corpus of ${scale} tasks…`);
    await measured(process.execPath, ['scripts/corpus.ts', '--tasks', scale]);
  }
  const { loadCorpus } = await import('../src/lib/content/corpus.ts');
  const corpus = loadCorpus(dir);
  return { dir, tasks: corpus.tasks.length, updates: corpus.progress.length, reportedTasks: new Set(corpus.progress.map((update) => update.task)).size };
}

/**
 * The site build of a synthetic corpus without its progress updates: a copy of the tree with
 * progress/ left out (the plans, tasks and pages are the same), built like the corpus itself.
 */
async function buildWithoutUpdates(scale: string, dir: string): Promise<NonNullable<ScaleFigures['progress']['withoutUpdates']>> {
  const copy = path.resolve(`.bench/corpus-${scale}-no-progress/content`);
  const site = path.resolve(`.bench/site-${scale}-no-progress`);
  rmSync(copy, { recursive: true, force: true });
  const progressDir = path.join(dir, 'progress');
  cpSync(dir, copy, { recursive: true, filter: (source) => source !== progressDir && !source.startsWith(`${progressDir}${path.sep}`) });
  try {
    const build = await measured(process.execPath, [ASTRO, 'build', '--force', '--outDir', site], { PAPI_CONTENT_DIR: copy, BUILD_DATE: today });
    return { ms: build.ms, cpuMs: build.cpuMs, pages: htmlFiles(site).length, peakBytes: build.peakBytes };
  } finally {
    rmSync(site, { recursive: true, force: true });
    rmSync(path.dirname(copy), { recursive: true, force: true });
  }
}

/** Runs of the index step and of its baseline at a scale (report.ts ScaleFigures.index.single). */
const INDEX_ROUNDS = 2;

/**
 * The index step's baseline: one pagefind index of the whole site (pagefind's CLI, written beside
 * the site), alternating with the index step run again on the same site and declarations.
 */
async function indexBaseline(
  scale: string,
  site: string,
  firstStepMs: number,
  keptDeclarations: string,
): Promise<NonNullable<ScaleFigures['index']['single']>> {
  const singleOut = path.resolve(`.bench/single-index-${scale}`);
  const figures = { runs: [] as number[], stepRuns: [firstStepMs], peakBytes: 0 };
  try {
    for (let round = 1; round <= INDEX_ROUNDS; round += 1) {
      log(`${scale}: the baseline, one pagefind index of the whole site (${round} of ${INDEX_ROUNDS})…`);
      const single = await measured(process.execPath, [PAGEFIND_CLI, '--site', site, '--output-path', singleOut]);
      rmSync(singleOut, { recursive: true, force: true });
      figures.runs.push(single.ms);
      figures.peakBytes = Math.max(figures.peakBytes, single.peakBytes);
      if (round === INDEX_ROUNDS) break;
      log(`${scale}: the index step again…`);
      // As the first time: no index in the site yet, the build's declarations beside the pages.
      rmSync(path.join(site, 'pagefind'), { recursive: true, force: true });
      if (existsSync(keptDeclarations)) cpSync(keptDeclarations, path.join(site, DECLARED_PAGES_FILE));
      figures.stepRuns.push((await measured(process.execPath, [...SEARCH_INDEX, site])).ms);
    }
    return figures;
  } finally {
    rmSync(singleOut, { recursive: true, force: true });
    rmSync(keptDeclarations, { force: true });
  }
}

const loadBefore = os.loadavg();
const figures: ScaleFigures[] = [];
let lighthouse: BenchReport['lighthouse'] = null;

for (const scale of scales) {
  const content = await contentFor(scale);
  const env = { PAPI_CONTENT_DIR: content.dir, BUILD_DATE: today };
  const site = path.resolve(`.bench/site-${scale}`);
  const floorOut = path.resolve(`.bench/floor-${scale}`);

  log(`${scale} (${content.tasks} tasks): site build…`);
  const build = await measured(process.execPath, [ASTRO, 'build', '--force', '--outDir', site], env);
  log(`${scale}: site built in ${(build.ms / 1000).toFixed(1)} s; pagefind…`);
  const baseline = content.tasks <= SINGLE_INDEX_MAX_TASKS;
  // The index step takes (and removes) the declarations the build recorded: kept aside to run it again.
  const keptDeclarations = `${site}-${DECLARED_PAGES_FILE}`;
  if (baseline && existsSync(path.join(site, DECLARED_PAGES_FILE))) cpSync(path.join(site, DECLARED_PAGES_FILE), keptDeclarations);
  const index = await measured(process.execPath, [...SEARCH_INDEX, site]);
  log(`${scale}: indexed in ${(index.ms / 1000).toFixed(1)} s`);
  const singleIndex = baseline ? await indexBaseline(scale, site, index.ms, keptDeclarations) : null;
  if (singleIndex) {
    log(`${scale}: the index step ${secondsEach(singleIndex.stepRuns)} s, one index ${secondsEach(singleIndex.runs)} s`);
  }
  log(`${scale}: framework floor build…`);
  const floor = await measured(process.execPath, [ASTRO, 'build', '--force', '--root', 'scripts/bench/floor', '--outDir', floorOut], env);
  const floorPages = htmlFiles(floorOut).length;
  rmSync(floorOut, { recursive: true, force: true });
  let withoutUpdates: ScaleFigures['progress']['withoutUpdates'] = null;
  if (scale !== 'real' && content.updates > 0 && !values['skip-progress-cost']) {
    log(`${scale}: site build without its ${content.updates} progress updates…`);
    withoutUpdates = await buildWithoutUpdates(scale, content.dir);
    log(`${scale}: built without progress updates in ${(withoutUpdates.ms / 1000).toFixed(1)} s (with them: ${(build.ms / 1000).toFixed(1)} s)`);
  }

  const files = htmlFiles(site);
  const heaviest = heaviestPages(files);
  const weights = Object.fromEntries(
    PAGE_KINDS.map((kind) => {
      const relative = heaviest[kind];
      return [kind, relative ? { ...pageWeight(site, path.join(site, relative)), page: sitePath(relative) } : null];
    }),
  ) as ScaleFigures['weights'];

  let search: ScaleFigures['search'] = null;
  if (!values['skip-search']) {
    log(`${scale}: search in Chromium…`);
    const queries = await measureSearch(site, 'gia dat', 'ho ngheo');
    const largestProvince = largestScope(site);
    const scoped = largestProvince ? await measureSearch(site, 'gia dat', 'ho ngheo', { scope: largestProvince }) : null;
    log(`${scale}: the cold visit in each province…`);
    const provinces = await measureColdVisits(
      site,
      'gia dat',
      provinceScopes(site).map((scope) => scope.id),
    );
    search = {
      first: queries.firstFromNavigation,
      firstFromSubmit: queries.firstFromSubmit,
      followUp: queries.followUp,
      province: scoped && largestProvince ? { ...scoped.firstFromNavigation, id: largestProvince } : null,
      provinces,
    };
  }

  // Lighthouse audits the published site (the real corpus), or the first corpus of the run without it.
  if (!values['skip-lighthouse'] && lighthouse === null && (scale === 'real' || !scales.includes('real'))) {
    log(`${scale}: Lighthouse…`);
    const targets = (['home', 'plan', 'task', 'guide', 'search'] as const).flatMap((kind) => {
      const relative = heaviest[kind];
      if (!relative) return [];
      return [{ kind, path: kind === 'search' ? `${sitePath(relative)}?q=gia%20dat` : sitePath(relative) }];
    });
    const pages = await auditPages(site, targets);
    if (!heaviest.guide)
      pages.push({
        kind: 'guide',
        path: '(none)',
        scores: { performance: null, accessibility: null, 'best-practices': null, seo: null },
        failing: [],
        offsite: [],
        warnings: ['no guide page (/huong-dan/<slug>/) in this build'],
      });
    lighthouse = { scale, pages };
  }

  const msPerPage = build.ms / files.length;
  const floorMsPerPage = floor.ms / floorPages;
  figures.push({
    scale,
    tasks: content.tasks,
    pages: files.length,
    build: {
      ms: build.ms,
      cpuMs: build.cpuMs,
      msPerPage,
      peakBytes: build.peakBytes,
      floor: { ms: floor.ms, pages: floorPages, msPerPage: floorMsPerPage, peakBytes: floor.peakBytes },
      ratio: msPerPage / floorMsPerPage,
    },
    index: { ms: index.ms, bytes: directorySize(path.join(site, 'pagefind')), peakBytes: index.peakBytes, single: singleIndex },
    progress: { updates: content.updates, reportedTasks: content.reportedTasks, withoutUpdates },
    weights,
    search,
  });
  if (!values.keep) rmSync(site, { recursive: true, force: true });
}

const report: BenchReport = {
  date: today,
  machine: { cores: os.availableParallelism(), node: process.version, memoryBytes: os.totalmem(), loadBefore, loadAfter: os.loadavg() },
  memoryMethod: "largest sum of VmRSS over the process tree (from /proc/<pid>/status, every 250 ms), or any process's VmHWM if larger",
  scales: figures,
  lighthouse,
  targets: [],
  totalMs: 0,
};
report.targets = evaluateTargets(report);
report.totalMs = performance.now() - started;
process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report));
