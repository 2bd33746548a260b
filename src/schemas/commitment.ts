import { z } from 'astro/zod';
import { plainText, slug, verbatim } from './common.ts';
import { dimensionNumber } from './dimension.ts';

/** The kinds of narrative commitment a plan's body text makes. */
export const commitmentKind = z.enum([
  'agency-duty', // a section assigning duties to a named office (Sóc Trăng IV.2.1–2.13)
  'directive', // a plan's general directive for a PAPI dimension (Đắk R'Lấp's dimension rows)
  'model-units', // hamlets and wards chosen as model units (Sóc Trăng IV.1.b)
  'result-statement', // the plan's own statement of earlier PAPI results (Sóc Trăng section I)
]);

/** A commitment or statement in a plan's narrative text, quoted verbatim. */
export const commitmentSchema = z
  .object({
    /** Stable id, plan id first, e.g. "soc-trang-2023-iv-2-1". */
    id: slug,
    /** Plan id. */
    plan: slug,
    /** What kind of commitment. */
    kind: commitmentKind,
    /** Section number as printed, e.g. "IV.2.1", or the row reference. */
    section: plainText,
    /** Heading as printed, e.g. "Sở Tư pháp". */
    heading: verbatim,
    /** The text verbatim (plain text, paragraphs separated by line breaks). */
    text: verbatim,
    /** Agency ids the text makes responsible. */
    agencies: z.array(slug).default([]),
    /** PAPI dimension the text concerns, when it concerns one. */
    dimension: dimensionNumber.nullable().default(null),
    /** Line of the source text where it starts. */
    source_line: z.number().int().min(1),
  })
  .superRefine((commitment, ctx) => {
    if (!commitment.id.startsWith(`${commitment.plan}-`)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `id must start with its plan id "${commitment.plan}-"` });
    }
  });

export type Commitment = z.output<typeof commitmentSchema>;
