/**
 * Fault and bad-input suite of "npm run import:progress" (issue 18): one row per
 * kind of file an office may hand over. Each case runs the CLI on its own copy of
 * content/ in a temporary folder and checks the exit status, the message, and
 * the files: a refused import must leave content/ byte for byte as it was; an
 * accepted one must change exactly the files it names, by appending exactly
 * the text given (every existing byte kept). The rows are test data, never
 * published.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { digest, makeReadOnly, runCase, type FaultCase } from './fault-runner.ts';

const base = mkdtempSync(path.join(tmpdir(), 'papi-progress-faults-'));
const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const cleanup of cleanups) cleanup();
  rmSync(base, { recursive: true, force: true });
});

const HEADER = 'task,date,status,source,note';
const ROW_A = 'nga-nam-2021-1-a,30/09/2026,Đang thực hiện,Báo cáo số 45/BC-UBND ngày 05/10/2026 (dữ liệu thử nghiệm),';
const ROW_C = 'chi-lang-2024-1-c,2026-06-30,done,Báo cáo 6 tháng (dữ liệu thử nghiệm),Đã tổ chức bầu cử';
const VALID = `\uFEFF${HEADER}\r\n${ROW_A}\r\n${ROW_C}\r\n`;

const YAML_A = `- task: nga-nam-2021-1-a
  date: 2026-09-30
  status: in_progress
  source:
    title: Báo cáo số 45/BC-UBND ngày 05/10/2026 (dữ liệu thử nghiệm)
    number: 45/BC-UBND
    date: 2026-10-05
    url: null
  note: null
`;
const YAML_C = `- task: chi-lang-2024-1-c
  date: 2026-06-30
  status: done
  source:
    title: Báo cáo 6 tháng (dữ liệu thử nghiệm)
    number: null
    date: null
    url: null
  note: Đã tổ chức bầu cử
`;
const newFile = (csv: string, yaml: string) =>
  `# Progress updates imported by "npm run import:progress" from ${csv}.\n# Each states its source; the original commitments are never changed.\n${yaml}`;
/** A progress file already in content/, with a comment the import must keep. */
const RECORDED = `# Quý 3: nhập tay, giữ nguyên chú thích này.\n${YAML_A}`;

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

interface Case extends FaultCase {
  /** For status 0: content files that must change, each to its text before plus exactly this. */
  appended?: Record<string, string>;
}

