import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Locality } from '../../schemas/locality.ts';
import { publishedLocalities } from './records.ts';
import { provinceThenAndNow, SCORE_DECIMALS, sheetRows, sheetText } from './sheets.ts';
import { columnName, writeXlsx, xmlText } from './xlsx.ts';
import { scoreSheetSchema, taskSheetSchema } from '../../schemas/open-data.ts';

describe('the task text of the spreadsheets', () => {
  it('is the text alone when it already holds every bullet item (the five plans): nothing is repeated', () => {
    const text = '- Tăng cường công tác thanh tra;\n- Tăng cường thanh tra, kiểm tra các cơ sở giáo dục.';
    expect(sheetText(text, ['Tăng cường công tác thanh tra;', 'Tăng cường thanh tra, kiểm tra các cơ sở giáo dục.'])).toBe(text);
  });

  it('adds an item the text does not hold, once, on its own line', () => {
    expect(sheetText('Tuyên truyền:', ['Tuyên truyền:', 'Mở lớp tập huấn'])).toBe('Tuyên truyền:\n- Mở lớp tập huấn');
    expect(sheetText('', ['Mở lớp tập huấn'])).toBe('- Mở lớp tập huấn');
  });
});

describe('provinces then and now', () => {
  const locality = (id: string, full_name: string, change_2025: Locality['change_2025']): Locality => ({
    id,
    name: full_name,
    full_name,
    type: 'province',
    parent: null,
    aliases: [],
    change_2025,
    coordinates: null,
    role: 'province',
    named_in: null,
  });
  const source = { title: 'Nghị quyết 202/2025/QH15', number: '202/2025/QH15', date: '2025-06-12', url: null };
  const localities = [
    locality('soc-trang', 'tỉnh Sóc Trăng', { kind: 'merged', into: 'can-tho', effective: '2025-07-01', source, note: { vi: 'a', en: 'b' } }),
    locality('lang-son', 'tỉnh Lạng Sơn', { kind: 'unchanged', into: null, effective: '2025-07-01', source, note: { vi: 'a', en: 'b' } }),
    locality('can-tho', 'thành phố Cần Thơ', null),
  ];

  it('names the province of issue and the one covering its area since 1 July 2025', () => {
    expect(provinceThenAndNow('soc-trang', { localities, places: null })).toEqual({ then: 'tỉnh Sóc Trăng', now: 'thành phố Cần Thơ' });
    expect(provinceThenAndNow('lang-son', { localities, places: null })).toEqual({ then: 'tỉnh Lạng Sơn', now: 'tỉnh Lạng Sơn' });
  });
});

describe('sheet rows', () => {
  it('have the schema keys as header and empty cells for null', () => {
    const [header, row] = sheetRows(taskSheetSchema, [{ 'Mã nhiệm vụ': 'x', 'Số thứ tự': null, 'Chỉ số PAPI': 3 }]);
    expect(header?.[0]).toBe('Mã nhiệm vụ');
    expect(header).toHaveLength(Object.keys(taskSheetSchema.shape).length);
    expect(row?.slice(0, 1)).toEqual(['x']);
    expect(row?.[header?.indexOf('Số thứ tự') ?? -1]).toBe('');
    expect(row?.[header?.indexOf('Chỉ số PAPI') ?? -1]).toBe('3');
  });

  it("write the scores with PAPI's four decimals, so that Vietnamese settings cannot take 44.295 for 44295", () => {
    const [header = [], row = []] = sheetRows(scoreSheetSchema, [{ Năm: 2018, 'Chỉ số 3': 5.203, 'Tổng điểm (trên 80)': 44.295 }], SCORE_DECIMALS);
    expect(row[header.indexOf('Chỉ số 3')]).toBe('5.2030');
    expect(row[header.indexOf('Tổng điểm (trên 80)')]).toBe('44.2950');
    expect(row[header.indexOf('Năm')]).toBe('2018');
  });
});

