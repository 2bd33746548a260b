/**
 * Every progress update grouped by its task, once per build.
 *
 * Each task's status, history and per-year status used to be found by scanning every
 * update for every task shown (tasks × updates): at national scale, tens of thousands
 * of tasks and as many reports, that scan grows with the square of the content. Here
 * the updates are read once and each task's answers are ready when a page asks.
 *
 * Order, the one the pages and the open data have always used: oldest first by date;
 * updates of the same date in the order they were recorded (their position in the
 * list given, which is the order of the files and of the entries within them), so that
 * of two reports dated the same day the one recorded later is the latest. The files may
 * list a task's updates in any order of date.
 *
 * A task with no update, or an id no task has, gets the empty answer: no history and
 * "no_report", never a status inferred from silence. Updates naming an unknown task are
 * kept under their id and shown by nothing (the content checks refuse them anyway).
 */
import type { Progress, ProgressStatus } from '../../schemas/progress.ts';

export type ShownStatus = ProgressStatus | 'no_report';

interface TaskUpdates {
  /** Newest first. */
  history: readonly Progress[];
  latest: ShownStatus;
  /** The status of the last update dated in each year (the year as printed in its date). */
  byYear: ReadonlyMap<string, ProgressStatus>;
}

const NONE: TaskUpdates = { history: [], latest: 'no_report', byYear: new Map() };

/** The year an ISO date is in, as its text ("2026" of "2026-09-30"): a report covers the year it is dated in. */
const yearOf = (date: string) => date.slice(0, date.indexOf('-'));

export class ProgressIndex {
  readonly #byTask = new Map<string, TaskUpdates>();

  constructor(progress: readonly Progress[]) {
    const groups = new Map<string, { update: Progress; index: number }[]>();
    progress.forEach((update, index) => {
      const group = groups.get(update.task);
      if (group) group.push({ update, index });
      else groups.set(update.task, [{ update, index }]);
    });
    for (const [task, group] of groups) {
      // The comparator of the scan this index replaced, so that no order changes.
      const updates = group.sort((a, b) => a.update.date.localeCompare(b.update.date) || a.index - b.index).map(({ update }) => update);
      const byYear = new Map<string, ProgressStatus>();
      for (const update of updates) byYear.set(yearOf(update.date), update.status);
      this.#byTask.set(task, { history: [...updates].reverse(), latest: updates.at(-1)?.status ?? 'no_report', byYear });
    }
  }

  #of(taskId: string): TaskUpdates {
    return this.#byTask.get(taskId) ?? NONE;
  }

  /** A task's updates, newest first, as its page lists them. */
  history(taskId: string): readonly Progress[] {
    return this.#of(taskId).history;
  }

  /** The latest update's status, or no_report. */
  latest(taskId: string): ShownStatus {
    return this.#of(taskId).latest;
  }

  /** The status of the latest update dated in a year, or no_report: a recurring task is judged year by year. */
  inYear(taskId: string, year: number): ShownStatus {
    return this.#of(taskId).byYear.get(String(year)) ?? 'no_report';
  }

  /** Whether any update names the task. */
  reported(taskId: string): boolean {
    return this.#byTask.has(taskId);
  }
}
