/**
 * A task's status is what the latest dated report says; silence is shown as
 * "no_report" and never read as any status. Recurring tasks are judged year by
 * year: a report covers the year it is dated in.
 */
import type { Progress, ProgressStatus } from '../../schemas/progress.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Task } from '../../schemas/task.ts';
import { deadlineState, isLapsed, planPeriodOf, type DeadlineState } from './deadline-state.ts';

export type ShownStatus = ProgressStatus | 'no_report';

/** A task's updates, oldest first (same day: in the order they were recorded). */
export function updatesFor(taskId: string, progress: readonly Progress[]): Progress[] {
  return progress
    .map((update, index) => ({ update, index }))
    .filter(({ update }) => update.task === taskId)
    .sort((a, b) => a.update.date.localeCompare(b.update.date) || a.index - b.index)
    .map(({ update }) => update);
}

export function latestStatus(taskId: string, progress: readonly Progress[]): ShownStatus {
  return updatesFor(taskId, progress).at(-1)?.status ?? 'no_report';
}

export interface YearStatus {
  year: number;
  status: ShownStatus;
}

export interface TaskProgress {
  /** Latest reported status, or no_report. */
  status: ShownStatus;
  /** Updates, newest first. */
  history: Progress[];
  deadline: DeadlineState;
  /** Past its deadline, the end of its period or (with no date of its own) the end of its plan's period, with no report. */
  overdueWithoutReport: boolean;
  /** For recurring tasks: the status reported for each year of the period up to the reference day. */
  years: YearStatus[];
}

const FINISHED: ReadonlySet<ShownStatus> = new Set(['done', 'cancelled']);

/** One rule for every page: a task's state comes from its updates, its deadline and its plan's period. */
export function taskProgress(task: Task, progress: readonly Progress[], today: string, plan: Plan | undefined): TaskProgress {
  const updates = updatesFor(task.id, progress);
  const status = updates.at(-1)?.status ?? 'no_report';
  const deadline = deadlineState(task.deadline, today, planPeriodOf(task, plan));
  const years: YearStatus[] = [];
  if (task.deadline.recurring && task.deadline.period) {
    const lastYear = Math.min(task.deadline.period.to, Number(today.slice(0, 4)));
    for (let year = task.deadline.period.from; year <= lastYear; year += 1) {
      const inYear = updates.filter((update) => update.date.startsWith(`${year}-`));
      years.push({ year, status: inYear.at(-1)?.status ?? 'no_report' });
    }
  }
  const lapsed = isLapsed(deadline);
  return {
    status,
    history: [...updates].reverse(),
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
export function summarise(tasks: readonly Task[], progress: readonly Progress[], today: string, plans: ReadonlyMap<string, Plan>): StatusSummary {
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
