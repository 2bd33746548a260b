import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../__tests__/real-import.ts';
import { dimensionByProvince, latestPapiYear, papiYearView, rankedYear, scoredProvinces, unscoredInYear, yearMean } from './papi-view.ts';

const { scores } = realCorpus;
/** Rows per year in content/papi/scores.csv (content/papi/README.md). */
const ROWS_PER_YEAR = { 2018: 61, 2019: 63, 2020: 63, 2021: 60, 2022: 61, 2023: 61, 2024: 61 };

describe('PAPI results of every province, year by year', () => {
  it('ranks a year by total, highest first: 2024 has 61 provinces, Quảng Ninh 47.8212 first, then Tây Ninh and Bình Thuận', () => {
    const ranked = rankedYear(scores, 2024);
    expect(ranked).toHaveLength(61);
    expect(ranked.slice(0, 3).map((score) => [score.papi_name, score.total])).toEqual([
      ['Quảng Ninh', 47.8212],
      [expect.stringMatching(/^Tây Ninh$/), expect.closeTo(47.35, 2)],
      [expect.stringMatching(/^Bình Thuận$/), expect.closeTo(47.13, 2)],
    ]);
    for (let index = 1; index < ranked.length; index += 1) expect(ranked[index - 1]!.total).toBeGreaterThanOrEqual(ranked[index]!.total);
    expect(rankedYear(scores, 2023)[0]).toMatchObject({ papi_name: 'Thừa Thiên Huế', province: 'hue', total: 46.0415 });
    expect(rankedYear(scores, 2023).at(-1)).toMatchObject({ papi_name: 'Đắk Nông', total: expect.closeTo(38.97, 2) });
  });

  it('has as many rows each year as PAPI scored provinces, 63 provinces in all, and the latest year is 2024', () => {
    for (const [year, count] of Object.entries(ROWS_PER_YEAR)) expect(rankedYear(scores, Number(year)), year).toHaveLength(count);
    expect(scoredProvinces(scores)).toHaveLength(63);
    expect(latestPapiYear(scores)).toBe(2024);
    expect(latestPapiYear([])).toBeNull();
  });

  it('lists the provinces not scored in a year, by name, and no one else', () => {
    const names = (year: number) => unscoredInYear(scores, year).map((province) => province.papiName);
    expect(names(2018)).toEqual(['Đồng Tháp', 'Quảng Ninh']);
    expect(names(2019)).toEqual([]);
    expect(names(2021)).toEqual(['Bắc Giang', 'Bắc Ninh', 'Quảng Ninh']);
    expect(names(2022)).toEqual(['Bắc Giang', 'Bắc Ninh']);
    expect(names(2023)).toEqual(['Bình Dương', 'Quảng Ninh']);
    expect(names(2024)).toEqual(['Tiền Giang', 'Vĩnh Phúc']);
    expect(unscoredInYear(scores, 2023).map((province) => province.id)).toEqual(['binh-duong', 'quang-ninh']);
  });

  it('takes the mean over the provinces scored that year only: 2021 over 60 provinces is 42.407…, as the press reported it', () => {
    const mean2021 = yearMean(scores, 2021);
    expect(mean2021?.count).toBe(60);
    // Reported as 42,407 (cut, not rounded): the mean is 42.4078…
    expect(Math.trunc((mean2021?.total ?? 0) * 1000) / 1000).toBe(42.407);
    // 2019's national mean was reported as 43,61 (the mean of the 63 is 43.616…).
    expect(Math.trunc((yearMean(scores, 2019)?.total ?? 0) * 100) / 100).toBe(43.61);
    const twentyThree = scores.filter((score) => score.year === 2023);
    expect(yearMean(scores, 2023)?.total).toBeCloseTo(twentyThree.reduce((sum, score) => sum + score.total, 0) / 61, 10);
    expect(yearMean(scores, 2023)?.dimensions[0]).toBeCloseTo(twentyThree.reduce((sum, score) => sum + score.dimensions[0], 0) / 61, 10);
    expect(yearMean(scores, 2017)).toBeNull();
  });

  it("a year's view: the year's rows, every year to link to, the mean and the provinces without data", () => {
    const view = papiYearView(scores, 2023);
    expect(view?.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(view?.latest).toBe(2024);
    expect(view?.rows.map((score) => score.province)).not.toContain('quang-ninh');
    expect(view?.mean.count).toBe(61);
    expect(view?.unscored.map((province) => province.papiName)).toEqual(['Bình Dương', 'Quảng Ninh']);
    expect(papiYearView(scores, 2017)).toBeNull();
  });

  it("one dimension's scores by province and year: null (no data), never zero, where a province was not scored", () => {
    const years = [2018, 2019, 2020, 2021, 2022, 2023, 2024];
    const rows = dimensionByProvince(scores, 1, years);
    expect(rows).toHaveLength(63);
    const quangNinh = rows.find((row) => row.province.id === 'quang-ninh');
    expect(quangNinh?.values.map((value) => value === null)).toEqual([true, false, false, true, false, true, false]);
    const socTrang = rows.find((row) => row.province.id === 'soc-trang');
    expect(socTrang?.values[6]).toBe(scores.find((score) => score.province === 'soc-trang' && score.year === 2024)?.dimensions[0]);
    expect(rows.flatMap((row) => row.values).filter((value) => value === 0)).toEqual([]);
    expect(rows.flatMap((row) => row.values).filter((value) => value === null)).toHaveLength(63 * 7 - 430);
    expect(rows[0]?.province.papiName).toBe('An Giang');
  });
});
