/**
 * Lookups that many pages need, built once per build instead of once per page:
 * at 20,000 tasks, scanning every task or building an agency map on each of
 * 40,000 pages is what makes a build slow.
 */
import type { Agency } from '../../schemas/agency.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Locality } from '../../schemas/locality.ts';
import type { Progress } from '../../schemas/progress.ts';
import type { Task } from '../../schemas/task.ts';
import { ProgressIndex } from '../progress/progress-index.ts';
import { RelatedIndex } from '../views/task-view.ts';

export interface SiteIndexes {
  agencies: ReadonlyMap<string, Agency>;
  plans: ReadonlyMap<string, Plan>;
  tasks: ReadonlyMap<string, Task>;
  tasksByPlan: ReadonlyMap<string, Task[]>;
  tasksBySubdimension: ReadonlyMap<string, Task[]>;
  /** Tasks an agency leads, and those it supports, by agency id. */
  leads: ReadonlyMap<string, Task[]>;
  supports: ReadonlyMap<string, Task[]>;
  localities: ReadonlyMap<string, Locality>;
  /** The offices of each locality, in the order of the content. */
  agenciesByLocality: ReadonlyMap<string, Agency[]>;
  /** Each plan's position in the content's order of plans (pages list plans in that order). */
  planOrder: ReadonlyMap<string, number>;
  /** A plan's province. */
  provinceOf: (plan: string) => string | undefined;
  /** Tasks of each sub-dimension by plan, for the "same sub-dimension elsewhere" lists. */
  related: RelatedIndex;
  /** Each task's progress updates, status and history: every status and count of the site reads them here. */
  progress: ProgressIndex;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildIndexes(input: {
  agencies: readonly Agency[];
  plans: readonly Plan[];
  tasks: readonly Task[];
  localities?: readonly Locality[];
  progress: readonly Progress[];
}): SiteIndexes {
  const tasksByPlan = new Map<string, Task[]>();
  const tasksBySubdimension = new Map<string, Task[]>();
  const leads = new Map<string, Task[]>();
  const supports = new Map<string, Task[]>();
  const ordered = [...input.tasks].sort((a, b) => a.plan.localeCompare(b.plan) || a.order - b.order);
  for (const task of ordered) {
    push(tasksByPlan, task.plan, task);
    if (task.subdimension) push(tasksBySubdimension, task.subdimension, task);
    for (const id of task.lead) push(leads, id, task);
    for (const id of task.partners) push(supports, id, task);
  }
  const plans = new Map(input.plans.map((plan) => [plan.id, plan]));
  const agenciesByLocality = new Map<string, Agency[]>();
  for (const agency of input.agencies) push(agenciesByLocality, agency.locality, agency);
  const provinceOf = (plan: string) => plans.get(plan)?.province;
  return {
    agencies: new Map(input.agencies.map((agency) => [agency.id, agency])),
    plans,
    tasks: new Map(input.tasks.map((task) => [task.id, task])),
    tasksByPlan,
    tasksBySubdimension,
    leads,
    supports,
    localities: new Map((input.localities ?? []).map((locality) => [locality.id, locality])),
    agenciesByLocality,
    planOrder: new Map(input.plans.map((plan, index) => [plan.id, index])),
    provinceOf,
    related: new RelatedIndex(ordered, provinceOf),
    progress: new ProgressIndex(input.progress),
  };
}
