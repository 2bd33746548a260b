import { z } from 'astro/zod';
import { slug } from './common.ts';

/** Props of the PlanQuote MDX component: a task id and words that stand in it. */
export const planQuotePropsSchema = z.object({
  /** The task whose words are quoted, e.g. "nga-nam-2021-1-c". */
  task: slug,
  /** The words, exactly as the task prints them (an excerpt is fine). */
  quote: z.string().min(1, 'give the words to quote'),
});

export type PlanQuoteProps = z.input<typeof planQuotePropsSchema>;
