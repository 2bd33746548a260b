/**
 * The spreadsheet files of dist/data/ (npm run build first), read as a spreadsheet
 * program would: a strict RFC 4180 reader below (not the site's own parser), headers
 * against the sheet schemas, row counts against the JSON files, no cell a spreadsheet
 * would run as a formula, and the .xlsx files opened with jszip and read as XML.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { sheetText } from '../../lib/open-data/sheets.ts';
import { readRfc4180 } from '../sheet-reader.ts';
import {
  communeSheetSchema,
  localitySheetSchema,
  progressSheetSchema,
  scoreSheetSchema,
  taskSheetSchema,
  type PublishedPlan,
  type PublishedTask,
} from '../../schemas/open-data.ts';

const DIST = 'dist';
const bytes = (file: string) => readFileSync(path.join(DIST, 'data', file));
const json = <T>(file: string): T => JSON.parse(bytes(file).toString('utf8')) as T;

/** A CSV of dist/data/: UTF-8 with a byte-order mark, read strictly. */
function sheet(file: string): { header: string[]; rows: string[][] } {
  const raw = bytes(file);
  expect([...raw.subarray(0, 3)], `${file} starts with the UTF-8 byte-order mark`).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(raw.subarray(3));
  const [header = [], ...rows] = readRfc4180(text, ',');
  return { header, rows };
}

const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?\d+(?:\.\d+)?$/;
/** Cells a spreadsheet would run as a formula: neither neutralised with an apostrophe nor a plain number. */
const formulaCells = (rows: string[][]) => rows.flat().filter((cell) => FORMULA.test(cell) && !NUMBER.test(cell));

const SHEETS: Array<{ csv: string; json: string; schema: z.ZodObject }> = [
  { csv: 'tasks.csv', json: 'tasks.json', schema: taskSheetSchema },
  { csv: 'progress.csv', json: 'progress.json', schema: progressSheetSchema },
  { csv: 'papi-scores.csv', json: 'papi-scores.json', schema: scoreSheetSchema },
  { csv: 'localities.csv', json: 'localities.json', schema: localitySheetSchema },
  { csv: 'communes.csv', json: 'communes.json', schema: communeSheetSchema },
];
const planFiles = readdirSync(path.join(DIST, 'data', 'ke-hoach'))
  .filter((name) => name.endsWith('.csv'))
  .map((name) => name.replace(/\.csv$/, ''));

