import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inputsFingerprint, STAMP, staleBuildProblem } from './build-stamp.ts';

let dir = '';
let cwd = '';
beforeEach(() => {
  cwd = process.cwd();
  dir = mkdtempSync(path.join(tmpdir(), 'stamp-'));
  process.chdir(dir);
  mkdirSync('content/plans', { recursive: true });
  writeFileSync('content/plans/a.yaml', 'id: a\n');
  mkdirSync('dist/pagefind', { recursive: true });
  writeFileSync('dist/pagefind/pagefind.js', '');
});
afterEach(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

const stamp = () =>
  writeFileSync(path.join('dist', STAMP), JSON.stringify({ content: 'content', reference_date: '2026-12-02', inputs_sha256: inputsFingerprint('content') }));

describe('a build is tested only if it is the build of the tree as it is', () => {
  it('a fresh build passes', () => {
    stamp();
    expect(staleBuildProblem('dist', 'content')).toBeNull();
  });
  it('no build: says to build', () => {
    expect(staleBuildProblem('dist', 'content')).toMatch(/has no build\.json: build the site first \(npm run build\)/);
  });
  it('content changed after the build: stale', () => {
    stamp();
    writeFileSync('content/plans/a.yaml', 'id: b\n');
    expect(staleBuildProblem('dist', 'content')).toMatch(/is stale/);
  });
  it('a test file changed: still fresh (tests do not change what is built)', () => {
    stamp();
    mkdirSync('src/lib', { recursive: true });
    writeFileSync('src/lib/x.test.ts', 'x');
    expect(staleBuildProblem('dist', 'content')).toBeNull();
  });
  it('built from another content tree: refused', () => {
    stamp();
    expect(staleBuildProblem('dist', 'other')).toMatch(/was built from content, not other/);
  });
});
