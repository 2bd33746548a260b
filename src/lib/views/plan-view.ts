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
      ? (dimensions.flatMap((dimension) => dimension.subdimensions).find((sub) => sub.code === task.subdimension)?.name.vi ?? null)
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
