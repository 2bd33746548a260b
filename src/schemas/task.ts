import { z } from 'astro/zod';
import { plainText, slug, verbatim } from './common.ts';
import { deadlineSchema } from './deadline.ts';
import { dimensionNumber, subdimensionCode } from './dimension.ts';

/**
 * A row of a plan's task table (appendix), as printed. The importer writes
 * these; a misread row is corrected in the source text or the importer and imported
 * again (hand edits of tasks.yaml are overwritten by the next import).
 */
export const taskSchema = z
  .object({
    /** Stable id built from the plan id and the printed reference, e.g. "nga-nam-2021-1-a". */
    id: slug,
    /** Id of the plan this row belongs to. */
    plan: slug,
    /** Id of the appendix part, for plans with several (Đông Hòa "pl1", "pl2"), else null. */
    part: slug.nullable().default(null),
    /** Reference as printed and composed with its heading: "1.a", "3.3", "60"; null for unnumbered rows. */
    ref: plainText.nullable(),
    /** Position of the row within its plan (1-based), to keep the printed order. */
    order: z.number().int().min(1),
    /** PAPI dimension 1–8, or null where the plan groups its tasks otherwise. */
    dimension: dimensionNumber.nullable(),
    /** PAPI sub-dimension code ("1.3") the row's label maps to, or null. */
    subdimension: subdimensionCode.nullable().default(null),
    /** The sub-dimension or content label as printed in the row ("c) Chất lượng bầu cử Trưởng ấp, Trưởng khóm"). */
    subdimension_label: verbatim.nullable().default(null),
    /** The plan's own activity group, where it groups tasks by something other than PAPI dimensions. */
    group: verbatim.nullable().default(null),
    /** The task as printed, as plain text; paragraphs separated by line breaks. */
    text: verbatim,
    /** The bullet points of the task, each verbatim without its bullet mark. */
    actions: z.array(verbatim).default([]),
    /** Lead agencies: ids in the agency registry. */
    lead: z.array(slug).default([]),
    /** The lead-agency cell verbatim. */
    lead_printed: verbatim.nullable().default(null),
    /** Coordinating (partner) agencies: ids in the agency registry. */
    partners: z.array(slug).default([]),
    /** The partner cell verbatim. */
    partners_printed: verbatim.nullable().default(null),
    /** Expected output or product, as printed. */
    output: verbatim.nullable().default(null),
    /** The deadline as printed and as read. */
    deadline: deadlineSchema,
    /** Footnotes the row refers to with a superscript mark ("⁵"), verbatim with their mark. */
    footnotes: z.array(verbatim).default([]),
    /** Line of the source text where the row starts, for provenance. */
    source_line: z.number().int().min(1),
  })
  .superRefine((task, ctx) => {
    if (!task.id.startsWith(`${task.plan}-`)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `task id must start with its plan id "${task.plan}-"` });
    }
    if (task.subdimension !== null) {
      if (task.dimension === null) {
        ctx.addIssue({ code: 'custom', path: ['subdimension'], message: 'a sub-dimension needs a dimension' });
      } else if (!task.subdimension.startsWith(`${task.dimension}.`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['subdimension'],
          message: `sub-dimension ${task.subdimension} does not belong to dimension ${task.dimension}; use a code starting with "${task.dimension}." or fix the dimension`,
        });
      }
    }
  });

export type Task = z.output<typeof taskSchema>;
