/**
 * How a plan's tasks are shown: grouped by PAPI dimension and sub-dimension (or
 * by the plan's own activity groups), in printed order, with counts.
 */
import type { Dimension } from '../../schemas/dimension.ts';
import type { Task } from '../../schemas/task.ts';

export interface TaskGroup {
  /** Stable anchor id for the group. */
  key: string;
  /** Sub-dimension code, when the group is one. */
  code: string | null;
  /** Label shown: the sub-dimension's name, or the printed label or group. */
  label: string | null;
  tasks: Task[];
}

export interface DimensionSection {
  /** Dimension number, or null for tasks outside any dimension (activity groups). */
  dimension: number | null;
  groups: TaskGroup[];
  count: number;
}

/** Sections in dimension order; within each, groups in the order their first task is printed. */
export function planSections(tasks: readonly Task[], dimensions: readonly Dimension[]): DimensionSection[] {
  const ordered = [...tasks].sort((a, b) => a.order - b.order);
  const sections = new Map<string, DimensionSection>();
  for (const task of ordered) {
    const sectionKey = String(task.dimension ?? 'none');
    let section = sections.get(sectionKey);
    if (!section) {
      section = { dimension: task.dimension, groups: [], count: 0 };
      sections.set(sectionKey, section);
    }
    section.count += 1;
    const subName = task.subdimension
      ? dimensions.flatMap((dimension) => dimension.subdimensions).find((sub) => sub.code === task.subdimension)?.name.vi ?? null
      : null;
    const groupKey = task.subdimension ?? task.group ?? (task.dimension !== null ? `d${task.dimension}-other` : 'other');
    let group = section.groups.find((candidate) => candidate.key === groupKey);
    if (!group) {
      group = { key: groupKey, code: task.subdimension, label: subName ?? task.group, tasks: [] };
      section.groups.push(group);
    }
    group.tasks.push(task);
  }
  return [...sections.values()].sort((a, b) => (a.dimension ?? 99) - (b.dimension ?? 99));
}

/** Number of tasks per dimension 1–8 (zeros included), for the plan's summary. */
export function countsByDimension(tasks: readonly Task[]): Array<{ dimension: number; count: number }> {
  return Array.from({ length: 8 }, (_, index) => ({
    dimension: index + 1,
    count: tasks.filter((task) => task.dimension === index + 1).length,
  }));
}

/** How many related tasks a task page shows; the dimension page lists them all. */
export const RELATED_LIMIT = 6;

export interface RelatedTasks {
  /** The tasks to show, by plan (same province first), then in printed order. */
  tasks: Task[];
  /** How many tasks of the same sub-dimension the other plans have in all. */
  total: number;
}

/**
 * A few tasks of the same sub-dimension in the other plans, for "see also":
 * one per plan in turn (plans of the same province first), so that a citizen
 * sees how several places handle the same thing, up to `limit`. At 20,000
 * tasks a sub-dimension has hundreds; listing them all on every task page made
 * the build quadratic, so the page links to the dimension page for the rest.
 */
export function relatedTasks(task: Task, sameSubdimension: readonly Task[], options: { limit?: number; provinceOf?: (plan: string) => string | undefined } = {}): RelatedTasks {
  const { limit = RELATED_LIMIT, provinceOf = noProvince } = options;
  if (task.subdimension === null) return { tasks: [], total: 0 };
  const grouping = groupByPlan(sameSubdimension, task.subdimension);
  const { plans, rank } = orderFor(grouping, provinceOf(task.plan), provinceOf);
  const { byPlan } = grouping;
  const total = grouping.count - (byPlan.get(task.plan)?.length ?? 0);
  const chosen: Task[] = [];
  // One task per plan in turn; the task's own plan is left out.
  for (let round = 0; chosen.length < Math.min(limit, total); round += 1) {
    for (const plan of plans) {
      if (chosen.length >= limit) break;
      if (plan === task.plan) continue;
      const candidate = byPlan.get(plan)?.[round];
      if (candidate) chosen.push(candidate);
    }
  }
  const tasks = chosen.sort((a, b) => (rank.get(a.plan) ?? 0) - (rank.get(b.plan) ?? 0) || a.order - b.order);
  return { tasks, total };
}

interface PlanGrouping {
  /** Plan ids in id order. */
  plans: string[];
  /** Each plan's tasks of the sub-dimension, in printed order. */
  byPlan: Map<string, Task[]>;
  /** How many tasks in all. */
  count: number;
  /** The plans with a given province's first, by provinceOf function and province (computed when first asked). */
  orders: WeakMap<ProvinceOf, Map<string | undefined, { plans: string[]; rank: Map<string, number> }>>;
}

type ProvinceOf = (plan: string) => string | undefined;
const noProvince: ProvinceOf = () => undefined;

/**
 * The tasks of one sub-dimension grouped by plan, computed once per list and
 * sub-dimension: every task page of a sub-dimension passes the same list, and
 * regrouping and sorting it on each page cost O(tasks) a page, seconds in all
 * at national scale. The orderings are cached by province and `provinceOf`
 * function: pass the same function on every page (SiteIndexes.provinceOf) to reuse them.
 */
const groupings = new WeakMap<readonly Task[], Map<string, PlanGrouping>>();

function groupByPlan(tasks: readonly Task[], subdimension: string): PlanGrouping {
  let bySubdimension = groupings.get(tasks);
  if (!bySubdimension) {
    bySubdimension = new Map();
    groupings.set(tasks, bySubdimension);
  }
  const cached = bySubdimension.get(subdimension);
  if (cached) return cached;
  const byPlan = new Map<string, Task[]>();
  let count = 0;
  for (const other of tasks) {
    if (other.subdimension !== subdimension) continue;
    count += 1;
    const list = byPlan.get(other.plan);
    if (list) list.push(other);
    else byPlan.set(other.plan, [other]);
  }
  for (const list of byPlan.values()) list.sort((a, b) => a.order - b.order);
  const grouping: PlanGrouping = { plans: [...byPlan.keys()].sort((a, b) => a.localeCompare(b)), byPlan, count, orders: new WeakMap() };
  bySubdimension.set(subdimension, grouping);
  return grouping;
}

/** The grouping's plans with those of `province` first (a stable partition of the id order). */
function orderFor(grouping: PlanGrouping, province: string | undefined, provinceOf: ProvinceOf): { plans: string[]; rank: Map<string, number> } {
  let byProvince = grouping.orders.get(provinceOf);
  if (!byProvince) {
    byProvince = new Map();
    grouping.orders.set(provinceOf, byProvince);
  }
  const cached = byProvince.get(province);
  if (cached) return cached;
  const near = province === undefined ? [] : grouping.plans.filter((plan) => provinceOf(plan) === province);
  const plans = near.length === 0 ? grouping.plans : [...near, ...grouping.plans.filter((plan) => provinceOf(plan) !== province)];
  const order = { plans, rank: new Map(plans.map((plan, index) => [plan, index])) };
  byProvince.set(province, order);
  return order;
}

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

/** The lines of a task's text that are not bullet items (its intro), or the whole text when it has no bullets. */
export function introLines(task: Task): string[] {
  return task.actions.length > 0 ? task.text.split('\n').filter((line) => !/^[-+] /.test(line)) : [task.text];
}