describe('the .xlsx writer', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('escapes XML and drops the characters XML cannot hold', () => {
    expect(xmlText('a<b & "c"\u0001\n')).toBe('a&lt;b &amp; &quot;c&quot;\n');
  });

  it('writes a workbook whose sheet holds the rows, text verbatim and numbers as numbers', async () => {
    const bytes = await writeXlsx(
      'Nhiệm vụ',
      [
        ['Mã', 'Nội dung', 'Chỉ số'],
        ['a-1', '- Tuyên truyền\nhai dòng', 3],
        ['a-2', null, 47.8212],
      ],
      new Date('2026-12-03T00:00:00Z'),
    );
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].sort(),
    );
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(sheet.match(/<row /g)).toHaveLength(3);
    expect(sheet).toContain('<t xml:space="preserve">- Tuyên truyền\nhai dòng</t>');
    expect(sheet).toContain('<c r="C3"><v>47.8212</v></c>');
    expect(await zip.file('xl/workbook.xml')?.async('string')).toContain('<sheet name="Nhiệm vụ"');
  });

  it('writes a sheet of 200,000 rows (national scale) whole, in the order given', async () => {
    const rows = [['Mã', 'Số'], ...Array.from({ length: 200_000 }, (_, i) => [`hoà-${i}`, i])];
    const zip = await JSZip.loadAsync(await writeXlsx('Nhiệm vụ', rows, new Date('2026-12-03T00:00:00Z')));
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(sheet).toContain('<dimension ref="A1:B200001"/>');
    expect(sheet.match(/<row /g)).toHaveLength(200_001);
    expect(sheet).toContain(
      '<row r="200001"><c r="A200001" t="inlineStr"><is><t xml:space="preserve">hoà-199999</t></is></c><c r="B200001"><v>199999</v></c></row>',
    );
    expect(sheet.endsWith('</sheetData><autoFilter ref="A1:B200001"/></worksheet>')).toBe(true);
    expect(await zip.file('xl/workbook.xml')?.async('string')).toContain("'Nhiệm vụ'!$A$1:$B$200001");
  });

  it('gives the same bytes for the same rows', async () => {
    const date = new Date('2026-12-03T00:00:00Z');
    expect(await writeXlsx('S', [['a']], date)).toEqual(await writeXlsx('S', [['a']], date));
  });

  it('refuses a sheet name Excel would not open', async () => {
    await expect(writeXlsx('a/b', [], new Date())).rejects.toThrow(/not one Excel accepts/);
  });
});

describe('the published localities', () => {
  it('name the unit that covers a merged place, and the legal act with its number', () => {
    const source = { title: 'Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh năm 2025', number: '202/2025/QH15', date: '2025-06-12', url: null };
    const change = { kind: 'merged' as const, into: 'can-tho', effective: '2025-07-01', source, note: { vi: 'a', en: 'b' } };
    const localities = [
      {
        id: 'soc-trang',
        name: 'Sóc Trăng',
        full_name: 'tỉnh Sóc Trăng',
        type: 'province',
        parent: null,
        aliases: [],
        change_2025: change,
        coordinates: null,
        role: 'province',
        named_in: null,
      },
      {
        id: 'can-tho',
        name: 'Cần Thơ',
        full_name: 'thành phố Cần Thơ',
        type: 'city',
        parent: null,
        aliases: [],
        change_2025: null,
        coordinates: null,
        role: 'province',
        named_in: null,
      },
    ] as Locality[];
    expect(publishedLocalities({ localities }).map((locality) => [locality.id, locality.now_in_name, locality.change_source, locality.url])).toEqual([
      ['can-tho', null, null, '/dia-phuong/can-tho/'],
      ['soc-trang', 'thành phố Cần Thơ', 'Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh năm 2025 (202/2025/QH15)', '/dia-phuong/soc-trang/'],
    ]);
  });
});
