/**
 * A task's status is what the latest dated report says; silence is shown as
 * "no_report" and never read as any status. Recurring tasks are judged year by
 * year: a report covers the year it is dated in.
 */
import type { Progress } from '../../schemas/progress.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Task } from '../../schemas/task.ts';
import { deadlineState, isLapsed, planPeriodOf, type DeadlineState } from './deadline-state.ts';
import type { ProgressIndex, ShownStatus } from './progress-index.ts';

export interface YearStatus {
  year: number;
  status: ShownStatus;
}

export interface TaskProgress {
  /** Latest reported status, or no_report. */
  status: ShownStatus;
  /** Updates, newest first. */
  history: readonly Progress[];
  deadline: DeadlineState;
  /** Past its deadline, the end of its period or (with no date of its own) the end of its plan's period, with no report. */
  overdueWithoutReport: boolean;
  /** For recurring tasks: the status reported for each year of the period up to the reference day. */
  years: YearStatus[];
}

const FINISHED: ReadonlySet<ShownStatus> = new Set(['done', 'cancelled']);

/**
 * One rule for every page: a task's state comes from its updates, its deadline and its plan's period.
 * The updates are read from the build's progress index, never by scanning them all per task.
 */
export function taskProgress(task: Task, progress: ProgressIndex, today: string, plan: Plan | undefined): TaskProgress {
  const status = progress.latest(task.id);
  const deadline = deadlineState(task.deadline, today, planPeriodOf(task, plan));
  const years: YearStatus[] = [];
  if (task.deadline.recurring && task.deadline.period) {
    const lastYear = Math.min(task.deadline.period.to, Number(today.slice(0, 4)));
    for (let year = task.deadline.period.from; year <= lastYear; year += 1) years.push({ year, status: progress.inYear(task.id, year) });
  }
  const lapsed = isLapsed(deadline);
  return {
    status,
    history: progress.history(task.id),
    deadline,
    overdueWithoutReport: lapsed && status === 'no_report',
    years,
  };
}

export interface StatusSummary {
  total: number;
  byStatus: Record<ShownStatus, number>;
  /** Tasks past their deadline or period (their own or their plan's) with no report. */
  overdueWithoutReport: number;
  /** Tasks past their deadline or period whose latest report is neither done nor cancelled. */
  overdueNotFinished: number;
}

/** The counts every page shows (plan, agency, locality, dimension), by the one rule of taskProgress. */
export function summarise(tasks: readonly Task[], progress: ProgressIndex, today: string, plans: ReadonlyMap<string, Plan>): StatusSummary {
  const byStatus: Record<ShownStatus, number> = { no_report: 0, not_started: 0, in_progress: 0, done: 0, delayed: 0, ongoing: 0, cancelled: 0 };
  let overdueWithoutReport = 0;
  let overdueNotFinished = 0;
  for (const task of tasks) {
    const state = taskProgress(task, progress, today, plans.get(task.plan));
    byStatus[state.status] += 1;
    if (state.overdueWithoutReport) overdueWithoutReport += 1;
    if (isLapsed(state.deadline) && !FINISHED.has(state.status)) overdueNotFinished += 1;
  }
  return { total: tasks.length, byStatus, overdueWithoutReport, overdueNotFinished };
}
