/**
 * The data behind the charts, shaped at build time from the content: PAPI
 * scores by year and by dimension, and a plan's tasks by dimension. A missing
 * score stays null, so a chart shows a gap and a table says "no data", never 0.
 */
import type { Dimension } from '../../schemas/dimension.ts';
import type { Score } from '../../schemas/score.ts';
import type { Task } from '../../schemas/task.ts';
import type { ChartSeries } from '../../schemas/chart.ts';
import type { Lang } from '../locales.ts';

/** The years PAPI results are published for in the content, oldest first. */
export function scoreYears(scores: readonly Score[]): number[] {
  return [...new Set(scores.map((score) => score.year))].sort((a, b) => a - b);
}

function find(scores: readonly Score[], province: string, year: number): Score | undefined {
  return scores.find((score) => score.province === province && score.year === year);
}

/** A province's total score for each year; null for a year without results. */
export function totalsByYear(scores: readonly Score[], province: string, years: readonly number[]): Array<number | null> {
  return years.map((year) => find(scores, province, year)?.total ?? null);
}

/** A province's performance group for each year (PAPI's own label key), or null. */
export function groupsByYear(scores: readonly Score[], province: string, years: readonly number[]): Array<Score['group'] | null> {
  return years.map((year) => find(scores, province, year)?.group ?? null);
}

/** The eight dimension scores of a province in one year, in dimension order; nulls when the year is missing. */
export function dimensionsInYear(scores: readonly Score[], province: string, year: number): Array<number | null> {
  const score = find(scores, province, year);
  return Array.from({ length: 8 }, (_, index) => score?.dimensions[index] ?? null);
}

/** The latest year in which every listed province has results, or the latest year at all. */
export function latestCommonYear(scores: readonly Score[], provinces: readonly string[]): number | null {
  const years = scoreYears(scores).reverse();
  return years.find((year) => provinces.every((province) => find(scores, province, year))) ?? years[0] ?? null;
}

/** Dimension-score series for each year: { "2024": [province series, comparison series] }. */
export function dimensionVariants(scores: readonly Score[], provinces: ReadonlyArray<{ id: string; label: string }>): Record<string, ChartSeries[]> {
  return Object.fromEntries(
    scoreYears(scores).map((year) => [String(year), provinces.map(({ id, label }) => ({ label, data: dimensionsInYear(scores, id, year) }))]),
  );
}

/** Tasks per PAPI dimension 1–8, and those the source files under no dimension. */
export function tasksPerDimension(tasks: readonly Task[]): { byDimension: number[]; unfiled: number } {
  const byDimension = Array.from({ length: 8 }, (_, index) => tasks.filter((task) => task.dimension === index + 1).length);
  return { byDimension, unfiled: tasks.filter((task) => task.dimension === null).length };
}

/** Short dimension names for chart labels, in dimension order. */
export function dimensionLabels(dimensions: readonly Dimension[], lang: Lang): string[] {
  return [...dimensions].sort((a, b) => a.number - b.number).map((dimension) => `${dimension.number}. ${dimension.short[lang]}`);
}

/** One dimension's score of a province for each year; null for a year without results. */
export function dimensionByYear(scores: readonly Score[], province: string, dimension: number, years: readonly number[]): Array<number | null> {
  return years.map((year) => find(scores, province, year)?.dimensions[dimension - 1] ?? null);
}

/**
 * The axis of PAPI totals: from 0 to 80, the most a province can score (eight
 * dimensions of at most 10). An axis cut to the data (39–46) makes a change of a
 * point or two look like a collapse; the table beside the chart gives the decimals.
 */
export const TOTAL_AXIS = { min: 0, max: 80 } as const;

/**
 * A step of 1, 2 or 5 times a power of ten giving at most `maxTicks` intervals up to
 * `top`: counts are whole numbers, so the step is at least 1 (never "0,5 task").
 */
export function countStep(top: number, maxTicks = 8): number {
  if (!Number.isFinite(top) || top <= maxTicks) return 1;
  const raw = top / maxTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw) ?? 10 * power;
  return Math.max(1, step);
}

/** The axis of a chart of counts: from 0 to the largest count rounded up to a whole step, integer ticks. */
export function countAxis(values: ReadonlyArray<number | null>, maxTicks = 8): { min: 0; max: number; step: number } {
  const top = Math.max(0, ...values.filter((value): value is number => value !== null));
  const step = countStep(top, maxTicks);
  return { min: 0, max: Math.max(step, Math.ceil(top / step) * step), step };
}

/** One year's totals as horizontal bars, one per province in the order given (highest first), on the 0–80 scale. */
export function yearTotalsSpec(id: string, rows: ReadonlyArray<{ label: string; total: number }>, seriesLabel: string) {
  return {
    id,
    type: 'bar' as const,
    horizontal: true,
    labels: rows.map((row) => row.label),
    series: [{ label: seriesLabel, data: rows.map((row) => row.total) }],
    decimals: 4,
    ...TOTAL_AXIS,
  };
}

/**
 * The provinces a PAPI chart in a guide draws, in the order of the localities: the
 * ones asked for, or else the provinces of the published plans (a chart of all 63
 * would be unreadable). `unknown` lists asked-for ids without scores.
 */
export function chartProvinces<L extends { id: string }>(
  scores: readonly Score[],
  localities: readonly L[],
  plans: ReadonlyArray<{ province: string }>,
  asked?: readonly string[],
): { provinces: L[]; unknown: string[] } {
  const scored = new Set(scores.map((score) => score.province));
  const wanted = new Set(asked ?? plans.map((plan) => plan.province));
  return {
    provinces: localities.filter((locality) => wanted.has(locality.id) && scored.has(locality.id)),
    unknown: [...(asked ?? [])].filter((id) => !scored.has(id)),
  };
}
