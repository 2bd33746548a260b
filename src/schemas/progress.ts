import { z } from 'astro/zod';
import { isoDate, plainText, slug, sourceRef } from './common.ts';

/** Reported status of a task. "no_report" is never stored: it is what silence is shown as. */
export const progressStatus = z.enum(['not_started', 'in_progress', 'done', 'delayed', 'ongoing', 'cancelled']);

/** A progress update on one task, as stated by a named source. */
export const progressSchema = z.object({
  /** Task id as published in /data/tasks.json. */
  task: slug,
  /** Date of the state reported (yyyy-mm-dd). */
  date: isoDate,
  /** Reported status. */
  status: progressStatus,
  /** The report or document that states it; an update without a source is invalid. */
  source: sourceRef,
  /** Optional note, verbatim from the source where possible. */
  note: plainText.nullable().default(null),
});

export type Progress = z.output<typeof progressSchema>;
export type ProgressStatus = z.output<typeof progressStatus>;
