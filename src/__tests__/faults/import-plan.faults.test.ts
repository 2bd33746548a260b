/**
 * Fault and bad-input suite of "npm run import" (issues 16 and 18): one row per
 * kind of document or mistake an editor may bring. Each case runs the CLI on its
 * own copy of content/ (see fault-runner.ts) and checks the exit status, the
 * message and that a refused import left content/ byte for byte as it was. The
 * documents below are made for the tests from the real sources' lines (changed
 * where the case says), never published.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { digest, makeReadOnly, runCase, type FaultCase } from './fault-runner.ts';

const base = mkdtempSync(path.join(tmpdir(), 'papi-plan-faults-'));
const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const cleanup of cleanups) cleanup();
  rmSync(base, { recursive: true, force: true });
});

const DAK = readFileSync('content/sources/dak-rlap-2024.txt', 'utf8');
const DAK_LINES = DAK.split('\n');
/** The Đắk R'Lấp source with one line changed (a test document). */
const dakWith = (line: number, text: string) => DAK_LINES.map((original, index) => (index === line - 1 ? text : original)).join('\n');
const IMPORT = (file: string, ...extra: string[]) => [`{dir}/${file}`, '--plan-id', 'dak-rlap-2024', ...extra];

interface Case extends FaultCase {
  /** For status 0: the content files that must differ afterwards (all others unchanged). */
  changed?: string[];
}

