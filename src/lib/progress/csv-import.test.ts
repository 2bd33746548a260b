import { describe, expect, it } from 'vitest';
import { compareWithRecorded, parseProgressCsv, readDate, readSource, readStatus } from './csv-import.ts';

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
  it('reads a semicolon-separated file (Excel with Vietnamese regional settings)', () => {
    const result = parseProgressCsv('task;date;status;source;note\nnga-nam-2021-1-a;30/09/2026;done;Báo cáo, quý 3;\n', TASKS, TODAY);
    expect(result.errors).toEqual([]);
    expect(result.delimiter).toBe(';');
    expect(result.updates[0]?.source.title).toBe('Báo cáo, quý 3');
  });
  it('gives real line numbers past blank lines and multi-line notes', () => {
    const result = parseProgressCsv(
      `${HEADER}\n\nnga-nam-2021-1-a,2026-01-01,done,Báo cáo,"dòng một\ndòng hai"\nkhong-co,2026-01-01,done,Báo cáo,\n`,
      TASKS,
      TODAY,
    );
    expect(result.errors.map((error) => error.line)).toEqual([5]);
  });
  it('names the missing column and the header expected', () => {
    expect(parseProgressCsv('task,date,status,note\n', TASKS, TODAY).errors).toEqual([
      { line: 1, message: 'the header row lacks the column(s) "source": the header must be: task,date,status,source,note' },
    ]);
  });
  it('refuses a column the importer does not read', () => {
    expect(parseProgressCsv(`${HEADER},ghi chu noi bo\n`, TASKS, TODAY).errors[0]?.message).toMatch(/"ghi chu noi bo" are not read/);
  });
  it('refuses a row with more cells than the header, naming the count', () => {
    expect(parseProgressCsv(`${HEADER}\nnga-nam-2021-1-a,2026-01-01,done,Báo cáo, số 5,ghi chú,x\n`, TASKS, TODAY).errors).toEqual([
      {
        line: 2,
        message: 'has 7 cells but the header has 5 columns: remove the extra cells, or put in quotes ("…") a cell whose text contains the separator ","',
      },
    ]);
  });
  it('accepts empty trailing cells (spreadsheets write them) and rows without the note cell', () => {
    const result = parseProgressCsv(`${HEADER},,\nnga-nam-2021-1-a,2026-01-01,done,Báo cáo,,,\nchi-lang-2024-1-c,2026-01-01,done,Báo cáo\n`, TASKS, TODAY);
    expect(result.errors).toEqual([]);
    expect(result.updates).toHaveLength(2);
  });
  it('skips a row repeating an earlier one and says which', () => {
    const row = 'nga-nam-2021-1-a,2026-01-01,done,Báo cáo,';
    const result = parseProgressCsv(`${HEADER}\n${row}\n${row}\n`, TASKS, TODAY);
    expect(result.updates).toHaveLength(1);
    expect(result.duplicates).toEqual([{ line: 3, sameAs: 2 }]);
  });
  it('refuses two rows saying different things about one task on one date', () => {
    const result = parseProgressCsv(`${HEADER}\nnga-nam-2021-1-a,2026-01-01,done,Báo cáo,\nnga-nam-2021-1-a,01/01/2026,in_progress,Báo cáo,\n`, TASKS, TODAY);
    expect(result.errors).toEqual([
      {
        line: 3,
        message:
          'contradicts line 2: both report task "nga-nam-2021-1-a" on 2026-01-01, with status "in_progress" against "done"; keep the row the report states and delete the other',
      },
    ]);
  });
  it('refuses an unclosed quote, naming the line it opened on', () => {
    expect(
      parseProgressCsv(`${HEADER}\nnga-nam-2021-1-a,2026-01-01,done,"Báo cáo,\nchi-lang-2024-1-c,2026-01-01,done,Báo cáo,\n`, TASKS, TODAY).errors[0],
    ).toMatchObject({
      line: 2,
    });
  });
});

describe('compareWithRecorded', () => {
  const update = { task: 'nga-nam-2021-1-a', date: '2026-01-01', status: 'done' as const, source: readSource('Báo cáo'), note: null };
  it('sorts rows into new, recorded, and contradicting the record', () => {
    const recorded = [{ update, file: 'content/progress/q1.yaml' }];
    const result = compareWithRecorded(
      [
        { line: 2, update },
        { line: 3, update: { ...update, status: 'in_progress' } },
        { line: 4, update: { ...update, date: '2026-02-01' } },
      ],
      recorded,
    );
    expect(result.recorded).toEqual([{ line: 2, update, file: 'content/progress/q1.yaml' }]);
    expect(result.fresh.map((row) => row.line)).toEqual([4]);
    expect(result.conflicts).toEqual([
      {
        line: 3,
        message: expect.stringMatching(/^task "nga-nam-2021-1-a" on 2026-01-01 is already recorded in content\/progress\/q1\.yaml differently/) as unknown,
      },
    ]);
  });
});
