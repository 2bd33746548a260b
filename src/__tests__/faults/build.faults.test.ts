/**
 * Faults of `npm run build` (scripts/build.ts), one row per case: bad inputs, a second build
 * while one runs, a build that fails or is stopped half-way, a lock left by a build that is
 * gone. Each row asserts the exit status, the message, and what is left in the folder: the
 * previous dist/ untouched (or, for a build that succeeds, replaced whole), no staging folder,
 * no leftover dist.previous/, the lock released.
 *
 * Each row runs scripts/build.ts in a folder of its own under the system's temporary folder:
 * node_modules, scripts and content linked from the repository (content copied where a row
 * breaks it), a fake previous dist/, and a one-page Astro site whose configuration can fail
 * on purpose after its pages are written, so that no row pays for the real 7,661-page build.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = process.cwd();
const NODE = path.join(REPO, 'node_modules', '.bin', 'node');
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A one-page site; FAULT=after-pages makes Astro fail once the page is written to the staging folder. */
const ASTRO_CONFIG = `import { writeFileSync } from 'node:fs';
export default {
  // Caches stay in this folder, not in the repository's node_modules (linked here).
  cacheDir: './.astro-cache',
  vite: { cacheDir: './.vite-cache' },
  integrations: [{
    name: 'fault',
    hooks: {
      'astro:build:done': ({ dir }) => {
        if (process.env.FAULT === 'after-pages') throw new Error('simulated failure after the pages were written');
        writeFileSync(new URL('build.json', dir), '{}\\n');
      },
    },
  }],
};
`;
const PREVIOUS_DIST = { 'index.html': '<p>the previous build</p>\n', 'build.json': '{"previous":true}\n', 'pagefind/pagefind.js': '// previous index\n' };

interface Row {
  name: string;
  env?: Record<string, string>;
  /** Breaks a copy of the content (the row then builds that copy). */
  content?: (root: string) => void;
  /** The lock a build of another process left: live (this test's process) or gone. */
  lock?: 'live' | 'gone';
  /** Sends SIGINT once the build has started Astro. */
  interrupt?: boolean;
  status: number;
  message: RegExp;
  /** What dist/ holds afterwards: the previous build, or the new one page. */
  dist: 'previous' | 'new';
}

const tasksOf = (root: string, plan: string) => path.join(root, 'plans', plan, 'tasks.yaml');
const STOPPED_BEFORE = /build: stopped before building; dist\/ is left as it was/;

const ROWS: Row[] = [
  {
    name: 'BUILD_DATE not a date (2026-13-45)',
    env: { BUILD_DATE: '2026-13-45' },
    status: 1,
    message: /BUILD_DATE="2026-13-45" is not a calendar date; write it as yyyy-mm-dd/,
    dist: 'previous',
  },
  { name: 'BUILD_DATE garbage', env: { BUILD_DATE: 'garbage' }, status: 1, message: /BUILD_DATE="garbage" is not a calendar date/, dist: 'previous' },
  {
    name: 'BUILD_DATE before 2018',
    env: { BUILD_DATE: '2017-06-30' },
    status: 1,
    message: /BUILD_DATE="2017-06-30" is before 2018, the first PAPI year .*; write a day from 2018-01-01 to/,
    dist: 'previous',
  },
  {
    name: 'BUILD_DATE years ahead',
    env: { BUILD_DATE: '2099-01-01' },
    status: 1,
    message: /BUILD_DATE="2099-01-01" is more than a year after today/,
    dist: 'previous',
  },
  {
    name: 'SITE_URL with a user name and password',
    env: { SITE_URL: 'https://user:pass@example.org' },
    status: 1,
    message: /SITE_URL has a user name or password in it \(…@example\.org\); they would be published in every page/,
    dist: 'previous',
  },
  {
    name: 'an emptied tasks.yaml',
    content: (root) => writeFileSync(tasksOf(root, 'dak-rlap-2024'), '[]\n'),
    status: 1,
    message: /plans\/dak-rlap-2024\/tasks\.yaml: has no tasks; re-import the plan .* or remove the plan folder/,
    dist: 'previous',
  },
  {
    name: 'a content error (a task naming an agency not in the registry)',
    content: (root) =>
      writeFileSync(
        tasksOf(root, 'chi-lang-2024'),
        readFileSync(tasksOf(root, 'chi-lang-2024'), 'utf8').replace('- chi-lang-ubnd-cap-xa', '- chi-lang-khong-co'),
      ),
    status: 1,
    message: /chi-lang-2024\/tasks\.yaml › entry "chi-lang-2024-[^"]+" › field "lead\[\d\]": agency "chi-lang-khong-co" is not in the registry/,
    dist: 'previous',
  },
  {
    name: 'a second build while one runs (the lock held by a live process)',
    lock: 'live',
    status: 1,
    message: new RegExp(
      `another build \\(pid ${process.pid}, started 2026-01-02T03:04:05\\.000Z\\) is running in this folder; wait for it or remove \\.build\\.lock if it is gone`,
    ),
    dist: 'previous',
  },
  {
    name: 'Astro fails after writing pages to the staging folder',
    env: { FAULT: 'after-pages' },
    status: 1,
    message: /simulated failure after the pages were written[\s\S]*build: astro build failed \(exit 1\); dist\/ is left as it was/,
    dist: 'previous',
  },
  { name: 'Ctrl-C (SIGINT) while Astro builds', interrupt: true, status: 130, message: /build: SIGINT: stopping; dist\/ is left as it was/, dist: 'previous' },
  {
    name: 'a lock left by a build that is gone is taken over, and the new build replaces dist/',
    lock: 'gone',
    status: 0,
    message:
      /build: \.build\.lock was left by pid \d+ \(started 2026-01-02T03:04:05\.000Z\), which is no longer running; taking it over[\s\S]*build: dist\/ replaced with the new build/,
    dist: 'new',
  },
];

