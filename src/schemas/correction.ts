import { z } from 'astro/zod';
import { bilingual, isoDate, slug } from './common.ts';

/**
 * A correction of what the portal published (content/corrections.yaml), listed on
 * /dinh-chinh/: what was wrong, what it says now, when, and the pages concerned.
 * The source documents are never corrected: a correction fixes how the portal read them.
 */
export const correctionSchema = z.strictObject({
  /** Day the correction was published (yyyy-mm-dd). */
  date: isoDate,
  /** The plan concerned. */
  plan: slug,
  /** The tasks whose pages changed; empty when the correction concerns the plan as a whole. */
  tasks: z.array(slug).default([]),
  /** What the portal showed that was wrong. */
  wrong: bilingual,
  /** What it shows now. */
  corrected: bilingual,
  /** The commit that made the correction, when the history names one. */
  commit: z
    .string()
    .regex(/^[0-9a-f]{7,40}$/, 'give the commit as 7 to 40 hexadecimal digits')
    .nullable()
    .default(null),
});

export type Correction = z.output<typeof correctionSchema>;
