/** The CSV writer the site publishes with: quoting, and no cell that a spreadsheet runs as a formula. */
import { describe, expect, it } from 'vitest';
import { csvRecords, detectDelimiter, neutraliseFormula, parseCsv, readCsvTable, writeCsv } from './csv.ts';

describe('published CSV cells', () => {
  it('neutralises every cell that begins with =, +, -, @, a tab or a carriage return (OWASP), keeping the text after the apostrophe', () => {
    for (const cell of ['=HYPERLINK("http://x","y")', '+1+1', '- Tuyên truyền, phổ biến', '@SUM(A1)', '\tx', '\rx', '=1+1']) {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    }
  });
  it('leaves plain numbers and ordinary text alone', () => {
    for (const cell of ['-1', '+2', '42.86', '47.8212', 'Phòng Tư pháp', '', "R'Lấp"]) expect(neutraliseFormula(cell)).toBe(cell);
  });
  it('writes quoted, neutralised cells that read back as the neutralised text', () => {
    const csv = writeCsv([
      ['id', 'text'],
      ['a', '=cmd|" /C calc"!A0'],
      ['b', '- một, hai\nba'],
    ]);
    expect(parseCsv(csv)).toEqual([
      ['id', 'text'],
      ['a', `'=cmd|" /C calc"!A0`],
      ['b', "'- một, hai\nba"],
    ]);
  });
});

describe('csvRecords and parseCsv (the content files)', () => {
  it('key each row by the trimmed header and keep the line it starts on', () => {
    expect(csvRecords('\uFEFFa, b\r\n1,"x\ny"\r\n2,z\r\n')).toEqual({
      records: [
        { line: 2, values: { a: '1', b: 'x\ny' } },
        { line: 4, values: { a: '2', b: 'z' } },
      ],
      problem: null,
    });
  });
  it('stop at a quoting problem and say where, rather than merge the rest into one cell', () => {
    const read = csvRecords('a,b\n1,"x\n2,y\n');
    expect(read.records).toEqual([]);
    expect(read.problem?.line).toBe(2);
    expect(() => parseCsv('a,b\n1,"x\n2,y\n')).toThrow(/^line 2: the quote \("\) opened on line 2/);
  });
});

describe('readCsvTable', () => {
  it('keeps the line each row starts on, across blank lines and quoted line breaks', () => {
    expect(readCsvTable('a,b\r\n\r\n1,"x\r\ny"\n2,z\n')).toEqual({
      rows: [
        { line: 1, cells: ['a', 'b'] },
        { line: 3, cells: ['1', 'x\r\ny'] },
        { line: 5, cells: ['2', 'z'] },
      ],
      problem: null,
    });
  });
  it('reads semicolon- and tab-separated files', () => {
    expect(readCsvTable('a;b\n"1;2";3\n', { delimiter: ';' }).rows.map((row) => row.cells)).toEqual([
      ['a', 'b'],
      ['1;2', '3'],
    ]);
    expect(readCsvTable('a\tb\n1,2\t3\n', { delimiter: '\t' }).rows.map((row) => row.cells)).toEqual([
      ['a', 'b'],
      ['1,2', '3'],
    ]);
  });
  it('refuses a quote never closed, naming the line it opened on', () => {
    expect(readCsvTable('a,b\n1,2\n3,"x\n4,5\n').problem).toMatchObject({ line: 3, message: expect.stringMatching(/opened on line 3 is never closed/) as unknown });
  });
  it('refuses a quote that runs on into a line that looks like a row', () => {
    expect(readCsvTable('a,b,c\n1,"x,y\n2,z,w\n3,"q",r\n', { columns: 3 }).problem).toMatchObject({
      line: 2,
      message: expect.stringMatching(/opened on line 2 runs on into line 3, which looks like a row/) as unknown,
    });
  });
  it('refuses text after a closing quote', () => {
    expect(readCsvTable('a,b\n1,"x\n2,"y",3\n').problem?.line).toBe(2);
  });
  it('accepts a quoted cell with line breaks that do not look like rows', () => {
    expect(readCsvTable('a,b,c\n1,"dòng một\ndòng hai, tiếp",x\n', { columns: 3 }).problem).toBeNull();
  });
});

describe('detectDelimiter', () => {
  it('reads the separator from the header line', () => {
    expect(detectDelimiter('task,date\n')).toBe(',');
    expect(detectDelimiter('\uFEFFtask;date\n1,5;x')).toBe(';');
    expect(detectDelimiter('task\tdate\n')).toBe('\t');
    expect(detectDelimiter('task\n')).toBe(',');
  });
});