describe('the CSV files for spreadsheets', () => {
  it('the strict reader refuses what RFC 4180 does not allow', () => {
    expect(readRfc4180('a,"b\nc"\r\n1,2\r\n', ',')).toEqual([
      ['a', 'b\nc'],
      ['1', '2'],
    ]);
    expect(readRfc4180('a;"b;""c"""\r\n', ';')).toEqual([['a', 'b;"c"']]);
    expect(() => readRfc4180('a,b\n', ',')).toThrow(/bare LF/);
    expect(() => readRfc4180('a,b"c\r\n', ',')).toThrow(/quote inside an unquoted field/);
    expect(() => readRfc4180('a,"b\r\n', ',')).toThrow(/not closed/);
    expect(() => readRfc4180('a,b\r\n1\r\n', ',')).toThrow(/record 2 has 1 fields/);
    expect(() => readRfc4180('a,b', ',')).toThrow(/does not end with CRLF/);
  });

  for (const { csv, json: jsonFile, schema } of SHEETS) {
    it(`${csv}: Vietnamese headers from its sheet schema, one row per record of ${jsonFile}, no formula`, () => {
      const { header, rows } = sheet(csv);
      expect(header).toEqual(Object.keys(schema.shape));
      expect(rows).toHaveLength(json<unknown[]>(jsonFile).length);
      expect(formulaCells(rows)).toEqual([]);
    });
  }

  it("each plan's CSV has the columns of tasks.csv and that plan's rows", () => {
    expect(planFiles.sort()).toEqual(
      json<PublishedPlan[]>('plans.json')
        .map((plan) => plan.id)
        .sort(),
    );
    const all = sheet('tasks.csv');
    for (const plan of planFiles) {
      const { header, rows } = sheet(`ke-hoach/${plan}.csv`);
      expect(header).toEqual(all.header);
      expect(rows).toEqual(all.rows.filter((row) => row[all.header.indexOf('Mã kế hoạch')] === plan));
      expect(formulaCells(rows)).toEqual([]);
    }
  });

  it('tasks.csv: one text column, each bullet item once; line breaks kept inside quoted cells', () => {
    const { header, rows } = sheet('tasks.csv');
    const column = (name: string) => header.indexOf(name);
    const tasks = json<PublishedTask[]>('tasks.json');
    expect(header).not.toContain('actions');
    tasks.forEach((task, index) => {
      const cell = rows[index]?.[column('Nội dung nhiệm vụ (nguyên văn)')] ?? '';
      // The writer puts an apostrophe before a cell starting with "-" (a formula character).
      expect(cell.replace(/^'/, '')).toBe(sheetText(task.text, task.actions));
      for (const action of task.actions) expect(cell.split(action).length - 1, `${task.id}: "${action.slice(0, 30)}…" once`).toBeGreaterThanOrEqual(1);
    });
    expect(rows.filter((row) => row[column('Nội dung nhiệm vụ (nguyên văn)')]?.includes('\n')).length).toBeGreaterThan(0);
    expect(tasks.filter((task) => task.actions.length > 0 && task.text.includes(task.actions[0] ?? ''))).not.toHaveLength(0);
  });

  it('tasks.csv: statuses in Vietnamese as the pages say them, the plan title and the provinces then and now', () => {
    const { header, rows } = sheet('tasks.csv');
    const values = (name: string) => new Set(rows.map((row) => row[header.indexOf(name)]));
    expect(values('Tình trạng')).toEqual(new Set(['Cổng chưa nhận được báo cáo']));
    const ngaNam = rows.find((row) => row[header.indexOf('Mã kế hoạch')] === 'nga-nam-2021') ?? [];
    const cell = (name: string) => ngaNam[header.indexOf(name)];
    expect(cell('Tên kế hoạch')).toBe(json<PublishedPlan[]>('plans.json').find((plan) => plan.id === 'nga-nam-2021')?.title);
    expect(cell('Tỉnh khi ban hành')).toBe('tỉnh Sóc Trăng');
    expect(cell('Tỉnh hiện nay (từ 01/07/2025)')).toBe('thành phố Cần Thơ');
    expect(cell('Địa phương ban hành')).toBe('thị xã Ngã Năm');
  });

  it('addresses are absolute under SITE_URL, or paths from the root when the build had none, as datapackage.json says', () => {
    const { header, rows } = sheet('tasks.csv');
    const datapackage = json<{ resources: Array<{ name: string; description: string }> }>('datapackage.json');
    const description = datapackage.resources.find((resource) => resource.name === 'tasks-csv')?.description ?? '';
    const urls = rows.map((row) => row[header.indexOf('Đường dẫn')] ?? '');
    const relative = description.includes('without SITE_URL');
    for (const url of urls) expect(relative ? url.startsWith('/nhiem-vu/') : /^https?:\/\/[^/]+\/nhiem-vu\//.test(url), url).toBe(true);
    for (const url of urls.filter((entry) => entry.startsWith('/'))) expect(existsSync(path.join(DIST, url, 'index.html')), url).toBe(true);
  });
});

/** The rows of the first sheet of an .xlsx: cell values by row, inline strings and numbers. */
async function xlsxRows(file: string): Promise<Array<Array<string | number>>> {
  const zip = await JSZip.loadAsync(bytes(file));
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  expect(types).toContain('spreadsheetml.sheet.main+xml');
  const xml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  const unescape = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<row r="(\d+)">(.*?)<\/row>/gs)].map(([, , cells = '']) =>
    [...cells.matchAll(/<c r="[A-Z]+\d+"[^>]*?(?: t="inlineStr")?>(?:<is><t[^>]*>(.*?)<\/t><\/is>|<v>(.*?)<\/v>)<\/c>/gs)].map(([, text, number]) =>
      text !== undefined ? unescape(text) : Number(number),
    ),
  );
}

describe('the .xlsx files', () => {
  for (const { csv, json: jsonFile, schema } of SHEETS) {
    const xlsx = csv.replace(/\.csv$/, '.xlsx');
    it(`${xlsx}: the header row of ${csv} and one row per record of ${jsonFile}`, async () => {
      const rows = await xlsxRows(xlsx);
      expect(rows[0]).toEqual(Object.keys(schema.shape));
      expect(rows).toHaveLength(json<unknown[]>(jsonFile).length + 1);
    });
  }

  it('papi-scores.xlsx: the header row of papi-scores.csv, one row per score, scores as numbers', async () => {
    const rows = await xlsxRows('papi-scores.xlsx');
    expect(rows[0]).toEqual(Object.keys(scoreSheetSchema.shape));
    expect(rows).toHaveLength(json<unknown[]>('papi-scores.json').length + 1);
    const total = (rows[0] as string[]).indexOf('Tổng điểm (trên 80)');
    expect(rows.slice(1).every((row) => typeof row[total] === 'number')).toBe(true);
  });
});
