/**
 * npm run bench:search [-- --json] [--scales real,10,100] [--measure-only]
 *
 * --measure-only measures the sites already built under .bench/ (build and index times are not shown).
 *
 * Builds the real corpus and synthetic corpora at 10× and 100× its number of
 * tasks (marked synthetic, under .bench/, never published), indexes each with
 * pagefind and measures, on loopback in headless Chromium with gzip like a
 * static host: build and index time, site and index size, and for a first and a
 * follow-up query the bytes transferred (by kind of file) and the time until
 * the results are shown. The measuring is `measureSearch` in
 * src/lib/bench/search-measure.ts, which other benchmarks reuse.
 * Targets on ~20,000 tasks: first query under 300 kB and under 300 ms.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatBreakdown, measureSearch, type SearchFigures } from './lib/bench/search-measure.ts';
import { loadCorpus } from '../src/lib/content/corpus.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    scales: { type: 'string', default: 'real,10,100' },
    'measure-only': { type: 'boolean', default: false },
  },
});
const realTasks = loadCorpus('content').tasks.length;
const NODE = 'node_modules/.bin/node';

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const started = performance.now();
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096', ...env },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
  return performance.now() - started;
}

function directorySize(directory: string, skip = ''): number {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    if (skip && name.startsWith(skip)) return sum;
    const file = path.join(directory, name);
    return statSync(file).isFile() ? sum + statSync(file).size : sum;
  }, 0);
}

interface Row extends SearchFigures {
  scale: string;
  tasks: number;
  pages: number;
  buildMs: number;
  indexMs: number;
  /** Bytes of the built site without the index. */
  siteBytes: number;
  indexBytes: number;
}

const rows: Row[] = [];
mkdirSync('.bench', { recursive: true });
for (const scale of values.scales.split(',')) {
  const tasks = scale === 'real' ? realTasks : realTasks * Number(scale);
  let contentDir = 'content';
  if (scale !== 'real') {
    contentDir = `.bench/corpus-${tasks}/content`;
    // Regenerated unless only measuring (a few seconds): a corpus left by an older generator
    // would measure content the site no longer has.
    if (!values['measure-only'] || !existsSync(contentDir)) run(NODE, ['scripts/corpus.ts', '--tasks', String(tasks)]);
  }
  const site = `.bench/site-${scale}`;
  process.stderr.write(`bench: ${scale} (${tasks} tasks)…\n`);
  const measureOnly = values['measure-only'] && existsSync(path.join(site, 'pagefind'));
  const buildMs = measureOnly
    ? Number.NaN
    : run(NODE, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', site], { PAPI_CONTENT_DIR: contentDir, BUILD_DATE: '2026-11-22' });
  const indexMs = measureOnly ? Number.NaN : run(NODE, ['scripts/search-index.ts', site]);
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
  const queries = await measureSearch(site, 'gia dat', 'ho ngheo');
  rows.push({
    scale,
    tasks,
    pages,
    buildMs,
    indexMs,
    siteBytes: directorySize(site, 'pagefind'),
    indexBytes: directorySize(path.join(site, 'pagefind')),
    ...queries,
  });
}

if (values.json) {
  process.stdout.write(`${JSON.stringify({ rows, targets: { firstQueryBytes: 300 * 1024, firstQueryMs: 300 } }, null, 2)}\n`);
} else {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const s = (ms: number) => (Number.isNaN(ms) ? '–' : `${(ms / 1000).toFixed(1)} s`);
  const query = (figures: { bytes: number; ms: number }) => `${kb(figures.bytes).padStart(7)} ${figures.ms.toFixed(0).padStart(5)} ms`;
  process.stdout.write('scale  tasks   pages    build   index   site size  index size  first (navigation)  first (submit)    follow-up\n');
  for (const row of rows) {
    process.stdout.write(
      `${row.scale.padEnd(5)} ${String(row.tasks).padStart(6)} ${String(row.pages).padStart(7)}  ${s(row.buildMs).padStart(7)} ${s(row.indexMs).padStart(7)} ${mb(row.siteBytes).padStart(10)} ${mb(row.indexBytes).padStart(10)}  ${query(row.firstFromNavigation)}    ${query(row.firstFromSubmit)}  ${query(row.followUp)}\n`,
    );
  }
  process.stdout.write('\nBytes by kind of file (requests):\n');
  for (const row of rows) {
    process.stdout.write(
      `${row.scale}\n  first, from navigation: ${formatBreakdown(row.firstFromNavigation)}\n  empty search page, until idle: ${formatBreakdown(row.pageLoad)}\n  first, from submit: ${formatBreakdown(row.firstFromSubmit)}\n  follow-up: ${formatBreakdown(row.followUp)}\n`,
    );
  }
  const largest = rows.at(-1);
  if (largest) {
    const { firstFromNavigation: nav, firstFromSubmit: submit } = largest;
    process.stdout.write(
      `\nTargets at ${largest.tasks} tasks, first query under 300 kB and 300 ms: from navigation ${kb(nav.bytes)}, ${nav.ms.toFixed(0)} ms; from submit on the loaded search page ${kb(submit.bytes)}, ${submit.ms.toFixed(0)} ms.\n`,
    );
  }
}
