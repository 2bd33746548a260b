/**
 * The filters of a plan page: by PAPI dimension, by status (with "overdue": past
 * its deadline, its period or its plan's period with no report, the one rule of
 * src/lib/progress/status.ts) and by lead office, each option with its count.
 * The page is built once with every task; each task carries its facets as data
 * attributes, and src/scripts/plan-filters.ts hides the tasks that do not match
 * the state in the query string (?chi-so=3&trang-thai=qua-han&co-quan=<id>),
 * with the functions here. Without JavaScript, the page's links go to a
 * dimension's section or a status's anchor (CSS :target) and to an office's page.
 */
import type { Plan } from '../../schemas/plan.ts';
import type { Task } from '../../schemas/task.ts';
import type { ProgressIndex, ShownStatus } from '../progress/progress-index.ts';
import { taskProgress } from '../progress/status.ts';

/** The query keys, in the order a link states them. */
export const FILTER_KEYS = ['chi-so', 'trang-thai', 'co-quan'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** One value per key at most; a key left out does not filter. */
export type FilterState = Partial<Record<FilterKey, string>>;
/** A task's values for each key (a task has several statuses when it is overdue, several lead offices). */
export type TaskFacets = Record<FilterKey, readonly string[]>;

/** The "dimension" of a task filed under none (a plan grouped by its own activities). */
export const NO_DIMENSION = 'khac';
/** Past its deadline, its period or its plan's period, and no report: taskProgress's overdueWithoutReport. */
export const OVERDUE = 'qua-han';
/** The status values of the query string (Vietnamese, as the site's paths are), in the order they are offered. */
export const STATUS_VALUES: Readonly<Record<ShownStatus, string>> = {
  no_report: 'chua-co-bao-cao',
  not_started: 'chua-bat-dau',
  in_progress: 'dang-thuc-hien',
  delayed: 'cham-tien-do',
  ongoing: 'dang-duy-tri',
  done: 'da-hoan-thanh',
  cancelled: 'da-huy',
};

/** The status a value of STATUS_VALUES stands for (no_report for an unknown value). */
export function statusOfValue(value: string): ShownStatus {
  return (Object.keys(STATUS_VALUES) as ShownStatus[]).find((status) => STATUS_VALUES[status] === value) ?? 'no_report';
}

/** A task's facets, by the same rule as every count of the site (taskProgress). */
export function taskFacets(task: Task, progress: ProgressIndex, today: string, plan: Plan | undefined): TaskFacets {
  const state = taskProgress(task, progress, today, plan);
  return {
    'chi-so': [task.dimension === null ? NO_DIMENSION : String(task.dimension)],
    'trang-thai': state.overdueWithoutReport ? [OVERDUE, STATUS_VALUES[state.status]] : [STATUS_VALUES[state.status]],
    'co-quan': task.lead,
  };
}

/** Whether a task passes every filter of the state (but `ignored`, when counting that filter's options). */
export function matches(facets: TaskFacets, state: FilterState, ignored?: FilterKey): boolean {
  return FILTER_KEYS.every((key) => {
    const wanted = state[key];
    return key === ignored || wanted === undefined || facets[key].includes(wanted);
  });
}

/** How many tasks each value of `key` would show, the other filters of the state applied. */
export function optionCounts(all: readonly TaskFacets[], key: FilterKey, state: FilterState = {}): Map<string, number> {
  const counts = new Map<string, number>();
  for (const facets of all) {
    if (!matches(facets, state, key)) continue;
    for (const value of new Set(facets[key])) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

export interface FilterOption {
  value: string;
  /** Tasks of the plan with this value. */
  count: number;
}

export interface PlanFilterOptions {
  /** In dimension order, the tasks filed under none last. */
  dimensions: FilterOption[];
  /** Overdue first, then the statuses in STATUS_VALUES order; only those some task has. */
  statuses: FilterOption[];
  /** Lead offices, most tasks first, then by name. */
  offices: FilterOption[];
}

/** The options a plan page offers, each with its count over all the plan's tasks. */
export function planFilterOptions(all: readonly TaskFacets[], officeName: (id: string) => string): PlanFilterOptions {
  const options = (key: FilterKey) => [...optionCounts(all, key)].map(([value, count]) => ({ value, count }));
  const dimensionRank = (value: string) => (value === NO_DIMENSION ? 99 : Number(value));
  const statusOrder = [OVERDUE, ...Object.values(STATUS_VALUES)];
  return {
    dimensions: options('chi-so').sort((a, b) => dimensionRank(a.value) - dimensionRank(b.value)),
    statuses: options('trang-thai').sort((a, b) => statusOrder.indexOf(a.value) - statusOrder.indexOf(b.value)),
    offices: options('co-quan').sort((a, b) => b.count - a.count || officeName(a.value).localeCompare(officeName(b.value), 'vi')),
  };
}

/** The state a query string asks for: known keys with a non-empty value; the first of a repeated key. */
export function parseFilterState(search: string): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) state[key] = value;
  }
  return state;
}

/** The query string of a state ("?chi-so=3&trang-thai=qua-han"), or "" when nothing is filtered. */
export function filterQuery(state: FilterState): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = state[key];
    if (value !== undefined) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The state after choosing an option: the option replaces that key's value, or, chosen again, removes it. */
export function toggled(state: FilterState, key: FilterKey, value: string): FilterState {
  const next = { ...state };
  if (next[key] === value) delete next[key];
  else next[key] = value;
  return next;
}

/** The anchor a filter option links to without JavaScript (a dimension's section, a status's target). */
export function filterAnchor(key: 'chi-so' | 'trang-thai', value: string): string {
  return `${key}-${value}`;
}

/** The state an anchor of filterAnchor stands for (a link to "#chi-so-3" from another page), or null. */
export function stateFromAnchor(hash: string): FilterState | null {
  const dimension = /^#?chi-so-(\d+|khac)$/.exec(hash)?.[1];
  if (dimension) return { 'chi-so': dimension };
  const status = /^#?trang-thai-([a-z-]+)$/.exec(hash)?.[1];
  if (status && (status === OVERDUE || Object.values(STATUS_VALUES).includes(status))) return { 'trang-thai': status };
  return null;
}
