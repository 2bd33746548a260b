/**
 * The files of dist/data/ opened in a real spreadsheet program, LibreOffice Calc
 * (headless), as people open them: each CSV with English settings ("," between cells,
 * "." for decimals) and with Vietnamese settings ("." groups thousands, "," for
 * decimals), and each .xlsx. Calc saves what it read as a CSV that quotes text and
 * leaves numbers bare, which src/__tests__/sheet-reader.ts reads back strictly.
 *
 * What this shows, and the data page says: the text of every cell survives; a CSV
 * loses the leading zeros of codes ("00070" → 70) and, with Vietnamese settings,
 * cannot give the scores as numbers — which is why each CSV has an .xlsx, where codes
 * stay text and scores numbers. No cell is ever run as a formula.
 *
 * Needs `soffice` (Debian: apt-get install libreoffice-calc-nogui); .ci/run installs it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCORE_DECIMALS } from '../lib/open-data/sheets.ts';
import { readFields, readRfc4180, type Field } from '../__tests__/sheet-reader.ts';

const DATA = path.resolve('dist', 'data');
const SHEETS = ['tasks', 'progress', 'papi-scores', 'localities', 'communes'] as const;
/** LibreOffice's language codes for its CSV filter. */
const ENGLISH = 1033;
const VIETNAMESE = 1066;
/** The columns that hold codes with leading zeros, which a CSV cannot keep (only communes.csv has them). */
const CODE_COLUMNS = new Set(['Mã xã', 'Mã tỉnh']);
const SCORE_COLUMNS = new Set(Object.keys(SCORE_DECIMALS));

let work: string;

beforeAll(() => {
  const version = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new Error('LibreOffice is not installed: apt-get install libreoffice-calc-nogui (Debian), then run npm run test:spreadsheets again.');
  }
  work = mkdtempSync(path.join(os.tmpdir(), 'papi-sheets-'));
  for (const name of SHEETS) {
    copyFileSync(path.join(DATA, `${name}.csv`), path.join(work, `${name}.csv`));
    copyFileSync(path.join(DATA, `${name}.xlsx`), path.join(work, `${name}.xlsx`));
  }
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Opens `files` (in the work folder) in Calc and saves each as CSV into `out`: ";" between
 * cells, UTF-8, text quoted and numbers bare (so a number read as a number shows).
 * `csvLanguage` is the language Calc reads a CSV's numbers and dates with.
 */
function calc(files: readonly string[], out: string, csvLanguage?: number): void {
  const args = [
    `-env:UserInstallation=file://${path.join(work, 'profile')}`,
    '--headless',
    '--norestore',
    ...(csvLanguage ? [`--infilter=CSV:44,34,76,1,,${csvLanguage}`] : []),
    '--convert-to',
    `csv:Text - txt - csv (StarCalc):59,34,76,1,,${ENGLISH},true,true`,
    '--outdir',
    path.join(work, out),
    ...files.map((file) => path.join(work, file)),
  ];
  const run = spawnSync('soffice', args, { encoding: 'utf8', timeout: 240_000 });
  if (run.status !== 0) throw new Error(`soffice failed (${run.status ?? run.signal}): ${run.stderr}`);
}

const published = (name: string) => readRfc4180(readFileSync(path.join(work, `${name}.csv`), 'utf8').replace(/^\uFEFF/, ''), ',');
const asRead = (out: string, name: string) => readFields(readFileSync(path.join(work, out, `${name}.csv`), 'utf8'), ';', '\n');

/** Cells that Calc read differently from the published text, by column. */
function changed(original: string[][], read: Field[][], expected: (value: string) => string = (value) => value): Map<string, string[]> {
  const header = original[0] ?? [];
  const changes = new Map<string, string[]>();
  original.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = read[r]?.[c]?.value;
      if (cell === expected(value)) return;
      const column = header[c] ?? String(c);
      changes.set(column, [...(changes.get(column) ?? []), `${value} → ${cell ?? '(missing)'}`]);
    }),
  );
  return changes;
}

/** The columns whose every filled cell Calc read as a number. */
function numberColumns(read: Field[][]): string[] {
  const [header = [], ...rows] = read;
  return header
    .map((column, c) => ({ column: column.value, cells: rows.map((row) => row[c]).filter((cell): cell is Field => !!cell && cell.value !== '') }))
    .filter(({ cells }) => cells.length > 0 && cells.every((cell) => !cell.quoted))
    .map(({ column }) => column);
}

/** "5.2030 → 5.203": a change of how a number is written, not of the number. */
function sameNumber(change: string): boolean {
  const [before = '', after = ''] = change.split(' → ');
  return before !== '' && after !== '' && Number(before) === Number(after);
}

