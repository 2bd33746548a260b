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
  const { limit = RELATED_LIMIT, provinceOf = () => undefined } = options;
  if (task.subdimension === null) return { tasks: [], total: 0 };
  const byPlan = new Map<string, Task[]>();
  for (const other of sameSubdimension) {
    if (other.subdimension !== task.subdimension || other.plan === task.plan) continue;
    const list = byPlan.get(other.plan);
    if (list) list.push(other);
    else byPlan.set(other.plan, [other]);
  }
  const province = provinceOf(task.plan);
  const near = (plan: string) => (province !== undefined && provinceOf(plan) === province ? 0 : 1);
  const plans = [...byPlan.keys()].sort((a, b) => near(a) - near(b) || a.localeCompare(b));
  for (const list of byPlan.values()) list.sort((a, b) => a.order - b.order);
  const total = [...byPlan.values()].reduce((sum, list) => sum + list.length, 0);
  const chosen = new Set<Task>();
  for (let round = 0; chosen.size < Math.min(limit, total); round += 1) {
    for (const plan of plans) {
      const candidate = byPlan.get(plan)?.[round];
      if (candidate && chosen.size < limit) chosen.add(candidate);
    }
  }
  const rank = new Map(plans.map((plan, index) => [plan, index]));
  const tasks = [...chosen].sort((a, b) => (rank.get(a.plan) ?? 0) - (rank.get(b.plan) ?? 0) || a.order - b.order);
  return { tasks, total };
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