/** A pid that no process has: one past the highest a Linux kernel hands out by default, else a very large one. */
function deadPid(): number {
  try {
    return Number(readFileSync('/proc/sys/kernel/pid_max', 'utf8')) + 1;
  } catch {
    return 2 ** 22 + 1;
  }
}

function folderFor(row: Row): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'papi-build-fault-'));
  folders.push(folder);
  for (const name of ['node_modules', 'scripts']) symlinkSync(path.join(REPO, name), path.join(folder, name));
  if (row.content) {
    cpSync(path.join(REPO, 'content'), path.join(folder, 'content'), { recursive: true });
    row.content(path.join(folder, 'content'));
  } else symlinkSync(path.join(REPO, 'content'), path.join(folder, 'content'));
  mkdirSync(path.join(folder, 'src', 'pages'), { recursive: true });
  writeFileSync(path.join(folder, 'src', 'pages', 'index.astro'), '<html lang="vi"><body><h1>the new build</h1></body></html>\n');
  writeFileSync(path.join(folder, 'astro.config.mjs'), ASTRO_CONFIG);
  for (const [file, text] of Object.entries(PREVIOUS_DIST)) {
    mkdirSync(path.dirname(path.join(folder, 'dist', file)), { recursive: true });
    writeFileSync(path.join(folder, 'dist', file), text);
  }
  if (row.lock) {
    const pid = row.lock === 'live' ? process.pid : deadPid();
    writeFileSync(path.join(folder, '.build.lock'), `${JSON.stringify({ pid, started: '2026-01-02T03:04:05.000Z', host: hostname() })}\n`);
  }
  return folder;
}

/** Every file under a folder with its text, to compare before and after. */
function snapshot(folder: string): Record<string, string> {
  if (!existsSync(folder)) return {};
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => statSync(path.join(folder, name)).isFile())
      .sort()
      .map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]),
  );
}

function runBuild(folder: string, row: Row): Promise<{ status: number | null; output: string; stagingWhenInterrupted: boolean | null }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...row.env };
  // The row's inputs only: nothing from the shell the tests run in.
  for (const name of ['SITE_URL', 'BUILD_DATE', 'PAPI_CONTENT_DIR', 'FAULT']) if (!row.env?.[name]) delete env[name];
  return new Promise((resolve) => {
    const child = spawn(NODE, ['scripts/build.ts'], { cwd: folder, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let interrupted = false;
    let stagingWhenInterrupted: boolean | null = null;
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      if (row.interrupt && !interrupted && output.includes('astro build → dist.staging/')) {
        interrupted = true;
        // Once Astro has created the staging folder: the build must remove it.
        const started = Date.now();
        const waiting = setInterval(() => {
          if (!existsSync(path.join(folder, 'dist.staging')) && Date.now() - started < 10_000) return;
          clearInterval(waiting);
          stagingWhenInterrupted = existsSync(path.join(folder, 'dist.staging'));
          child.kill('SIGINT');
        }, 20);
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (status) => resolve({ status, output, stagingWhenInterrupted }));
  });
}

describe('npm run build refuses or fails without leaving a partial dist/', () => {
  it.each(ROWS)('$name', async (row) => {
    const folder = folderFor(row);
    const lockBefore = row.lock ? readFileSync(path.join(folder, '.build.lock'), 'utf8') : null;
    const before = snapshot(path.join(folder, 'dist'));

    const { status, output, stagingWhenInterrupted } = await runBuild(folder, row);
    // Interrupted when there was a staging folder to clean up, not before.
    if (row.interrupt) expect(stagingWhenInterrupted).toBe(true);

    expect({ status, output }).toEqual({ status: row.status, output: expect.stringMatching(row.message) });
    if (row.status === 1 && !row.lock && !row.env?.FAULT) expect(output).toMatch(STOPPED_BEFORE);
    const after = snapshot(path.join(folder, 'dist'));
    if (row.dist === 'previous') expect(after).toEqual(before);
    else {
      expect(after['index.html']).toContain('the new build');
      expect(Object.keys(after)).toEqual(expect.arrayContaining(['build.json', 'pagefind/pagefind.js']));
    }
    expect(existsSync(path.join(folder, 'dist.staging'))).toBe(false);
    expect(existsSync(path.join(folder, 'dist.previous'))).toBe(false);
    // The lock is released, except another build's live one, which is left as it was.
    const lock = path.join(folder, '.build.lock');
    if (row.lock === 'live') expect(readFileSync(lock, 'utf8')).toBe(lockBefore);
    else expect(existsSync(lock)).toBe(false);
  });
});
