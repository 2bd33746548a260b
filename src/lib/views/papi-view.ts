/**
 * What the PAPI pages show of the provinces' scores, pure: a year's results in
 * rank order, the mean the portal computes over the provinces scored that year,
 * the provinces not scored that year, and one dimension's scores by year.
 *
 * A province-year without a row is "no data": it is never counted as zero, never
 * in a mean, and never given a figure the source does not have. Provinces are
 * named as PAPI names them in that year's results ("Thừa Thiên Huế", "Cần Thơ"):
 * the 63 provinces before 1 July 2025, each linking to its (old) province's page.
 */
import type { Score } from '../../schemas/score.ts';
import { scoreYears } from '../charts/series.ts';
import { compareVietnamese } from '../format.ts';

/** The latest year with results, or null when there are none. */
export function latestPapiYear(scores: readonly Score[]): number | null {
  return scoreYears(scores).at(-1) ?? null;
}

/** The year's results, highest total first; equal totals in the order of the province names. */
export function rankedYear(scores: readonly Score[], year: number): Score[] {
  return scores.filter((score) => score.year === year).sort((a, b) => b.total - a.total || compareVietnamese(a.papi_name, b.papi_name));
}

export interface YearMean {
  /** How many provinces were scored that year (the divisor). */
  count: number;
  /** Mean of their totals. */
  total: number;
  /** Mean of each dimension, in dimension order. */
  dimensions: number[];
}

/**
 * The mean of the provinces scored in the year: a figure the portal computes, not
 * one PAPI publishes (UNDP's national mean may be weighted otherwise). Null when no
 * province was scored that year.
 */
export function yearMean(scores: readonly Score[], year: number): YearMean | null {
  const scored = scores.filter((score) => score.year === year);
  if (scored.length === 0) return null;
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    count: scored.length,
    total: mean(scored.map((score) => score.total)),
    dimensions: Array.from({ length: 8 }, (_, index) => mean(scored.map((score) => score.dimensions[index] ?? 0))),
  };
}

export interface ScoredProvince {
  /** Locality id of the (pre-2025) province. */
  id: string;
  /** Its name as PAPI names it. */
  papiName: string;
}

/** Every province with a result in any year, in the order of the scores given. */
export function scoredProvinces(scores: readonly Score[]): ScoredProvince[] {
  const seen = new Map<string, string>();
  for (const score of scores) if (!seen.has(score.province)) seen.set(score.province, score.papi_name);
  return [...seen].map(([id, name]) => ({ id, papiName: name }));
}

/** The provinces scored in some year but not in this one ("no data"), by name. */
export function unscoredInYear(scores: readonly Score[], year: number): ScoredProvince[] {
  const scored = new Set(scores.filter((score) => score.year === year).map((score) => score.province));
  return scoredProvinces(scores)
    .filter((province) => !scored.has(province.id))
    .sort((a, b) => compareVietnamese(a.papiName, b.papiName));
}

export interface DimensionRow {
  province: ScoredProvince;
  /** The dimension's score in each year of `years`; null where the province has no result. */
  values: Array<number | null>;
}

/** One dimension's score of every province in each year, provinces by name; null is "no data". */
export function dimensionByProvince(scores: readonly Score[], dimension: number, years: readonly number[]): DimensionRow[] {
  const byKey = new Map(scores.map((score) => [`${score.province}|${score.year}`, score]));
  return scoredProvinces(scores)
    .sort((a, b) => compareVietnamese(a.papiName, b.papiName))
    .map((province) => ({
      province,
      values: years.map((year) => byKey.get(`${province.id}|${year}`)?.dimensions[dimension - 1] ?? null),
    }));
}

/** Ordinal of a quartile group for sorting: highest 4 … lowest 1. */
export const GROUP_ORDER: Readonly<Record<NonNullable<Score['group']>, number>> = { highest: 4, 'high-average': 3, 'low-average': 2, lowest: 1 };

export interface YearView {
  year: number;
  /** Every year with results, oldest first, for the links between years. */
  years: number[];
  /** The latest year, shown on /papi/ itself. */
  latest: number;
  /** The year's results, highest total first. */
  rows: Score[];
  mean: YearMean;
  /** The provinces without a result that year, by name. */
  unscored: ScoredProvince[];
}

/** Everything a year's table shows; null for a year without results. */
export function papiYearView(scores: readonly Score[], year: number): YearView | null {
  const mean = yearMean(scores, year);
  const latest = latestPapiYear(scores);
  if (!mean || latest === null) return null;
  return { year, years: scoreYears(scores), latest, rows: rankedYear(scores, year), mean, unscored: unscoredInYear(scores, year) };
}
