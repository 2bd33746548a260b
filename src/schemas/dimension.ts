import { z } from 'astro/zod';
import { bilingual } from './common.ts';

/** A PAPI dimension number: PAPI has eight dimensions, numbered 1 to 8. */
export const dimensionNumber = z
  .number()
  .int('a dimension is a whole number')
  .min(1, 'PAPI dimensions are numbered 1 to 8')
  .max(8, 'PAPI dimensions are numbered 1 to 8');

/** A sub-dimension code "d.n", e.g. "1.3" for the quality of elections. */
export const subdimensionCode = z.string().regex(/^[1-8]\.[1-9]$/, 'a sub-dimension code is "dimension.number", e.g. "1.3"');

/** One sub-dimension of a PAPI dimension. */
export const subdimensionSchema = z.object({
  /** Code "d.n"; its first digit must be the dimension it belongs to. */
  code: subdimensionCode,
  /** Name in Vietnamese and English. */
  name: bilingual,
  /** What it measures, in plain words. */
  explanation: bilingual,
  /**
   * Folded keywords that identify this sub-dimension in the plans' printed
   * labels ("chat luong bau cu"); the importer uses them to map a row to its code.
   */
  keywords: z.array(z.string().min(1)).min(1),
});

/** A PAPI dimension with its sub-dimensions. */
export const dimensionSchema = z
  .object({
    /** 1 to 8. */
    number: dimensionNumber,
    /** Name in Vietnamese and English. */
    name: bilingual,
    /** Short name for tables and charts. */
    short: bilingual,
    /** What it measures, in plain words. */
    explanation: bilingual,
    /** The year PAPI started to score this dimension. */
    since: z.number().int().min(2009).max(2100),
    /** Folded keywords that identify the dimension in a plan's heading rows. */
    keywords: z.array(z.string().min(1)).min(1),
    /** Its sub-dimensions, in order. */
    subdimensions: z.array(subdimensionSchema),
  })
  .superRefine((dimension, ctx) => {
    dimension.subdimensions.forEach((sub, index) => {
      if (!sub.code.startsWith(`${dimension.number}.`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['subdimensions', index, 'code'],
          message: `sub-dimension ${sub.code} does not belong to dimension ${dimension.number}; its code must start with "${dimension.number}."`,
        });
      }
    });
  });

export type Dimension = z.output<typeof dimensionSchema>;