/** "00070" → "70": the one change a CSV makes to a code. */
const withoutLeadingZeros = (value: string) => value.replace(/^0+(?=\d)/, '');

describe('LibreOffice Calc, English settings ("," between cells, "." for decimals)', () => {
  beforeAll(() =>
    calc(
      SHEETS.map((name) => `${name}.csv`),
      'english',
      ENGLISH,
    ),
  );

  for (const name of SHEETS) {
    it(`${name}.csv: every row and column, every cell's text as published except the leading zeros of codes`, () => {
      const original = published(name);
      const read = asRead('english', name);
      expect(read).toHaveLength(original.length);
      expect(read[0]?.map((cell) => cell.value)).toEqual(original[0]);
      const changes = changed(original, read);
      for (const [column, cells] of changes) {
        // A score read as a number shows without trailing zeros ("5.2030" → 5.203): the same number.
        if (SCORE_COLUMNS.has(column)) {
          for (const cell of cells) expect(sameNumber(cell), cell).toBe(true);
          continue;
        }
        expect(CODE_COLUMNS.has(column), `${column}: ${cells.slice(0, 3).join(', ')}`).toBe(true);
        for (const cell of cells) expect(cell.split(' → ')[1]).toBe(withoutLeadingZeros(cell.split(' → ')[0] ?? ''));
      }
    });
  }

  it('papi-scores.csv: the year and the scores read as numbers', () => {
    expect(numberColumns(asRead('english', 'papi-scores'))).toEqual(['Năm', ...SCORE_COLUMNS]);
  });

  it('communes.csv: the codes lose their leading zeros (the data page says so and offers communes.xlsx)', () => {
    const changes = changed(published('communes'), asRead('english', 'communes'));
    expect([...changes.keys()].sort()).toEqual(['Mã tỉnh', 'Mã xã']);
  });
});

describe('LibreOffice Calc, Vietnamese settings ("." groups thousands, "," for decimals)', () => {
  beforeAll(() =>
    calc(
      SHEETS.map((name) => `${name}.csv`),
      'vietnamese',
      VIETNAMESE,
    ),
  );

  for (const name of SHEETS) {
    it(`${name}.csv: no cell becomes another number; text as published except the leading zeros of codes`, () => {
      const original = published(name);
      const read = asRead('vietnamese', name);
      expect(read).toHaveLength(original.length);
      for (const [column, cells] of changed(original, read)) {
        expect(CODE_COLUMNS.has(column), `${column}: ${cells.slice(0, 3).join(', ')}`).toBe(true);
      }
    });
  }

  it('papi-scores.csv: with four decimals the scores stay text, never a wrong number ("44.295" would become 44295)', () => {
    const read = asRead('vietnamese', 'papi-scores');
    const numbers = numberColumns(read);
    for (const column of SCORE_COLUMNS) expect(numbers).not.toContain(column);
    expect(changed(published('papi-scores'), read).size).toBe(0);
  });
});

describe('LibreOffice Calc, the .xlsx files (any settings)', () => {
  beforeAll(() =>
    calc(
      SHEETS.map((name) => `${name}.xlsx`),
      'workbooks',
    ),
  );

  for (const name of SHEETS) {
    it(`${name}.xlsx: the rows and cells of ${name}.csv, verbatim (no apostrophe), codes with their zeros`, () => {
      const original = published(name);
      const read = asRead('workbooks', name);
      expect(read).toHaveLength(original.length);
      // The CSV writer puts an apostrophe before a cell a spreadsheet would run as a formula; the workbook holds text.
      const changes = changed(original, read, (value) => value.replace(/^'(?=[=+\-@\t\r])/, ''));
      // Scores: the workbook has the number (44.295), the CSV PAPI's four decimals (44.2950).
      for (const [column, cells] of changes) {
        expect(SCORE_COLUMNS.has(column), `${column}: ${cells.slice(0, 3).join(', ')}`).toBe(true);
        for (const cell of cells) expect(sameNumber(cell), cell).toBe(true);
      }
    });
  }

  it('papi-scores.xlsx: the year and the scores are numbers; communes.xlsx: the codes are text', () => {
    expect(numberColumns(asRead('workbooks', 'papi-scores'))).toEqual(['Năm', ...SCORE_COLUMNS]);
    expect(numberColumns(asRead('workbooks', 'communes'))).toEqual([]);
  });
});

it('each published spreadsheet is tested here', () => {
  const published = readdirSync(DATA).filter((file) => /\.(csv|xlsx)$/.test(file));
  expect(published.sort()).toEqual(SHEETS.flatMap((name) => [`${name}.csv`, `${name}.xlsx`]).sort());
});
