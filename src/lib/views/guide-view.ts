/**
 * How guides meet the plans: the tasks a guide links, grouped by plan in the
 * plans' order, and for each task the guides that explain its subject.
 */
import type { GuideEntry } from '../../schemas/guide.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Task } from '../../schemas/task.ts';

export interface PlanTasks {
  plan: Plan;
  tasks: Task[];
}

/**
 * The guide's tasks under their plans: plans newest first (as on the home
 * page), tasks in the order the plan prints them. Unknown ids were refused by
 * the corpus check, so none is silently dropped here.
 */
export function guideTasksByPlan(taskIds: readonly string[], tasks: ReadonlyMap<string, Task>, plans: ReadonlyMap<string, Plan>): PlanTasks[] {
  const groups = new Map<string, Task[]>();
  for (const id of taskIds) {
    const task = tasks.get(id);
    if (!task) throw new Error(`guide links task "${id}", which does not exist`);
    groups.set(task.plan, [...(groups.get(task.plan) ?? []), task]);
  }
  return [...groups]
    .map(([planId, list]) => {
      const plan = plans.get(planId);
      if (!plan) throw new Error(`task plan "${planId}" does not exist`);
      return { plan, tasks: list.sort((a, b) => a.order - b.order) };
    })
    .sort((a, b) => b.plan.period.from - a.plan.period.from || a.plan.id.localeCompare(b.plan.id));
}

/** Guides in one language, in their editorial order. */
export function guidesIn<G extends Pick<GuideEntry, 'order' | 'slug' | 'lang'>>(guides: readonly G[], lang: G['lang']): G[] {
  return guides.filter((guide) => guide.lang === lang).sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** For each task id, the guides (one language) that link it. */
export function guidesByTask<G extends Pick<GuideEntry, 'tasks'>>(guides: readonly G[]): Map<string, G[]> {
  const map = new Map<string, G[]>();
  for (const guide of guides) {
    for (const id of guide.tasks) map.set(id, [...(map.get(id) ?? []), guide]);
  }
  return map;
}

/** For each sub-dimension code, the guides (one language) that belong to it. */
export function guidesBySubdimension<G extends Pick<GuideEntry, 'subdimensions'>>(guides: readonly G[]): Map<string, G[]> {
  const map = new Map<string, G[]>();
  for (const guide of guides) {
    for (const code of guide.subdimensions) map.set(code, [...(map.get(code) ?? []), guide]);
  }
  return map;
}
