/**
 * What a task page shows beyond the task itself: its intro lines, the plan part
 * and title, the search metadata, and a few tasks of the same sub-dimension in
 * other plans. Built from lookups made once per build (SiteIndexes), so a page
 * does no scanning of its own.
 */
import type { Dimension } from '../../schemas/dimension.ts';
import type { Task } from '../../schemas/task.ts';

/** How many related tasks a task page shows; the dimension page lists them all. */
export const RELATED_LIMIT = 6;

export interface RelatedTasks {
  /** The tasks to show, by plan (same province first), then in printed order. */
  tasks: Task[];
  /** How many tasks of the same sub-dimension the other plans have in all. */
  total: number;
}

type ProvinceOf = (plan: string) => string | undefined;

interface Grouping {
  /** Plan ids in id order. */
  plans: string[];
  /** Each plan's tasks of the sub-dimension, in printed order. */
  byPlan: Map<string, Task[]>;
  count: number;
  /** The plans with one province's first, made when a page of that province first asks. */
  orders: Map<string | undefined, { plans: string[]; rank: Map<string, number> }>;
}

/**
 * The tasks of every sub-dimension grouped by plan, made once per build: at
 * national scale a sub-dimension has hundreds of tasks, and regrouping them on
 * each of its task pages made the build quadratic.
 */
export class RelatedIndex {
  private readonly groupings = new Map<string, Grouping>();
  private readonly provinceOf: ProvinceOf;

  constructor(tasks: readonly Task[], provinceOf: ProvinceOf = () => undefined) {
    this.provinceOf = provinceOf;
    for (const task of tasks) {
      if (task.subdimension === null) continue;
      let grouping = this.groupings.get(task.subdimension);
      if (!grouping) {
        grouping = { plans: [], byPlan: new Map(), count: 0, orders: new Map() };
        this.groupings.set(task.subdimension, grouping);
      }
      grouping.count += 1;
      const list = grouping.byPlan.get(task.plan);
      if (list) list.push(task);
      else grouping.byPlan.set(task.plan, [task]);
    }
    for (const grouping of this.groupings.values()) {
      for (const list of grouping.byPlan.values()) list.sort((a, b) => a.order - b.order);
      grouping.plans = [...grouping.byPlan.keys()].sort((a, b) => a.localeCompare(b));
    }
  }

  /**
   * A few tasks of the same sub-dimension in the other plans, for "see also": one
   * per plan in turn (plans of the same province first), so that a citizen sees
   * how several places handle the same thing, up to `limit`.
   */
  related(task: Task, limit = RELATED_LIMIT): RelatedTasks {
    const grouping = task.subdimension === null ? undefined : this.groupings.get(task.subdimension);
    if (!grouping) return { tasks: [], total: 0 };
    const { plans, rank } = this.orderFor(grouping, this.provinceOf(task.plan));
    const total = grouping.count - (grouping.byPlan.get(task.plan)?.length ?? 0);
    const chosen: Task[] = [];
    // One task per plan in turn; the task's own plan is left out.
    for (let round = 0; chosen.length < Math.min(limit, total); round += 1) {
      for (const plan of plans) {
        if (chosen.length >= limit) break;
        if (plan === task.plan) continue;
        const candidate = grouping.byPlan.get(plan)?.[round];
        if (candidate) chosen.push(candidate);
      }
    }
    const tasks = chosen.sort((a, b) => (rank.get(a.plan) ?? 0) - (rank.get(b.plan) ?? 0) || a.order - b.order);
    return { tasks, total };
  }

  /** The grouping's plans with those of `province` first (a stable partition of the id order). */
  private orderFor(grouping: Grouping, province: string | undefined): { plans: string[]; rank: Map<string, number> } {
    const cached = grouping.orders.get(province);
    if (cached) return cached;
    const near = province === undefined ? [] : grouping.plans.filter((plan) => this.provinceOf(plan) === province);
    const plans = near.length === 0 ? grouping.plans : [...near, ...grouping.plans.filter((plan) => this.provinceOf(plan) !== province)];
    const order = { plans, rank: new Map(plans.map((plan, index) => [plan, index])) };
    grouping.orders.set(province, order);
    return order;
  }
}

/** The lines of a task's text that are not bullet items (its intro), or the whole text when it has no bullets. */
export function introLines(task: Task): string[] {
  return task.actions.length > 0 ? task.text.split('\n').filter((line) => !/^[-+] /.test(line)) : [task.text];
}

/** The dimension and sub-dimension a task is filed under, when it is. */
export function filedUnder(
  task: Pick<Task, 'dimension' | 'subdimension'>,
  dimensions: readonly Dimension[],
): { dimension: Dimension | undefined; sub: Dimension['subdimensions'][number] | undefined } {
  const dimension = dimensions.find((candidate) => candidate.number === task.dimension);
  return { dimension, sub: dimension?.subdimensions.find((candidate) => candidate.code === task.subdimension) };
}
