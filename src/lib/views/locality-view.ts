/**
 * Localities then and now: what a unit became on 1 July 2025, which plans were
 * issued in its area, and the names a citizen may type to find it.
 */
import type { Dimension } from '../../schemas/dimension.ts';
import type { Locality } from '../../schemas/locality.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { ProgressIndex } from '../progress/progress-index.ts';
import type { Task } from '../../schemas/task.ts';
import { summarise } from '../progress/status.ts';
import { planSections, type DimensionSection } from './plan-view.ts';

export function byId(localities: readonly Locality[]): Map<string, Locality> {
  return new Map(localities.map((locality) => [locality.id, locality]));
}

/** The unit itself and every unit above it, nearest first. */
export function ancestry(id: string, localities: ReadonlyMap<string, Locality>): Locality[] {
  const chain: Locality[] = [];
  let current = localities.get(id);
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = current.parent ? localities.get(current.parent) : undefined;
  }
  return chain;
}

/** The unit that covers the area today: the `into` of the first change in the chain, else the top unit. */
export function currentUnit(id: string, localities: ReadonlyMap<string, Locality>): Locality | null {
  for (const unit of ancestry(id, localities)) {
    const into = unit.change_2025?.into;
    if (into) return localities.get(into) ?? null;
  }
  return null;
}

/** Whether the area of `id` lies in `area` (itself, below it, or merged into it). */
export function isInArea(id: string, area: string, localities: ReadonlyMap<string, Locality>): boolean {
  return ancestry(id, localities).some((unit) => unit.id === area || unit.change_2025?.into === area);
}

/** Plans issued in the area of a locality, old or new. */
export function plansInArea(area: string, plans: readonly Plan[], localities: ReadonlyMap<string, Locality>): Plan[] {
  return plans.filter((plan) => isInArea(plan.locality, area, localities));
}

/** Units directly below a locality (districts of a province, hamlets of a ward). */
export function children(id: string, localities: readonly Locality[]): Locality[] {
  return localities.filter((locality) => locality.parent === id);
}

/**
 * Plans that name a locality without being issued in it: the plan that chose a
 * model hamlet, shown on the hamlet's page and on its district's.
 */
export function plansNaming(id: string, plans: readonly Plan[], localities: readonly Locality[]): Plan[] {
  const named = new Set(localities.filter((unit) => unit.named_in && (unit.id === id || unit.parent === id)).map((unit) => unit.named_in));
  return plans.filter((plan) => named.has(plan.id));
}

/** Where a plan's period stands on a day: not begun, under way, or over (by calendar year). */
export type PeriodState = 'upcoming' | 'current' | 'ended';

export function periodState(period: { from: number; to: number }, today: string): PeriodState {
  const year = Number(today.slice(0, 4));
  if (year < period.from) return 'upcoming';
  return year > period.to ? 'ended' : 'current';
}

/** The line a place's page leads with for each plan covering it, and its tasks by dimension. */
export interface PlanSummary {
  plan: Plan;
  tasks: number;
  /** Tasks with at least one progress report, by the rule every count follows (summarise). */
  reported: number;
  period: PeriodState;
  sections: DimensionSection[];
}

export function planSummary(plan: Plan, tasks: readonly Task[], progress: ProgressIndex, dimensions: readonly Dimension[], today: string): PlanSummary {
  const own = tasks.filter((task) => task.plan === plan.id);
  const summary = summarise(own, progress, today, new Map([[plan.id, plan]]));
  return {
    plan,
    tasks: own.length,
    reported: summary.total - summary.byStatus.no_report,
    period: periodState(plan.period, today),
    sections: planSections(own, dimensions),
  };
}