const CASES: Case[] = [
  // Accepted.
  {
    name: 're-importing the same document changes nothing',
    args: ['content/sources/dak-rlap-2024.txt', '--plan-id', 'dak-rlap-2024'],
    status: 0,
    message: 'tasks: no change (32 identical)',
    changed: [],
  },
  {
    name: '--dry-run writes nothing',
    files: { 'p.txt': dakWith(125, '') },
    args: IMPORT('p.txt', '--dry-run'),
    status: 0,
    message: 'Dry run: nothing was written',
    changed: [],
  },
  // The command line.
  { name: 'an unknown option', args: IMPORT('x.txt', '--dryrun'), status: 1, message: "Unknown option '--dryrun'" },
  { name: 'no document named', args: [], status: 1, message: 'name the plan document' },
  {
    name: 'two documents at once',
    files: { 'a.txt': DAK, 'b.txt': DAK },
    args: ['{dir}/a.txt', '{dir}/b.txt', '--plan-id', 'dak-rlap-2024'],
    status: 1,
    message: 'one document at a time',
  },
  { name: 'no such file', args: IMPORT('khong-co.txt'), status: 1, message: 'khong-co.txt: no such file' },
  { name: 'a folder as the document', files: { 'folder/x': '' }, args: IMPORT('folder'), status: 1, message: 'is a folder; name the plan document inside it' },
  {
    name: 'a plan id with ".."',
    files: { 'p.txt': DAK },
    args: ['{dir}/p.txt', '--plan-id', '../dak-rlap-2024'],
    status: 1,
    message: '--plan-id "../dak-rlap-2024" is not a plan id',
  },
  {
    name: 'a plan without plan.yaml',
    files: { 'p.txt': DAK },
    args: ['{dir}/p.txt', '--plan-id', 'ke-hoach-moi-2026'],
    status: 1,
    message: 'ke-hoach-moi-2026/plan.yaml does not exist. Create it first',
  },
  // The document.
  { name: 'a PDF', files: { 'p.pdf': '%PDF-1.7\n' }, args: IMPORT('p.pdf'), status: 1, message: 'PDF files are not read' },
  { name: 'an old .doc', files: { 'p.doc': 'x' }, args: IMPORT('p.doc'), status: 1, message: 'old binary Word file (.doc)' },
  {
    name: 'a .docx that is not a Word file',
    files: { 'p.docx': 'not a zip' },
    args: IMPORT('p.docx'),
    status: 1,
    message: 'cannot be read as a Word .docx file',
  },
  { name: 'an unknown extension', files: { 'p.xlsx': 'x' }, args: IMPORT('p.xlsx'), status: 1, message: 'the importer does not read ".xlsx" files' },
  {
    name: 'text in Windows-1258 / Latin-1',
    files: { 'p.txt': Buffer.concat([Buffer.from('PH'), Buffer.from([0xd9]), Buffer.from(' L\n')]) },
    args: IMPORT('p.txt'),
    status: 1,
    message: 'line 1: byte 0xD9 is not UTF-8: the file is not UTF-8 (perhaps Windows-1258 or Latin-1)',
  },
  { name: 'a binary file named .txt', files: { 'p.txt': Buffer.from([0x41, 0x00, 0x42]) }, args: IMPORT('p.txt'), status: 1, message: 'holds a NUL byte' },
  {
    name: 'a document over the size limit',
    prepare: (dir) => {
      writeFileSync(path.join(dir, 'big.txt'), '');
      truncateSync(path.join(dir, 'big.txt'), 5 * 1024 * 1024 + 1);
      return true;
    },
    args: IMPORT('big.txt'),
    status: 1,
    message: 'the importer reads documents of up to 5 MB',
  },
  { name: 'an empty document', files: { 'p.txt': '' }, args: IMPORT('p.txt'), status: 1, message: 'found no task table and no numbered dimension paragraphs' },
  {
    name: 'no task table and no dimension paragraphs',
    files: { 'p.txt': 'KẾ HOẠCH\n\nVăn bản thử.\n' },
    args: IMPORT('p.txt'),
    status: 1,
    message: 'found no task table',
  },
  // The table.
  {
    name: 'a header without a task column',
    files: { 'p.txt': dakWith(90, 'Thứ tự\tChỉ số nội dung\tViệc gì\tCơ quan chủ trì, thực hiện\tCơ quan phối hợp\tThời gian thực hiện') },
    args: IMPORT('p.txt'),
    status: 1,
    message:
      'line 90: the header "Thứ tự | Chỉ số nội dung | Việc gì | Cơ quan chủ trì, thực hiện | Cơ quan phối hợp | Thời gian thực hiện" names no task column, and column 3 "Việc gì" may hold the tasks',
  },
  {
    name: 'a cell split by a stray tab',
    files: { 'p.txt': dakWith(125, `${DAK_LINES[124]}\tphần bị tách`) },
    args: IMPORT('p.txt'),
    status: 1,
    message: 'line 125: this row has 7 cells but the header (line 90) names 6 columns',
  },
  {
    name: 'markup in a cell',
    files: { 'p.txt': dakWith(125, (DAK_LINES[124] ?? '').replace('Thực hiện', '<script>Thực hiện</script>')) },
    args: IMPORT('p.txt'),
    status: 1,
    message: 'line 125: unsupported markup <script>',
  },
  {
    name: 'an agency the registry does not know',
    files: { 'p.txt': dakWith(125, (DAK_LINES[124] ?? '').replace('Phòng Nội vụ', 'Sở Ngoại vụ')) },
    args: IMPORT('p.txt'),
    status: 1,
    message: 'agency "Sở Ngoại vụ" matches no entry of the agency registry',
  },
  // What the import would break.
  {
    name: 'dropping a task that rights guides cite',
    files: { 'p.txt': dakWith(102, '') },
    args: IMPORT('p.txt'),
    status: 1,
    message: 'content/guides/vi/ho-ngheo.mdx › frontmatter › field "tasks[2]": no task has the id "dak-rlap-2024-2-2"',
  },
  {
    name: "a plan.yaml naming another plan's source file",
    prepare: (dir) => {
      const file = path.join(dir, 'content', 'plans', 'dak-rlap-2024', 'plan.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('file: dak-rlap-2024.txt', 'file: chi-lang-2024.txt'));
      return true;
    },
    args: ['content/sources/dak-rlap-2024.txt', '--plan-id', 'dak-rlap-2024'],
    status: 1,
    message: 'names source.file "chi-lang-2024.txt", which is the source text of plan chi-lang-2024',
  },
  {
    name: 'a generated tasks.yaml edited by hand',
    prepare: (dir) => {
      const file = path.join(dir, 'content', 'plans', 'dak-rlap-2024', 'tasks.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('deadline:', 'deadline: # sửa tay\n '));
      return true;
    },
    args: ['content/sources/dak-rlap-2024.txt', '--plan-id', 'dak-rlap-2024'],
    status: 1,
    message: 'was edited by hand since the last import',
  },
  {
    name: 'a tasks.yaml replaced by a file the importer did not write (no fingerprint, not even YAML)',
    files: { 'content/plans/dak-rlap-2024/tasks.yaml': '- id: [không phải YAML\n' },
    args: ['content/sources/dak-rlap-2024.txt', '--plan-id', 'dak-rlap-2024'],
    status: 1,
    message: 'tasks.yaml has no fingerprint line in the header, so the importer did not write it as it is',
  },
  {
    name: 'a read-only plan folder',
    prepare: (dir) => makeReadOnly(path.join(dir, 'content', 'plans', 'dak-rlap-2024'), cleanups),
    files: { 'p.txt': dakWith(125, '') },
    args: IMPORT('p.txt'),
    status: 1,
    message: /cannot write to .*dak-rlap-2024\/ \(E(ACCES|PERM|ROFS)[^)]*\); nothing was changed/,
  },
];

describe('npm run import refuses bad input and writes nothing', () => {
  CASES.forEach((testCase, index) => {
    it.concurrent(testCase.name, { timeout: 120_000 }, async ({ skip }) => {
      const { before, after } = await runCase('scripts/import.ts', base, index, testCase, skip, { BUILD_DATE: '2026-11-22' });
      if (testCase.status !== 0) return;
      const differing = [...new Set([...before.keys(), ...after.keys()])].filter((name) => before.get(name) !== after.get(name));
      expect(differing).toEqual(testCase.changed ?? []);
      expect(digest(after).length).toBe(digest(before).length);
    });
  });
});
