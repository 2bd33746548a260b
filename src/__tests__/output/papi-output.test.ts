/**
 * PAPI in the built site: every province scored in a year, ranked by total, on
 * /papi/ (the latest year) and /papi/nam/<year>/; each dimension's scores by
 * province and year; the scores as open data. Expected figures are the published
 * ones (content/papi/README.md) or are computed here from the content tree.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../lib/content/csv.ts';
import { loadCorpus } from '../../lib/content/corpus.ts';
import { formatNumber } from '../../lib/format.ts';
import { publishedScoreSchema, scoreSheetSchema, type PublishedScore } from '../../schemas/open-data.ts';

const DIST = 'dist';
const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');
const page = (pathname: string) => read(path.join(pathname, 'index.html'));
/** The text of some HTML, tags dropped and white space collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.])/g, '$1')
    .trim();
const corpus = loadCorpus('content', { today: '2026-12-02' });
/** Rows per year in content/papi/scores.csv (content/papi/README.md). */
const ROWS_PER_YEAR: Record<number, number> = { 2018: 61, 2019: 63, 2020: 63, 2021: 60, 2022: 61, 2023: 61, 2024: 61 };

/** The rows of the year's table: [province id, the row's cells as text]. */
function yearRows(html: string, year: number): Array<{ province: string; cells: string[] }> {
  const table = html.match(new RegExp(`<table[^>]*data-papi-year="${year}"[^>]*>([\\s\\S]*?)</table>`))?.[1] ?? '';
  const body = table.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '';
  return [...body.matchAll(/<tr data-province="([^"]+)">([\s\S]*?)<\/tr>/g)].map((match) => ({
    province: match[1] ?? '',
    cells: [...(match[2] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1] ?? '')),
  }));
}

describe('/papi/: every province scored in the latest year', () => {
  const html = page('papi');
  const rows = yearRows(html, 2024);

  it('lists the 61 provinces scored in 2024, Quảng Ninh first with 47,8212, then Tây Ninh and Bình Thuận, in order of total', () => {
    expect(rows).toHaveLength(61);
    expect(rows[0]?.cells.slice(0, 2)).toEqual(['Quảng Ninh', '47,8212']);
    expect(rows.slice(1, 3).map((row) => row.cells[0])).toEqual(['Tây Ninh', 'Bình Thuận']);
    const totals = rows.map((row) => Number(row.cells[1]?.replace(',', '.')));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    // Province, total, eight dimensions, group: 11 cells, the dimensions with 4 decimals as published.
    const quangNinh = corpus.scores.find((score) => score.province === 'quang-ninh' && score.year === 2024);
    expect(rows[0]?.cells.slice(2, 10)).toEqual(quangNinh?.dimensions.map((value) => formatNumber(value, 'vi-VN', 4)));
    expect(rows[0]?.cells[10]).toBe('Cao nhất');
  });

  it('links each province to its page, says which two were not scored, and gives no score to a province formed in 2025', () => {
    expect(html).toContain('<a href="/dia-phuong/quang-ninh/">Quảng Ninh</a>');
    expect(text(html)).toContain('Không có điểm năm 2024 (không có dữ liệu): Tiền Giang, Vĩnh Phúc.');
    for (const merged of ['can-tho', 'dak-lak', 'lam-dong']) expect(rows.map((row) => row.province)).not.toContain(merged);
    expect(rows.map((row) => row.province)).toContain('can-tho-cu');
  });

  it('has a mean row labelled as computed by the portal over the 61 provinces, not as a PAPI figure', () => {
    const scored = corpus.scores.filter((score) => score.year === 2024);
    const mean = scored.reduce((sum, score) => sum + score.total, 0) / scored.length;
    const footer = text(html.match(/<tfoot>([\s\S]*?)<\/tfoot>/)?.[1] ?? '');
    expect(footer).toContain(`Trung bình 61 tỉnh, thành phố có điểm (cổng tính) ${formatNumber(mean, 'vi-VN', 4)}`);
    expect(text(html)).toContain('Đây không phải số liệu do PAPI công bố.');
  });

  it("labels the groups as quartiles of the year's totals, not as UNDP's groups", () => {
    expect(html).toContain('Nhóm (tứ phân vị)');
    expect(text(html)).toContain('Nhóm là tứ phân vị của tổng điểm các tỉnh trong năm đó');
  });

  it('is ordered by total without JavaScript, and says so to assistive technology', () => {
    expect(html).toMatch(/<th[^>]*data-sort-key="total"[^>]*aria-sort="descending"|<th[^>]*aria-sort="descending"[^>]*data-sort-key="total"/);
  });

  it("names the source and year, links to papi.org.vn, and draws the year's totals with the numbers as a table beside the chart", () => {
    expect(text(html)).toContain('Nguồn: PAPI, UNDP Việt Nam và đối tác, năm 2024. papi.org.vn');
    expect(html).toContain('href="https://papi.org.vn"');
    const chart = html.match(/<figure class="chart" id="chart-papi-2024"[\s\S]*?<\/figure>/)?.[0] ?? '';
    expect(chart).toContain('data-chart=');
    expect(chart.match(/<tr>\s*<th scope="row">/g)).toHaveLength(61);
  });

  it('keeps what PAPI is and the eight dimensions, and drops the old seven-province chart and table', () => {
    expect(html).toContain('Tám chỉ số nội dung');
    for (let number = 1; number <= 8; number += 1) expect(html).toContain(`href="/papi/chi-so-${number}/"`);
    expect(html).not.toContain('chart-papi-totals');
    expect(html).not.toContain('Tổng điểm PAPI (trên 80) theo năm');
  });

  it('links to every other year, each a page of its own; the latest year is /papi/ itself', () => {
    for (const year of [2018, 2019, 2020, 2021, 2022, 2023]) {
      expect(html).toContain(`href="/papi/nam/${year}/"`);
      expect(existsSync(path.join(DIST, 'papi', 'nam', String(year), 'index.html'))).toBe(true);
      expect(existsSync(path.join(DIST, 'en', 'papi', 'nam', String(year), 'index.html'))).toBe(true);
    }
    expect(existsSync(path.join(DIST, 'papi', 'nam', '2024'))).toBe(false);
    expect(html).toContain('<a href="/papi/" aria-current="page">2024</a>');
  });
});

