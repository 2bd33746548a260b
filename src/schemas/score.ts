import { z } from 'astro/zod';
import { slug, sourceRef } from './common.ts';

/** A PAPI dimension score: each dimension is scored from 1 to 10. */
export const dimensionScore = z.number().min(1, 'a PAPI dimension score is between 1 and 10').max(10, 'a PAPI dimension score is between 1 and 10');

/** Scores are published to 4 decimals, so a sum may differ from the total by rounding only. */
export const TOTAL_TOLERANCE = 0.0005;

/**
 * Performance group of the total that year. In content/papi/scores.csv it is a quartile
 * split of that year's totals made by the converter the rows come from, not UNDP's table
 * (see content/papi/README.md), and the site labels it so.
 */
export const scoreGroup = z.enum(['highest', 'high-average', 'low-average', 'lowest']);

/** The fields of one province's PAPI result for one year, before the sum check (for schemas derived from it). */
export const scoreFields = z.object({
  /** Locality id of the (pre-2025) province. */
  province: slug,
  /** The province's name as PAPI names it ("Thừa Thiên Huế", "Hồ Chí Minh"). */
  papi_name: z.string().min(1, "give the province's name as PAPI names it"),
  /** Survey year. */
  year: z.number().int().min(2009).max(2100),
  /** The eight dimension scores, in dimension order. */
  dimensions: z.tuple([dimensionScore, dimensionScore, dimensionScore, dimensionScore, dimensionScore, dimensionScore, dimensionScore, dimensionScore]),
  /** Total out of 80: the sum of the eight dimensions. */
  total: z.number().min(8).max(80),
  /** Performance group of the total that year (a quartile of that year's totals), or null. */
  group: scoreGroup.nullable(),
  /** Where the figures come from. */
  source: sourceRef,
});

/** One province's PAPI result for one year. */
export const scoreSchema = scoreFields.superRefine((score, ctx) => {
  const sum = score.dimensions.reduce((acc, value) => acc + value, 0);
  if (Math.abs(sum - score.total) > TOTAL_TOLERANCE) {
    ctx.addIssue({
      code: 'custom',
      path: ['total'],
      message: `total ${score.total} does not equal the sum of the eight dimensions (${sum.toFixed(4)}); check both against the published figures`,
    });
  }
});

export type Score = z.output<typeof scoreSchema>;
