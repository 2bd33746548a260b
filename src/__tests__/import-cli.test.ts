/**
 * "npm run import" as an editor runs it, on a copy of the content (test data
 * in a temporary folder, never published).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(path.join(tmpdir(), 'papi-import-test-'));
const content = path.join(root, 'content');
cpSync('content', content, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

function runImport(source: string, planId: string) {
  return spawnSync('node_modules/.bin/node', ['scripts/import.ts', source, '--plan-id', planId, '--content', content], { encoding: 'utf8', timeout: 60_000 });
}

const planFiles = (planId: string) => ['tasks.yaml', 'commitments.yaml'].map((name) => readFileSync(path.join(content, 'plans', planId, name), 'utf8'));

describe('npm run import', () => {
  it('reproduces the committed files byte for byte, and again on a second run', () => {
    const committed = planFiles('dong-hoa-2021');
    const first = runImport('content/sources/dong-hoa-2021.txt', 'dong-hoa-2021');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('dong-hoa-2021: imported 104 tasks');
    expect(first.stdout).toContain('skips 51–59, 64, 67–68, 70, 80');
    expect(planFiles('dong-hoa-2021')).toEqual(committed);
    expect(runImport('content/sources/dong-hoa-2021.txt', 'dong-hoa-2021').status).toBe(0);
    expect(planFiles('dong-hoa-2021')).toEqual(committed);
  }, 60_000);

  it('prints the tasks per dimension', () => {
    const result = runImport('content/sources/chi-lang-2024.txt', 'chi-lang-2024');
    expect(result.stdout).toMatch(/chỉ số 1: 4\n\s+chỉ số 2: 4\n\s+chỉ số 3: 3/);
  }, 60_000);

  it('refuses a document without a task table, exits non-zero and writes nothing', () => {
    const before = planFiles('nga-nam-2021');
    const broken = path.join(root, 'no-table.txt');
    writeFileSync(broken, 'KẾ HOẠCH\n\nVăn bản thử không có phụ lục (dữ liệu thử).\n');
    const result = runImport(broken, 'nga-nam-2021');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('found no task table');
    expect(result.stderr).toContain('nothing was written');
    expect(planFiles('nga-nam-2021')).toEqual(before);
  }, 60_000);

  it('refuses a row naming an unregistered agency, naming the line and suggesting a registry entry', () => {
    const before = planFiles('nga-nam-2021');
    const source = readFileSync('content/sources/nga-nam-2021.txt', 'utf8').replace('Phòng TC-KH, Phòng Tài nguyên', 'Sở Ngoại vụ, Phòng Tài nguyên');
    const changed = path.join(root, 'unknown-agency.txt');
    writeFileSync(changed, source);
    const result = runImport(changed, 'nga-nam-2021');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/line 107: agency "Sở Ngoại vụ" matches no entry of the agency registry/);
    expect(result.stderr).toContain('name: "Sở Ngoại vụ"');
    expect(planFiles('nga-nam-2021')).toEqual(before);
  }, 60_000);

  it('explains what to do when the plan has no plan.yaml', () => {
    const result = runImport('content/sources/nga-nam-2021.txt', 'ke-hoach-moi-2026');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/plans\/ke-hoach-moi-2026\/plan\.yaml does not exist\. Create it first/);
  }, 60_000);
});