describe('/papi/nam/<year>/', () => {
  it('2023 has no row for Quảng Ninh or Bình Dương and says they were not scored', () => {
    const html = page('papi/nam/2023');
    const rows = yearRows(html, 2023);
    expect(rows).toHaveLength(61);
    expect(rows.map((row) => row.province)).not.toContain('quang-ninh');
    expect(rows.map((row) => row.province)).not.toContain('binh-duong');
    expect(rows[0]?.cells.slice(0, 2)).toEqual(['Thừa Thiên Huế', '46,0415']);
    expect(text(html)).toContain('Không có điểm năm 2023 (không có dữ liệu): Bình Dương, Quảng Ninh.');
    expect(html).toContain('<a href="/papi/">2024</a>');
    expect(text(html)).toContain('Nguồn: PAPI, UNDP Việt Nam và đối tác, năm 2023.');
  });

  it('every year lists as many provinces as PAPI scored that year, and 2019 says all 63 were scored', () => {
    for (const [year, count] of Object.entries(ROWS_PER_YEAR)) {
      const html = Number(year) === 2024 ? page('papi') : page(`papi/nam/${year}`);
      expect(yearRows(html, Number(year)), year).toHaveLength(count);
    }
    expect(text(page('papi/nam/2019'))).toContain('Năm 2019, PAPI có điểm của cả 63 tỉnh, thành phố.');
  });

  it('the English pages exist, with English numbers and the same statements', () => {
    const latest = page('en/papi');
    expect(yearRows(latest, 2024)[0]?.cells.slice(0, 2)).toEqual(['Quảng Ninh', '47.8212']);
    expect(latest).toContain('href="/en/papi/nam/2023/"');
    const html = page('en/papi/nam/2023');
    expect(text(html)).toContain('Not scored in 2023 (no data): Bình Dương, Quảng Ninh.');
    expect(text(html)).toContain('computed by the portal');
    expect(text(html)).toContain('Group (quartile)');
    expect(html).toContain('<a href="/en/dia-phuong/hue/">Thừa Thiên Huế</a>');
  });
});

describe('dimension pages: the provinces’ scores on the dimension, 2018–2024', () => {
  const table = (html: string) => html.match(/<table[^>]*data-papi-dimension="(\d)"[^>]*>([\s\S]*?)<\/table>/);

  it('/papi/chi-so-1/ keeps its tasks and adds a table of the 63 provinces by year, "no data" where PAPI has none, never 0', () => {
    const html = page('papi/chi-so-1');
    expect(html.indexOf('id="sub-1-1"')).toBeLessThan(html.indexOf('data-papi-dimension'));
    const body = table(html)?.[2] ?? '';
    const rows = [...body.matchAll(/<tr data-province="([^"]+)">([\s\S]*?)<\/tr>/g)];
    expect(rows).toHaveLength(63);
    const cells = (id: string) =>
      [...(rows.find((row) => row[1] === id)?.[2] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1] ?? ''));
    const quangNinh = corpus.scores.filter((score) => score.province === 'quang-ninh');
    const value = (year: number) => quangNinh.find((score) => score.year === year)?.dimensions[0];
    expect(cells('quang-ninh')).toEqual([
      'Quảng Ninh',
      'Không có dữ liệu',
      formatNumber(value(2019) ?? 0, 'vi-VN', 4),
      formatNumber(value(2020) ?? 0, 'vi-VN', 4),
      'Không có dữ liệu',
      formatNumber(value(2022) ?? 0, 'vi-VN', 4),
      'Không có dữ liệu',
      formatNumber(value(2024) ?? 0, 'vi-VN', 4),
    ]);
    expect(body.match(/Không có dữ liệu/g)).toHaveLength(63 * 7 - 430);
    expect(body).not.toMatch(/>0,0000</);
  });

  it('every dimension page in both languages has its table, with a portal-computed mean and the source', () => {
    for (const prefix of ['', 'en/']) {
      for (let number = 1; number <= 8; number += 1) {
        const html = page(`${prefix}papi/chi-so-${number}`);
        expect(table(html)?.[1]).toBe(String(number));
        expect(html).toContain(prefix ? 'computed by the portal' : 'cổng tính');
        expect(text(html)).toContain(prefix ? 'Source: PAPI, UNDP Viet Nam and partners, 2018–2024.' : 'Nguồn: PAPI, UNDP Việt Nam và đối tác, năm 2018–2024.');
      }
    }
  });
});

