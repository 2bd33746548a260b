/**
 * Whether a task's deadline has passed, as of a stated date. Only what the
 * printed deadline allows is said: a task "Theo kế hoạch" has no date, so it is
 * never late; a recurring task is judged by the end of its period. A task that
 * prints no date of its own still belongs to a plan with a period: once that
 * period is over, "plan-ended" says so (a plan of 2021 is not "on track" in 2026).
 */
import type { Deadline, YearRange } from '../../schemas/deadline.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Task } from '../../schemas/task.ts';

export type DeadlineState =
  | 'passed' // a dated task whose due date is before the reference day
  | 'open' // a dated task not yet due
  | 'period-ended' // a recurring task whose period has ended
  | 'recurring' // a recurring task within its period
  | 'plan-ended' // no date of its own, in a plan (or appendix) whose period has ended
  | 'no-date' // conditional or free text: no date can be judged
  | 'none'; // no deadline printed

const ended = (period: YearRange | null | undefined, today: string) => period !== null && period !== undefined && `${period.to}-12-31` < today;

/**
 * @param planPeriod the years the task's plan (or appendix) covers: see planPeriodOf.
 */
export function deadlineState(deadline: Deadline, today: string, planPeriod: YearRange | null = null): DeadlineState {
  switch (deadline.kind) {
    case 'date':
      return deadline.due !== null && deadline.due < today ? 'passed' : 'open';
    case 'recurring':
      return ended(deadline.period ?? planPeriod, today) ? 'period-ended' : 'recurring';
    case 'conditional':
    case 'free_text':
      return ended(planPeriod, today) ? 'plan-ended' : 'no-date';
    default:
      return ended(planPeriod, today) ? 'plan-ended' : 'none';
  }
}

/** Whether a state means the time the plan gave has run out. */
export function isLapsed(state: DeadlineState): boolean {
  return state === 'passed' || state === 'period-ended' || state === 'plan-ended';
}

/** The years a task's plan gives it: its appendix's period where the plan has several, else the plan's. */
export function planPeriodOf(task: Pick<Task, 'part'>, plan: Pick<Plan, 'period' | 'parts'> | undefined): YearRange | null {
  if (!plan) return null;
  return plan.parts.find((part) => part.id === task.part)?.period ?? plan.period;
}
