/**
 * "npm run import:progress" on a copy of the content. The CSV rows are test
 * data written by the test into a temporary folder, never published.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../lib/content/corpus.ts';

const root = mkdtempSync(path.join(tmpdir(), 'papi-progress-test-'));
const content = path.join(root, 'content');
cpSync('content', content, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

function importCsv(name: string, csv: string) {
  const file = path.join(root, name);
  writeFileSync(file, csv);
  return spawnSync('node_modules/.bin/node', ['scripts/import-progress.ts', file, '--content', content], {
    encoding: 'utf8',
    env: { ...process.env, BUILD_DATE: '2026-11-22' },
  });
}

const VALID =
  '\uFEFFtask,date,status,source,note\r\nnga-nam-2021-1-a,30/09/2026,Đang thực hiện,Báo cáo số 45/BC-UBND ngày 05/10/2026 (dữ liệu thử nghiệm),\r\nchi-lang-2024-1-c,2026-06-30,done,Báo cáo 6 tháng (dữ liệu thử nghiệm),Đã tổ chức bầu cử\r\n';

describe('npm run import:progress', () => {
  it('imports a valid file into content/progress/, and the content stays valid', () => {
    const result = importCsv('bao-cao-quy-3.csv', VALID);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2 new update(s) written to the new file');
    const corpus = loadCorpus(content, { today: '2026-11-22' });
    expect(corpus.progress.map((update) => `${update.task} ${update.status}`)).toEqual(['nga-nam-2021-1-a in_progress', 'chi-lang-2024-1-c done']);
  }, 60_000);

  it('importing the same file again adds nothing', () => {
    const before = readFileSync(path.join(content, 'progress', 'bao-cao-quy-3.yaml'), 'utf8');
    const result = importCsv('bao-cao-quy-3.csv', VALID);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('nothing written: all 2 update(s)');
    expect(readFileSync(path.join(content, 'progress', 'bao-cao-quy-3.yaml'), 'utf8')).toBe(before);
  }, 60_000);

  it('lists every bad row with its line number and writes nothing', () => {
    const csv = [
      'task,date,status,source,note',
      'khong-co-nhiem-vu,2026-01-01,done,Báo cáo (dữ liệu thử nghiệm),',
      'nga-nam-2021-1-b,31/13/2026,done,Báo cáo (dữ liệu thử nghiệm),',
      'nga-nam-2021-1-b,2026-01-01,xong roi,Báo cáo (dữ liệu thử nghiệm),',
      'nga-nam-2021-1-b,2026-01-01,done,,',
      'nga-nam-2021-1-c,2026-01-01,done,Báo cáo (dữ liệu thử nghiệm),',
    ].join('\n');
    const result = importCsv('bad.csv', csv);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad\.csv:2: unknown task "khong-co-nhiem-vu"/);
    expect(result.stderr).toMatch(/bad\.csv:3: date "31\/13\/2026" is not a date/);
    expect(result.stderr).toMatch(/bad\.csv:4: unknown status "xong roi"/);
    expect(result.stderr).toMatch(/bad\.csv:5: no source/);
    expect(result.stderr).toContain('nothing was written');
    expect(existsSync(path.join(content, 'progress', 'bad.yaml'))).toBe(false);
  }, 60_000);
});