const CASES: Case[] = [
  // Accepted.
  {
    name: 'a valid file (UTF-8 with BOM, CRLF) goes to a new progress file',
    files: { 'bao-cao-quy-3.csv': VALID },
    args: ['{dir}/bao-cao-quy-3.csv'],
    status: 0,
    message: '2 new update(s) written to the new file',
    appended: { 'progress/bao-cao-quy-3.yaml': newFile('bao-cao-quy-3.csv', YAML_A + YAML_C) },
  },
  {
    name: 'an existing progress file is appended to, its comment and bytes kept; recorded rows are skipped',
    files: { 'content/progress/quy-3.yaml': RECORDED, 'quy-3.csv': VALID },
    args: ['{dir}/quy-3.csv'],
    status: 0,
    message: /1 new update\(s\) appended to .*quy-3\.yaml; 1 already recorded in .*content\/progress\/quy-3\.yaml/,
    appended: { 'progress/quy-3.yaml': `# 1 update(s) added by "npm run import:progress" from quy-3.csv.\n${YAML_C}` },
  },
  {
    name: 'a semicolon-separated file (Excel, Vietnamese settings) is read, and the output says so',
    files: { 'bc.csv': `${HEADER.replaceAll(',', ';')}\n${ROW_C.replaceAll(',', ';')}\n` },
    args: ['{dir}/bc.csv'],
    status: 0,
    message: 'as semicolon-separated',
    appended: { 'progress/bc.yaml': newFile('bc.csv', YAML_C) },
  },
  {
    name: 'a UTF-16 tab-separated file (Excel "Unicode text") is decoded and read',
    files: { 'bc.txt': utf16le(`${HEADER.replaceAll(',', '\t')}\r\n${ROW_C.replaceAll(',', '\t')}\r\n`) },
    args: ['{dir}/bc.txt'],
    status: 0,
    message: 'as tab-separated',
    appended: { 'progress/bc.yaml': newFile('bc.txt', YAML_C) },
  },
  {
    name: 'a row repeated in the file is skipped and counted',
    files: { 'bc.csv': `${HEADER}\n${ROW_C}\n${ROW_C}\n` },
    args: ['{dir}/bc.csv'],
    status: 0,
    message: '1 row(s) repeat an earlier row of the file and were skipped: line 3 = line 2',
    appended: { 'progress/bc.yaml': newFile('bc.csv', YAML_C) },
  },
  {
    name: 'all rows recorded already: nothing written, said plainly, exit 0',
    files: { 'content/progress/quy-3.yaml': RECORDED, 'quy-3.csv': `${HEADER}\n${ROW_A}\n` },
    args: ['{dir}/quy-3.csv'],
    status: 0,
    message: /nothing written: all 1 update\(s\) of .*quy-3\.csv are already recorded in .*content\/progress\/quy-3\.yaml/,
    appended: {},
  },
  {
    name: '--name chooses the progress file',
    files: { '!!!.csv': `${HEADER}\n${ROW_C}\n` },
    args: ['{dir}/!!!.csv', '--name', 'bao-cao-quy-3-2026'],
    status: 0,
    message: 'bao-cao-quy-3-2026.yaml',
    appended: { 'progress/bao-cao-quy-3-2026.yaml': newFile('!!!.csv', YAML_C) },
  },
  // Refused: the file.
  {
    name: 'Windows-1258 bytes: not UTF-8, with the line',
    files: { 'bc.csv': Buffer.concat([Buffer.from(`${HEADER}\nchi-lang-2024-1-c,2026-06-30,done,B`), Buffer.from([0xe1, 0x6f]), Buffer.from(' cáo,\n')]) },
    args: ['{dir}/bc.csv'],
    status: 1,
    message: /bc\.csv: line 2: byte 0xE1 is not UTF-8: the file is not UTF-8 \(perhaps Windows-1258 or Latin-1\): open it and save as "CSV UTF-8"/,
  },
  {
    name: 'NUL bytes: not a text file',
    files: { 'bc.csv': Buffer.from(`${HEADER}\n\0\0\0`) },
    args: ['{dir}/bc.csv'],
    status: 1,
    message: 'line 2: holds a NUL byte, so it is not a text file',
  },
  {
    name: 'an .xlsx saved as .csv',
    files: { 'bc.csv': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) },
    args: ['{dir}/bc.csv'],
    status: 1,
    message: 'is a zip file (an Excel .xlsx',
  },
  {
    name: 'over the size limit',
    prepare: (dir) => {
      writeFileSync(path.join(dir, 'big.csv'), '');
      truncateSync(path.join(dir, 'big.csv'), 20 * 1024 * 1024 + 1);
      return true;
    },
    args: ['{dir}/big.csv'],
    status: 1,
    message: 'is 20.0 MB, over the limit of 20 MB',
  },
  { name: 'an empty file', files: { 'bc.csv': '' }, args: ['{dir}/bc.csv'], status: 1, message: 'bc.csv: is empty' },
  { name: 'a header and no rows', files: { 'bc.csv': `${HEADER}\n` }, args: ['{dir}/bc.csv'], status: 1, message: 'has a header but no rows' },
  { name: 'no such file', args: ['{dir}/khong-co.csv'], status: 1, message: 'khong-co.csv: no such file' },
  { name: 'a folder given as the file', files: { 'folder.csv/x': '' }, args: ['{dir}/folder.csv'], status: 1, message: 'folder.csv: is a folder' },
  // Refused: the table.
  {
    name: 'an unbalanced quote swallowing the next row',
    files: { 'bc.csv': `${HEADER}\nnga-nam-2021-1-a,2026-01-01,done,"Báo cáo số 5,\n${ROW_C}\n` },
    args: ['{dir}/bc.csv'],
    status: 1,
    message: 'bc.csv:2: the quote (") opened on line 2 runs on into line 3',
  },
  {
    name: 'a quote never closed',
    files: { 'bc.csv': `${HEADER}\n${ROW_C}\nnga-nam-2021-1-a,2026-01-01,done,Báo cáo,"ghi chú\n` },
    args: ['{dir}/bc.csv'],
    status: 1,
    message: 'bc.csv:3: the quote (") opened on line 3 is never closed',
  },
  {
    name: 'a row with more cells than the header',
    files: { 'bc.csv': `${HEADER}\n${ROW_C}\nnga-nam-2021-1-a,2026-01-01,done,Báo cáo, số 5,ghi chú,x\n` },
    args: ['{dir}/bc.csv'],
    status: 1,
    message: 'bc.csv:3: has 7 cells but the header has 5 columns',
  },
  {
    name: 'a missing column',
    files: { 'bc.csv': 'task,date,status,note\nchi-lang-2024-1-c,2026-06-30,done,\n' },
    args: ['{dir}/bc.csv'],
    status: 1,
    message: 'bc.csv:1: the header row lacks the column(s) "source": the header must be: task,date,status,source,note',
  },
  {
    name: 'two rows contradicting each other',
    files: { 'bc.csv': `${HEADER}\n${ROW_C}\nchi-lang-2024-1-c,30/06/2026,in_progress,Báo cáo 6 tháng (dữ liệu thử nghiệm),\n` },
    args: ['{dir}/bc.csv'],
    status: 1,
    message: 'bc.csv:3: contradicts line 2: both report task "chi-lang-2024-1-c" on 2026-06-30',
  },
  {
    name: 'a row contradicting a recorded update',
    files: { 'content/progress/quy-3.yaml': RECORDED, 'bc.csv': `${HEADER}\nnga-nam-2021-1-a,30/09/2026,done,Báo cáo khác (dữ liệu thử nghiệm),\n` },
    args: ['{dir}/bc.csv'],
    status: 1,
    message: /bc\.csv:2: task "nga-nam-2021-1-a" on 2026-09-30 is already recorded in .*content\/progress\/quy-3\.yaml differently/,
  },
  {
    name: 'an unknown task',
    files: { 'bc.csv': `${HEADER}\nkhong-co-nhiem-vu,2026-01-01,done,Báo cáo,\n` },
    args: ['{dir}/bc.csv'],
    status: 1,
    message: 'bc.csv:2: unknown task "khong-co-nhiem-vu"',
  },
  {
    name: 'a date in the future',
    files: { 'bc.csv': `${HEADER}\nchi-lang-2024-1-c,2027-01-01,done,Báo cáo,\n` },
    args: ['{dir}/bc.csv'],
    status: 1,
    message: 'bc.csv:2: date 2027-01-01 is in the future',
  },
  {
    name: 'a bad date',
    files: { 'bc.csv': `${HEADER}\nchi-lang-2024-1-c,31/13/2026,done,Báo cáo,\n` },
    args: ['{dir}/bc.csv'],
    status: 1,
    message: 'bc.csv:2: date "31/13/2026" is not a date',
  },
  {
    name: 'a bad status',
    files: { 'bc.csv': `${HEADER}\nchi-lang-2024-1-c,2026-01-01,xong roi,Báo cáo,\n` },
    args: ['{dir}/bc.csv'],
    status: 1,
    message: 'bc.csv:2: unknown status "xong roi"',
  },
  {
    name: 'no source',
    files: { 'bc.csv': `${HEADER}\nchi-lang-2024-1-c,2026-01-01,done,,\n` },
    args: ['{dir}/bc.csv'],
    status: 1,
    message: 'bc.csv:2: no source',
  },
  // Refused: names, options, the content folder.
  {
    name: 'a file name that slugifies to nothing',
    files: { '!!!.csv': `${HEADER}\n${ROW_C}\n` },
    args: ['{dir}/!!!.csv'],
    status: 1,
    message: 'rename the file (e.g. bao-cao-quy-3-2026.csv) or pass --name',
  },
  {
    name: 'a --name that is not a slug',
    files: { 'bc.csv': `${HEADER}\n${ROW_C}\n` },
    args: ['{dir}/bc.csv', '--name', '../x'],
    status: 2,
    message: '--name "../x" must be',
  },
  {
    name: 'an unknown option',
    files: { 'bc.csv': VALID },
    args: ['{dir}/bc.csv', '--dry'],
    status: 2,
    message: "Unknown option '--dry'\nusage: npm run import:progress",
  },
  {
    name: 'an existing progress file that is not valid YAML',
    files: { 'content/progress/bc.yaml': '# ghi chú\n- task: a\n  source: [\n- x\n', 'bc.csv': `${HEADER}\n${ROW_C}\n` },
    args: ['{dir}/bc.csv'],
    status: 1,
    message: /content\/progress\/bc\.yaml:4: is not valid YAML \(.*\); fix it by hand/,
  },
  {
    name: 'a read-only progress folder',
    files: { 'bc.csv': `${HEADER}\n${ROW_C}\n` },
    prepare: (dir) => makeReadOnly(path.join(dir, 'content', 'progress'), cleanups),
    args: ['{dir}/bc.csv'],
    status: 1,
    message: /cannot write to .*content\/progress\/ \(E(ACCES|PERM|ROFS)[^)]*\); nothing was changed/,
  },
];

describe('npm run import:progress refuses bad input and writes nothing', () => {
  CASES.forEach((testCase, index) => {
    it.concurrent(testCase.name, { timeout: 120_000 }, async ({ skip }) => {
      const { before, after } = await runCase('scripts/import-progress.ts', base, index, testCase, skip, { BUILD_DATE: '2026-11-22' });
      if (testCase.status !== 0) return;
      const expected = new Map(before);
      for (const [name, text] of Object.entries(testCase.appended ?? {})) expected.set(name, `${before.get(name) ?? ''}${text}`);
      expect(digest(after)).toEqual(digest(expected));
      for (const name of Object.keys(testCase.appended ?? {})) expect(after.get(name)).toBe(expected.get(name));
    });
  });
});
