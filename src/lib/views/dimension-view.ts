/**
 * How a PAPI dimension page lists the tasks filed under it: task by task, or,
 * past LIST_LIMIT, as plans with counts.
 */
import type { Task } from '../../schemas/task.ts';

/** A list longer than this is shown as plans with counts instead of task by task (dimension pages). */
export const LIST_LIMIT = 100;

export interface PlanShare {
  plan: string;
  count: number;
}

/** How many of `tasks` each plan has, in the order the plans first appear. */
export function countByPlan(tasks: readonly Task[]): PlanShare[] {
  const counts = new Map<string, number>();
  for (const task of tasks) counts.set(task.plan, (counts.get(task.plan) ?? 0) + 1);
  return [...counts].map(([plan, count]) => ({ plan, count }));
}
