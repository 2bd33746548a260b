/** The CSV writer the site publishes with: quoting, and no cell that a spreadsheet runs as a formula. */
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, parseCsv, writeCsv } from './csv.ts';

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
