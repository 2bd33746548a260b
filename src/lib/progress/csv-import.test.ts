import { describe, expect, it } from 'vitest';
import { parseProgressCsv, readDate, readSource, readStatus } from './csv-import.ts';

const TASKS = new Set(['nga-nam-2021-1-a', 'chi-lang-2024-1-c']);
const TODAY = '2026-11-22';
const HEADER = 'task,date,status,source,note';

describe('readStatus', () => {
  it('accepts keys and Vietnamese labels, with or without diacritics', () => {
    expect(readStatus('in_progress')).toBe('in_progress');
    expect(readStatus('Đang thực hiện')).toBe('in_progress');
    expect(readStatus('Đã hoàn thành')).toBe('done');
    expect(readStatus('da huy')).toBe('cancelled');
    expect(readStatus('Xong rồi')).toBeNull();
  });
});

describe('readDate', () => {
  it('reads dd/mm/yyyy and yyyy-mm-dd, and refuses impossible dates', () => {
    expect(readDate('05/10/2026')).toBe('2026-10-05');
    expect(readDate('2026-10-05')).toBe('2026-10-05');
    expect(readDate('31/02/2026')).toBeNull();
    expect(readDate('quý 3')).toBeNull();
  });
});

describe('readSource', () => {
  it('finds the number and date in a report title', () => {
    expect(readSource('Báo cáo số 45/BC-UBND ngày 05/10/2026 của UBND huyện')).toEqual({
      title: 'Báo cáo số 45/BC-UBND ngày 05/10/2026 của UBND huyện',
      number: '45/BC-UBND',
      date: '2026-10-05',
      url: null,
    });
  });
});

describe('parseProgressCsv', () => {
  it('reads a valid file, with a byte-order mark', () => {
    const csv = `\uFEFF${HEADER}\r\nnga-nam-2021-1-a,30/09/2026,Đang thực hiện,Báo cáo số 45/BC-UBND ngày 05/10/2026 (dữ liệu thử),\r\n`;
    const result = parseProgressCsv(csv, TASKS, TODAY);
    expect(result.errors).toEqual([]);
    expect(result.updates).toEqual([
      {
        task: 'nga-nam-2021-1-a',
        date: '2026-09-30',
        status: 'in_progress',
        source: { title: 'Báo cáo số 45/BC-UBND ngày 05/10/2026 (dữ liệu thử)', number: '45/BC-UBND', date: '2026-10-05', url: null },
        note: null,
      },
    ]);
  });
  it('reports an unknown task with its line number', () => {
    expect(parseProgressCsv(`${HEADER}\nkhong-co,2026-01-01,done,Báo cáo,\n`, TASKS, TODAY).errors).toEqual([
      { line: 2, message: 'unknown task "khong-co" (use an id from /data/tasks.json)' },
    ]);
  });
  it('reports a bad date with its line number', () => {
    expect(
      parseProgressCsv(
        `${HEADER}\nnga-nam-2021-1-a,ok,done,Báo cáo,\nnga-nam-2021-1-a,2026-01-01,done,Báo cáo,\nnga-nam-2021-1-a,32/01/2026,done,Báo cáo,\n`,
        TASKS,
        TODAY,
      ).errors.map((error) => error.line),
    ).toEqual([2, 4]);
  });
  it('reports an unknown status', () => {
    expect(parseProgressCsv(`${HEADER}\nnga-nam-2021-1-a,2026-01-01,xong,Báo cáo,\n`, TASKS, TODAY).errors[0]?.message).toMatch(/^unknown status "xong"/);
  });
  it('reports a missing source', () => {
    expect(parseProgressCsv(`${HEADER}\nnga-nam-2021-1-a,2026-01-01,done,,\n`, TASKS, TODAY).errors).toEqual([
      { line: 2, message: 'no source: name the report or document that states this progress' },
    ]);
  });
  it('reports a date in the future', () => {
    expect(parseProgressCsv(`${HEADER}\nnga-nam-2021-1-a,2027-01-01,done,Báo cáo,\n`, TASKS, TODAY).errors[0]?.message).toBe(
      'date 2027-01-01 is in the future',
    );
  });
  it('refuses a file without the expected header', () => {
    expect(parseProgressCsv('nhiem vu,ngay\n', TASKS, TODAY).errors[0]).toMatchObject({ line: 1 });
  });
});
