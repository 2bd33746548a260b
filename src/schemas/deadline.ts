import { z } from 'astro/zod';
import { isoDate, plainText } from './common.ts';

/**
 * How the importer read a deadline cell. Every printed deadline is either
 * interpreted (date, recurring, conditional) or explicitly marked free_text.
 */
export const deadlineKind = z.enum([
  'date', // a due date can be derived: "Quý IV/2021", "Tháng 7/2023", "Năm 2023", "2021-2025"
  'recurring', // ongoing or periodic: "Thường xuyên", "Hằng năm", "Định kỳ hàng quý", "Theo nhiệm kỳ"
  'conditional', // tied to an event or another plan, no date: "Theo kế hoạch", "Trước bầu cử", "Sau khi UBND tỉnh phê duyệt"
  'free_text', // kept as printed; the importer could not interpret it
  'none', // the source prints no deadline for this row
]);

/** How often a recurring task recurs. */
export const recurrence = z.enum(['continuous', 'annual', 'quarterly', 'term']);

/** A year range such as 2021–2025 (a single year has from = to). */
export const yearRange = z
  .object({
    from: z.number().int().min(2000).max(2100),
    to: z.number().int().min(2000).max(2100),
  })
  .refine((range) => range.from <= range.to, { message: 'the first year must not be after the last' });

/** A dated step inside one deadline cell ("Ban hành Kế hoạch trong quý III/2021"). */
export const milestone = z.object({
  /** The step as printed. */
  label: plainText,
  /** Last day of the period printed for the step. */
  due: isoDate,
});

/** A task's deadline: the printed text and what can honestly be derived from it. */
export const deadlineSchema = z
  .object({
    /** The deadline cell verbatim, or null when the source prints none. */
    text: plainText.nullable(),
    /** How it was read. */
    kind: deadlineKind,
    /** Last day by which the task is due (yyyy-mm-dd), for kind "date". */
    due: isoDate.nullable().default(null),
    /** First day of the period the text names, when it names one. */
    start: isoDate.nullable().default(null),
    /** Whether the task recurs rather than ends. */
    recurring: z.boolean().default(false),
    /** For recurring tasks: how often. */
    frequency: recurrence.nullable().default(null),
    /** Years the deadline covers: printed, or the plan's period when the cell prints no year. */
    period: yearRange.nullable().default(null),
    /** Dated steps, when the cell names several. */
    milestones: z.array(milestone).default([]),
    /** The event a conditional deadline depends on, as printed. */
    condition: plainText.nullable().default(null),
  })
  .superRefine((deadline, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (deadline.kind === 'none' && deadline.text !== null) {
      fail('kind', 'a deadline with printed text cannot have kind "none"; use date, recurring, conditional or free_text');
    }
    if (deadline.kind !== 'none' && deadline.text === null) {
      fail('text', `kind "${deadline.kind}" needs the printed deadline text`);
    }
    if (deadline.kind === 'date' && deadline.due === null) {
      fail('due', 'kind "date" needs a due date (yyyy-mm-dd); if none can be derived, mark the deadline kind "free_text"');
    }
    if (deadline.kind === 'recurring' && !deadline.recurring) {
      fail('recurring', 'kind "recurring" must have recurring: true');
    }
    if (deadline.kind !== 'recurring' && deadline.recurring) {
      fail('recurring', `recurring: true needs kind "recurring" (found "${deadline.kind}")`);
    }
    if (deadline.kind !== 'date' && deadline.kind !== 'recurring' && deadline.due !== null) {
      fail('due', `kind "${deadline.kind}" cannot carry a due date`);
    }
  });

export type Deadline = z.output<typeof deadlineSchema>;
export type YearRange = z.output<typeof yearRange>;
