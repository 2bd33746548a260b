/**
 * Whether a task's deadline has passed, as of a stated date. Only what the
 * printed deadline allows is said: a task "Theo kế hoạch" has no date, so it is
 * never late; a recurring task is judged by the end of its period.
 */
import type { Deadline } from '../../schemas/deadline.ts';

export type DeadlineState =
  | 'passed' // a dated task whose due date is before the reference day
  | 'open' // a dated task not yet due
  | 'period-ended' // a recurring task whose period has ended
  | 'recurring' // a recurring task within its period
  | 'no-date' // conditional or free text: no date can be judged
  | 'none'; // no deadline printed

export function deadlineState(deadline: Deadline, today: string): DeadlineState {
  switch (deadline.kind) {
    case 'date':
      return deadline.due !== null && deadline.due < today ? 'passed' : 'open';
    case 'recurring':
      return deadline.period && `${deadline.period.to}-12-31` < today ? 'period-ended' : 'recurring';
    case 'conditional':
    case 'free_text':
      return 'no-date';
    default:
      return 'none';
  }
}

/** The reference day of a build: BUILD_DATE (yyyy-mm-dd) when set, so builds can be reproduced, else today. */
export function buildDate(): string {
  const fromEnv = process.env.BUILD_DATE;
  if (fromEnv && /^\d{4}-\d{2}-\d{2}$/.test(fromEnv)) return fromEnv;
  return new Date().toISOString().slice(0, 10);
}
