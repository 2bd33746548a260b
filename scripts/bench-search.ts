/**
 * npm run bench:search [-- --json] [--scales real,10,100]
 *
 * Builds the real corpus and synthetic corpora at 10× and 100× its number of
 * tasks (marked synthetic, under .bench/, never published), indexes each with
 * pagefind and measures, on loopback in headless Chromium with gzip like a
 * static host: index build time and size, and for a first and a follow-up query
 * the bytes transferred and the time until the results are shown.
 * Targets on ~20,000 tasks: first query under 300 kB and under 300 ms.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../src/__e2e__/browser.ts';
import { serveDist } from '../src/__e2e__/server.ts';
import { loadCorpus } from '../src/lib/content/corpus.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, scales: { type: 'string', default: 'real,10,100' } } });
const realTasks = loadCorpus('content').tasks.length;
const NODE = 'node_modules/.bin/node';

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096', ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
  return performance.now() - started;
}

function directorySize(directory: string): number {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    const file = path.join(directory, name);
    return statSync(file).isFile() ? sum + statSync(file).size : sum;
  }, 0);
}

interface QueryFigures {
  bytes: number;
  ms: number;
}

async function measureQueries(site: string, first: string, followUp: string): Promise<{ first: QueryFigures; followUp: QueryFigures }> {
  const server = await serveDist(site, { gzip: true });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => null);
      if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    const done = (query: string) => page.waitForFunction((expected) => document.querySelector<HTMLElement>('[data-results]')?.dataset.query === expected, query, { timeout: 120_000 });
    let started = performance.now();
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(first)}`);
    await done(first);
    const firstFigures = { bytes, ms: performance.now() - started };
    await page.waitForTimeout(200);
    bytes = 0;
    started = performance.now();
    await page.fill('#search-q', followUp);
    await page.press('#search-q', 'Enter');
    await done(followUp);
    const followFigures = { bytes, ms: performance.now() - started };
    return { first: firstFigures, followUp: followFigures };
  } finally {
    await browser.close();
    await server.close();
  }
}

interface Row {
  scale: string;
  tasks: number;
  pages: number;
  buildMs: number;
  indexMs: number;
  indexBytes: number;
  first: QueryFigures;
  followUp: QueryFigures;
}

const rows: Row[] = [];
mkdirSync('.bench', { recursive: true });
for (const scale of values.scales.split(',')) {
  const tasks = scale === 'real' ? realTasks : realTasks * Number(scale);
  let contentDir = 'content';
  if (scale !== 'real') {
    contentDir = `.bench/corpus-${tasks}/content`;
    if (!existsSync(contentDir)) run(NODE, ['scripts/corpus.ts', '--tasks', String(tasks)]);
  }
  const site = `.bench/site-${scale}`;
  process.stderr.write(`bench: ${scale} (${tasks} tasks): building…\n`);
  const buildMs = run(NODE, ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', site], { PAPI_CONTENT_DIR: contentDir, BUILD_DATE: '2026-11-22' });
  const indexMs = run('node_modules/.bin/pagefind', ['--site', site, '--silent']);
  const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
  const queries = await measureQueries(site, 'gia dat', 'ho ngheo');
  rows.push({ scale, tasks, pages, buildMs, indexMs, indexBytes: directorySize(path.join(site, 'pagefind')), ...queries });
}

if (values.json) {
  process.stdout.write(`${JSON.stringify({ rows, targets: { firstQueryBytes: 300 * 1024, firstQueryMs: 300 } }, null, 2)}\n`);
} else {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  process.stdout.write('scale  tasks   pages  build    index   index size  first query        follow-up query\n');
  for (const row of rows) {
    process.stdout.write(
      `${row.scale.padEnd(5)} ${String(row.tasks).padStart(6)} ${String(row.pages).padStart(7)}  ${s(row.buildMs).padStart(7)} ${s(row.indexMs).padStart(7)} ${kb(row.indexBytes).padStart(10)}  ${kb(row.first.bytes).padStart(7)} ${row.first.ms.toFixed(0).padStart(5)} ms  ${kb(row.followUp.bytes).padStart(7)} ${row.followUp.ms.toFixed(0).padStart(5)} ms\n`,
    );
  }
  const largest = rows.at(-1);
  if (largest) {
    process.stdout.write(`\nTargets at ${largest.tasks} tasks: first query ${kb(largest.first.bytes)} (target < 300 kB), ${largest.first.ms.toFixed(0)} ms (target < 300 ms).\n`);
    if (rows[0] && rows[0] !== largest) process.stdout.write(`First-query bytes ratio ${largest.scale}× / real: ${(largest.first.bytes / rows[0].first.bytes).toFixed(2)}\n`);
  }
}
