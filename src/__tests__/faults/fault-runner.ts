/**
 * The runner behind the fault and bad-input suites (issue 18): each case runs a
 * CLI on its own copy of content/ in a temporary folder and checks the exit
 * status, the message, and the files — a refused run must leave content/ byte
 * for byte as it was; an accepted one must change exactly what it says.
 * Everything it creates is test data in a temporary folder, never published.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

export interface FaultCase {
  name: string;
  /** Files to create, relative to the case's folder (content/ is a copy of the real one). */
  files?: Record<string, string | Buffer>;
  /** Arguments after the script; {dir} is the case's folder. "--content {dir}/content" is added unless `content` is false. */
  args: string[];
  content?: boolean;
  /** Extra setup; returns false when the case cannot be arranged here (it is then skipped). */
  prepare?: (dir: string) => boolean;
  status: number;
  /** Expected in stderr (refusals) or stdout (status 0). */
  message: string | RegExp;
}

/** Every file under a folder, by relative path. */
export function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, file), readFileSync(file, 'utf8'));
  }
  return files;
}

/** A comparable listing: one "path sha256" line per file, sorted. */
export const digest = (files: Map<string, string>) =>
  [...files.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, text]) => `${name} ${createHash('sha256').update(text).digest('hex')}`);

export function runScript(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('node_modules/.bin/node', [script, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Makes a folder unwritable (root is stopped only by the immutable attribute); false when that cannot be done here. */
export function makeReadOnly(folder: string, cleanups: Array<() => void>): boolean {
  if (process.getuid?.() === 0) {
    if (spawnSync('chattr', ['+i', folder]).status !== 0) return false;
    cleanups.push(() => spawnSync('chattr', ['-i', folder]));
  } else {
    chmodSync(folder, 0o555);
    cleanups.push(() => chmodSync(folder, 0o755));
  }
  try {
    writeFileSync(path.join(folder, 'probe'), '');
    return false;
  } catch {
    return true;
  }
}

export interface CaseRun {
  dir: string;
  before: Map<string, string>;
  after: Map<string, string>;
  stdout: string;
  stderr: string;
}

/**
 * Runs one case: copies content/, creates its files, runs the script, and checks
 * the status, the message, that no stack trace is printed and, for a refusal,
 * that content/ is unchanged. Returns what happened for further checks.
 */
export async function runCase(
  script: string,
  base: string,
  index: number,
  testCase: FaultCase,
  skip: (note: string) => void,
  env: Record<string, string> = {},
): Promise<CaseRun> {
  const dir = path.join(base, String(index));
  const content = path.join(dir, 'content');
  cpSync('content', content, { recursive: true });
  for (const [name, bytes] of Object.entries(testCase.files ?? {})) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), bytes);
  }
  if (testCase.prepare && !testCase.prepare(dir)) skip('this case cannot be arranged on this machine');
  const before = snapshot(content);
  const args = [...testCase.args, ...(testCase.content === false ? [] : ['--content', '{dir}/content'])].map((arg) => arg.replaceAll('{dir}', dir));
  const result = await runScript(script, args, env);
  const output = testCase.status === 0 ? result.stdout : result.stderr;
  expect({ status: result.status, stderr: result.status === testCase.status ? '' : result.stderr }).toEqual({ status: testCase.status, stderr: '' });
  if (typeof testCase.message === 'string') expect(output).toContain(testCase.message);
  else expect(output).toMatch(testCase.message);
  // A user error is a message, never a stack trace.
  expect(result.stderr).not.toMatch(/\n\s+at /);
  const after = snapshot(content);
  if (testCase.status !== 0) expect(digest(after)).toEqual(digest(before));
  return { dir, before, after, stdout: result.stdout, stderr: result.stderr };
}
