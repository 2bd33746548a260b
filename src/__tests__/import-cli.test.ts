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

function runImport(source: string, planId: string, ...extra: string[]) {
  return spawnSync('node_modules/.bin/node', ['scripts/import.ts', source, '--plan-id', planId, '--content', content, ...extra], {
    encoding: 'utf8',
    timeout: 60_000,
  });
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
    expect(result.stdout).toMatch(/Dimension 1: 4 tasks\n\s+Dimension 2: 4 tasks\n\s+Dimension 3: 3 tasks/);
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

  it('--dry-run prints the tasks, the warnings and the difference from the current files, and writes nothing', () => {
    const before = planFiles('dak-rlap-2024');
    // A copy of the source with row 4.3 cut out (a change made for the test).
    const lines = readFileSync('content/sources/dak-rlap-2024.txt', 'utf8').split('\n');
    const changed = path.join(root, 'dak-rlap-2024-without-4-3.txt');
    writeFileSync(changed, lines.map((line) => (line.startsWith('4.3\t') ? '' : line)).join('\n'));
    const result = runImport(changed, 'dak-rlap-2024', '--dry-run');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('dak-rlap-2024: would import 31 tasks');
    expect(result.stdout).toMatch(
      /Dimension 2: 4 tasks\n\s+2\.1 +\[2\.1\] Tổ chức cập nhật, công khai đầy đủ, … \| lead: Chủ tịch UBND các xã, thị trấn \| deadline: Thường xuyên \| line 101/,
    );
    expect(result.stdout).toContain('warning: line 121: task 4.2 prints no label; filed under sub-dimension 4.2');
    expect(result.stdout).toContain('tasks: 0 added, 1 removed, 0 changed, 15 only moved in order, 16 identical');
    expect(result.stdout).toContain('    - dak-rlap-2024-4-3');
    expect(result.stdout).toContain('Dry run: nothing was written');
    expect(planFiles('dak-rlap-2024')).toEqual(before);
    expect(readFileSync(path.join(content, 'sources', 'dak-rlap-2024.txt'), 'utf8')).toBe(readFileSync('content/sources/dak-rlap-2024.txt', 'utf8'));
  }, 60_000);

  it('--dry-run of an import that would break a rights guide prints the report, then the guides it would break, and exits 1', () => {
    const lines = readFileSync('content/sources/dak-rlap-2024.txt', 'utf8').split('\n');
    const changed = path.join(root, 'dak-rlap-2024-without-2-2.txt');
    writeFileSync(changed, lines.map((line) => (line.startsWith('2.2\t') ? '' : line)).join('\n'));
    const result = runImport(changed, 'dak-rlap-2024', '--dry-run');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('    - dak-rlap-2024-2-2');
    expect(result.stderr).toContain('content/guides/vi/ho-ngheo.mdx › frontmatter › field "tasks[2]": no task has the id "dak-rlap-2024-2-2"');
  }, 60_000);

  it('says what the options are when given one it does not know, without a stack trace', () => {
    const result = runImport('content/sources/nga-nam-2021.txt', 'nga-nam-2021', '--dryrun');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Unknown option '--dryrun'");
    expect(result.stderr).toContain('usage: npm run import -- <plan.txt | plan.docx>');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('refuses a folder as the document, and a plan id that is not a slug', () => {
    const folder = runImport('content/sources', 'nga-nam-2021');
    expect(folder.status).toBe(1);
    expect(folder.stderr).toContain('content/sources is a folder');
    const traversal = runImport('content/sources/nga-nam-2021.txt', '../nga-nam-2021');
    expect(traversal.status).toBe(1);
    expect(traversal.stderr).toContain('--plan-id "../nga-nam-2021" is not a plan id');
  }, 60_000);

  it('refuses to overwrite a generated file edited by hand, unless --force', () => {
    const tasksFile = path.join(content, 'plans', 'chi-lang-2024', 'tasks.yaml');
    const edited = readFileSync(tasksFile, 'utf8').replace('plan: chi-lang-2024', 'plan: chi-lang-2024 # sửa tay (test)');
    writeFileSync(tasksFile, edited);
    const refused = runImport('content/sources/chi-lang-2024.txt', 'chi-lang-2024');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('tasks.yaml was edited by hand since the last import');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(tasksFile, 'utf8')).toBe(edited);
    const forced = runImport('content/sources/chi-lang-2024.txt', 'chi-lang-2024', '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(tasksFile, 'utf8')).toBe(readFileSync('content/plans/chi-lang-2024/tasks.yaml', 'utf8'));
  }, 60_000);

  it("refuses a plan whose plan.yaml names another plan's source file, leaving that plan's text as it was", () => {
    const planFile = path.join(content, 'plans', 'chi-lang-2024', 'plan.yaml');
    const original = readFileSync(planFile, 'utf8');
    writeFileSync(planFile, original.replace('file: chi-lang-2024.txt', 'file: dong-hoa-2021.txt'));
    try {
      const result = runImport('content/sources/chi-lang-2024.txt', 'chi-lang-2024');
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('names source.file "dong-hoa-2021.txt", which is the source text of plan dong-hoa-2021');
      expect(readFileSync(path.join(content, 'sources', 'dong-hoa-2021.txt'), 'utf8')).toBe(readFileSync('content/sources/dong-hoa-2021.txt', 'utf8'));
    } finally {
      writeFileSync(planFile, original);
    }
  }, 60_000);
});
