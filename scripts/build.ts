/**
 * npm run build [-- <astro build flags>]: the site into dist/, safely.
 *
 * - One build at a time in a folder: a second one stops at once (the lock .build.lock names
 *   the build running); a lock left by a build that is gone is taken over.
 * - The inputs are checked first, in seconds: SITE_URL, BUILD_DATE and the whole content tree
 *   (as npm run check:content), so that a bad input never waits for Astro to fail.
 * - Astro and pagefind write to dist.staging/, which replaces dist/ only when the build is
 *   complete. A build that fails or is stopped (Ctrl-C, SIGTERM) removes dist.staging/ and
 *   leaves dist/ as it was: dist/ is always a whole build, the previous one, or none.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { constants } from 'node:os';
import { contentRoot, loadCorpus } from '../src/lib/content/corpus.ts';
import { siteUrl } from '../src/lib/deploy/site-url.ts';
import { referenceDate } from '../src/lib/reference-date.ts';
import { BuildLocked, DIST, incompleteBuild, LOCK, recoverFolders, STAGING, swapIntoDist, takeLock } from './lib/build-folder.ts';

const ASTRO = 'node_modules/astro/bin/astro.mjs';
// The search index, split by province (pagefind's Node API, scripts/search-index.ts).
const SEARCH_INDEX = 'scripts/search-index.ts';

const say = (line: string) => console.log(`build: ${line}`);
const exitCodeOf = (signal: NodeJS.Signals) => 128 + (constants.signals[signal] ?? 0);

const astroFlags = process.argv.slice(2);
if (astroFlags.some((flag) => flag === '--outDir' || flag.startsWith('--outDir='))) {
  console.error(`npm run build always builds into ${DIST}/ (through ${STAGING}/); to build into another folder, run npx astro build --outDir DIR`);
  process.exit(2);
}

let release: () => void;
try {
  release = takeLock(LOCK);
} catch (error) {
  if (!(error instanceof BuildLocked)) throw error;
  console.error(error.message);
  process.exit(1);
}

let running: ChildProcess | null = null;
let stoppedBy: NodeJS.Signals | null = null;

function cleanUp(): void {
  rmSync(STAGING, { recursive: true, force: true });
  release();
}

process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
function onSignal(signal: NodeJS.Signals): void {
  if (stoppedBy) return;
  stoppedBy = signal;
  console.error(`build: ${signal}: stopping; ${DIST}/ is left as it was`);
  if (running?.pid) {
    // Astro and pagefind run in a process group of their own (pagefind's wrapper does not pass
    // signals on to its binary): stop the whole group; run() then returns and the build cleans up.
    killGroup(running.pid, signal);
    setTimeout(() => running?.pid && killGroup(running.pid, 'SIGKILL'), 10_000).unref();
    return;
  }
  cleanUp();
  process.exit(exitCodeOf(signal));
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Runs a command with the build's output; resolves with its exit status. */
function run(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', detached: true });
    running = child;
    child.on('error', (error) => {
      console.error(`build: could not start ${args[0]}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      running = null;
      resolve(code ?? (signal ? exitCodeOf(signal) : 1));
    });
  });
}

/** The checks that take seconds, before Astro's minutes: the message is the same either way. */
function inputProblem(): string | null {
  try {
    siteUrl(process.env.SITE_URL);
    loadCorpus(contentRoot(), { today: referenceDate() });
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

async function build(): Promise<number> {
  recoverFolders();
  const started = Date.now();
  const problem = inputProblem();
  if (problem) {
    console.error(problem);
    console.error(`build: stopped before building; ${DIST}/ is left as it was`);
    return 1;
  }
  say(`inputs checked in ${((Date.now() - started) / 1000).toFixed(1)} s; astro build → ${STAGING}/`);
  const astro = await run([ASTRO, 'build', '--force', '--outDir', STAGING, ...astroFlags]);
  if (stoppedBy) return exitCodeOf(stoppedBy);
  if (astro !== 0) {
    console.error(`build: astro build failed (exit ${astro}); ${DIST}/ is left as it was`);
    return astro;
  }
  say(`pagefind → ${STAGING}/pagefind/ (general) and ${STAGING}/pagefind/tinh/<province>/`);
  const pagefind = await run([SEARCH_INDEX, STAGING]);
  if (stoppedBy) return exitCodeOf(stoppedBy);
  if (pagefind !== 0) {
    console.error(`build: pagefind failed (exit ${pagefind}); ${DIST}/ is left as it was`);
    return pagefind;
  }
  const incomplete = incompleteBuild(STAGING);
  if (incomplete) {
    console.error(`build: ${incomplete}`);
    return 1;
  }
  swapIntoDist();
  say(`${DIST}/ replaced with the new build in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

let status = 1;
try {
  status = await build();
} catch (error) {
  console.error(error);
  console.error(`build: failed; ${DIST}/ is left as it was`);
} finally {
  cleanUp();
}
process.exit(status);