describe('the scores as open data', () => {
  const json = JSON.parse(read('data/papi-scores.json')) as PublishedScore[];

  it('/data/papi-scores.json has the 430 rows, each valid against the zod schema and against the published JSON Schema', () => {
    expect(json).toHaveLength(430);
    expect(json.filter((row) => !publishedScoreSchema.safeParse(row).success)).toEqual([]);
    const jsonSchema = JSON.parse(read('data/papi-scores.schema.json')) as Parameters<typeof z.fromJSONSchema>[0] & {
      type: string;
      items: { required: string[] };
    };
    expect(jsonSchema.type).toBe('array');
    expect(jsonSchema.items.required).toEqual(Object.keys(publishedScoreSchema.shape));
    const fromFile = z.fromJSONSchema(jsonSchema);
    expect(fromFile.safeParse(json).success).toBe(true);
    // The published schema does refuse a wrong row: a dimension out of range, a zero for "no data".
    expect(fromFile.safeParse([{ ...json[0], d1: 0 }]).success).toBe(false);
  });

  it('holds the published figures, one row per province and year scored, per year as PAPI scored, and nothing for a merged province', () => {
    const perYear = Object.fromEntries(Object.keys(ROWS_PER_YEAR).map((year) => [year, json.filter((row) => row.year === Number(year)).length]));
    expect(perYear).toEqual(Object.fromEntries(Object.entries(ROWS_PER_YEAR).map(([year, count]) => [year, count])));
    expect(new Set(json.map((row) => `${row.province_id} ${row.year}`)).size).toBe(430);
    expect(json.find((row) => row.province_id === 'quang-ninh' && row.year === 2024)).toMatchObject({
      province: 'Quảng Ninh',
      total: 47.8212,
      group: 'highest',
    });
    expect(json.find((row) => row.province_id === 'hue' && row.year === 2023)).toMatchObject({ province: 'Thừa Thiên Huế', total: 46.0415 });
    expect(json.find((row) => row.province_id === 'can-tho-cu' && row.year === 2022)).toMatchObject({
      province: 'Cần Thơ',
      province_name: 'Cần Thơ (cũ)',
      total: 39.9747,
    });
    expect(json.filter((row) => ['can-tho', 'dak-lak', 'lam-dong'].includes(row.province_id))).toEqual([]);
    expect(json.filter((row) => row.province_id === 'quang-ninh' && row.year === 2023)).toEqual([]);
    for (const row of json) expect(row.source_url).toBe('https://papi.org.vn');
    expect(json[0]?.source).toBe('PAPI 2018, UNDP Việt Nam và đối tác');
  });

  it('/data/papi-scores.csv has a byte-order mark and the same 430 rows and columns', () => {
    const csv = read('data/papi-scores.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(csv)[0]).toEqual(Object.keys(scoreSheetSchema.shape));
    const { records: rows, problem } = csvRecords(csv);
    expect(problem).toBeNull();
    const records = rows.map((row) => row.values);
    expect(records).toHaveLength(430);
    expect(records.map((record) => [record['Mã tỉnh (trước 01/07/2025)'], Number(record['Năm']), Number(record['Tổng điểm (trên 80)'])])).toEqual(
      json.map((row) => [row.province_id, row.year, row.total]),
    );
  });

  it('is in the data package, with typed CSV columns, and on the data page in both languages', () => {
    const datapackage = JSON.parse(read('data/datapackage.json')) as {
      resources: Array<{ name: string; path: string; schema?: string | { fields: Array<{ name: string; type: string }> } }>;
    };
    const byName = new Map(datapackage.resources.map((resource) => [resource.name, resource]));
    expect(byName.get('papi-scores')).toMatchObject({ path: 'papi-scores.json', schema: 'papi-scores.schema.json' });
    const csv = byName.get('papi-scores-csv');
    expect(csv?.path).toBe('papi-scores.csv');
    const fields = typeof csv?.schema === 'object' ? csv.schema.fields : [];
    const type = (name: string) => fields.find((field) => field.name === name)?.type;
    expect([type('Mã tỉnh (trước 01/07/2025)'), type('Năm'), type('Chỉ số 1'), type('Tổng điểm (trên 80)'), type('Nhóm (tứ phân vị)')]).toEqual([
      'string',
      'integer',
      'number',
      'number',
      'string',
    ]);
    for (const prefix of ['', 'en/']) {
      const html = page(`${prefix}du-lieu`);
      for (const file of ['papi-scores.json', 'papi-scores.csv', 'papi-scores.schema.json']) expect(html).toContain(`href="/data/${file}"`);
    }
  });
});
