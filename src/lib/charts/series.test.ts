import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../__tests__/real-import.ts';
import {
  chartProvinces,
  countAxis,
  countStep,
  dimensionByYear,
  dimensionLabels,
  dimensionVariants,
  groupsByYear,
  latestCommonYear,
  scoreYears,
  tasksPerDimension,
  TOTAL_AXIS,
  totalsByYear,
  yearTotalsSpec,
} from './series.ts';
import { chartSpecSchema } from '../../schemas/chart.ts';

const { scores, tasks, dimensions, localities, plans } = realCorpus;
const years = scoreYears(scores);

describe('PAPI series', () => {
  it('covers 2018–2024', () => {
    expect(years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });
  it("gives Sóc Trăng's totals by year, as published", () => {
    expect(totalsByYear(scores, 'soc-trang', years)).toEqual([43.3737, 42.9743, 39.4765, 40.0361, 42.8559, 45.6196, 45.1864]);
  });
  it('leaves a gap (null), never a zero, for a year a province was not scored: Quảng Ninh 2023', () => {
    const y2023 = years.indexOf(2023);
    expect(totalsByYear(scores, 'quang-ninh', years)[y2023]).toBeNull();
    expect(dimensionByYear(scores, 'quang-ninh', 1, years)[y2023]).toBeNull();
    expect(groupsByYear(scores, 'quang-ninh', years)[y2023]).toBeNull();
    expect(dimensionVariants(scores, [{ id: 'quang-ninh', label: 'Quảng Ninh' }])['2023']?.[0]?.data).toEqual([null, null, null, null, null, null, null, null]);
  });
  it('gives the eight dimensions of a province in a year, in order', () => {
    expect(
      dimensionVariants(scores, [
        { id: 'soc-trang', label: 'Sóc Trăng' },
        { id: 'can-tho-cu', label: 'Cần Thơ' },
      ])['2024'],
    ).toEqual([
      { label: 'Sóc Trăng', data: [4.9695, 5.5659, 4.1899, 7.8286, 7.4155, 8.1561, 3.8965, 3.1644] },
      { label: 'Cần Thơ', data: [3.6055, 4.4498, 3.9863, 6.8227, 7.1364, 7.1852, 3.8752, 3.3816] },
    ]);
  });
  it('picks the latest year every province has results for', () => {
    expect(latestCommonYear(scores, ['soc-trang', 'can-tho-cu'])).toBe(2024);
    expect(latestCommonYear([], ['soc-trang'])).toBeNull();
  });
  it('labels dimensions with their number and short name', () => {
    expect(dimensionLabels(dimensions, 'vi')).toHaveLength(8);
    expect(dimensionLabels(dimensions, 'en')[0]).toMatch(/^1\. /);
  });
});

describe("a guide's PAPI chart", () => {
  it('draws the provinces of the published plans by default, not all 63, and the ones asked for when given', () => {
    expect(
      chartProvinces(scores, localities, plans)
        .provinces.map((locality) => locality.id)
        .sort(),
    ).toEqual(['dak-nong', 'lang-son', 'phu-yen', 'soc-trang']);
    expect(chartProvinces(scores, localities, plans, ['quang-ninh', 'can-tho-cu'])).toEqual({
      provinces: localities.filter((locality) => ['quang-ninh', 'can-tho-cu'].includes(locality.id)),
      unknown: [],
    });
  });
  it('names the ids asked for that have no PAPI score, such as a province formed in 2025', () => {
    expect(chartProvinces(scores, localities, plans, ['can-tho', 'soc-trang']).unknown).toEqual(['can-tho']);
  });
});

describe("a year's totals as a chart", () => {
  it('is a valid horizontal bar chart on the 0–80 scale, one bar per province in the order given', () => {
    const spec = chartSpecSchema.parse(
      yearTotalsSpec(
        'chart-papi-2024',
        [
          { label: 'Quảng Ninh', total: 47.8212 },
          { label: 'Tây Ninh', total: 47.35 },
        ],
        'Tổng điểm 2024',
      ),
    );
    expect(spec).toMatchObject({ type: 'bar', horizontal: true, labels: ['Quảng Ninh', 'Tây Ninh'], min: 0, max: 80, decimals: 4 });
    expect(spec.series).toEqual([{ label: 'Tổng điểm 2024', data: [47.8212, 47.35] }]);
  });
});

describe('tasks per dimension', () => {
  it("counts Ngã Năm's tasks by dimension as printed (4,4,2,4,1,4,2,3)", () => {
    expect(tasksPerDimension(tasks.filter((task) => task.plan === 'nga-nam-2021'))).toEqual({ byDimension: [4, 4, 2, 4, 1, 4, 2, 3], unfiled: 0 });
  });
  it("counts Sóc Trăng's activities, grouped otherwise, as filed under no dimension", () => {
    expect(tasksPerDimension(tasks.filter((task) => task.plan === 'soc-trang-2023'))).toEqual({ byDimension: [0, 0, 0, 0, 0, 0, 0, 0], unfiled: 21 });
  });
});

describe('axes that do not mislead', () => {
  it('draws PAPI totals from 0 to 80, not on a range cut to the data (Sóc Trăng between 39 and 46)', () => {
    expect(TOTAL_AXIS).toEqual({ min: 0, max: 80 });
    const soc = totalsByYear(scores, 'soc-trang', years).filter((value): value is number => value !== null);
    expect(Math.min(...soc)).toBeGreaterThan(TOTAL_AXIS.min);
    expect(Math.max(...soc)).toBeLessThanOrEqual(TOTAL_AXIS.max);
  });
  it('counts up to 8 tick every whole number, from 0', () => {
    expect(countAxis([4, 3, 2, 1, 0, 0, 0, 0])).toEqual({ min: 0, max: 4, step: 1 });
    expect(countAxis([8])).toEqual({ min: 0, max: 8, step: 1 });
  });
  it('larger counts tick in whole steps of 1, 2 or 5 times a power of ten, the top rounded up to a step', () => {
    expect(countStep(9)).toBe(2);
    expect(countAxis([9, 1])).toEqual({ min: 0, max: 10, step: 2 });
    expect(countAxis([38])).toEqual({ min: 0, max: 40, step: 5 });
    expect(countAxis([104])).toEqual({ min: 0, max: 120, step: 20 });
  });
  it('an empty or all-zero chart still has an axis of one step, and missing values are not zeros', () => {
    expect(countAxis([])).toEqual({ min: 0, max: 1, step: 1 });
    expect(countAxis([0, null, 0])).toEqual({ min: 0, max: 1, step: 1 });
    expect(countAxis([null, 3])).toEqual({ min: 0, max: 3, step: 1 });
  });
  it('the tasks-per-dimension chart of every plan has whole-number ticks', () => {
    for (const plan of plans) {
      const { byDimension } = tasksPerDimension(tasks.filter((task) => task.plan === plan.id));
      const axis = countAxis(byDimension);
      expect(Number.isInteger(axis.step), plan.id).toBe(true);
      expect(axis.max).toBeGreaterThanOrEqual(Math.max(...byDimension));
      expect(chartSpecSchema.safeParse({ id: 'c', type: 'bar', labels: ['a'], series: [{ label: 'n', data: [1] }], decimals: 0, ...axis }).success).toBe(true);
    }
  });
});
