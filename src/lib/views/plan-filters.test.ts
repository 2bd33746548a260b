import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../__tests__/real-import.ts';
import { ProgressIndex } from '../progress/progress-index.ts';
import { summarise } from '../progress/status.ts';
import {
  filterQuery,
  matches,
  optionCounts,
  OVERDUE,
  parseFilterState,
  planFilterOptions,
  stateFromAnchor,
  STATUS_VALUES,
  statusOfValue,
  taskFacets,
  toggled,
  type TaskFacets,
} from './plan-filters.ts';

/** The day the counts are taken on: after the end of every plan's period. */
const TODAY = '2026-12-02';
const plans = new Map(realCorpus.plans.map((plan) => [plan.id, plan]));
const progress = new ProgressIndex(realCorpus.progress);
const tasksOf = (planId: string) => realCorpus.tasks.filter((task) => task.plan === planId);
const facetsOf = (planId: string): TaskFacets[] => tasksOf(planId).map((task) => taskFacets(task, progress, TODAY, plans.get(planId)));
const name = (id: string) => realCorpus.agencies.find((agency) => agency.id === id)?.name ?? id;

describe('planFilterOptions on the real plans', () => {
  it('counts Chi Lăng 2024 by dimension, in dimension order', () => {
    const options = planFilterOptions(facetsOf('chi-lang-2024'), name);
    expect(options.dimensions).toEqual([4, 4, 3, 4, 1, 4, 2, 3].map((count, index) => ({ value: String(index + 1), count })));
  });
  it('counts Đông Hòa 2021: all 104 tasks by dimension and by lead office, each task once per office it leads', () => {
    const all = facetsOf('dong-hoa-2021');
    const options = planFilterOptions(all, name);
    expect(all).toHaveLength(104);
    expect(options.dimensions.reduce((sum, option) => sum + option.count, 0)).toBe(104);
    expect(options.dimensions.find((option) => option.value === '3')?.count).toBe(tasksOf('dong-hoa-2021').filter((task) => task.dimension === 3).length);
    const leads = tasksOf('dong-hoa-2021').reduce((sum, task) => sum + task.lead.length, 0);
    expect(options.offices.reduce((sum, option) => sum + option.count, 0)).toBe(leads);
    // Most tasks first.
    expect(options.offices.map((option) => option.count)).toEqual(options.offices.map((option) => option.count).sort((a, b) => b - a));
  });
  it('counts statuses by the same rule as the progress summary, overdue first', () => {
    for (const plan of realCorpus.plans) {
      const summary = summarise(tasksOf(plan.id), progress, TODAY, plans);
      const options = planFilterOptions(facetsOf(plan.id), name);
      const count = (value: string) => options.statuses.find((option) => option.value === value)?.count ?? 0;
      expect(count(OVERDUE), plan.id).toBe(summary.overdueWithoutReport);
      for (const [status, value] of Object.entries(STATUS_VALUES))
        expect(count(value), `${plan.id} ${status}`).toBe(summary.byStatus[status as keyof typeof STATUS_VALUES]);
      if (summary.overdueWithoutReport > 0) expect(options.statuses[0]?.value).toBe(OVERDUE);
    }
  });
  it("files Sóc Trăng's activities under no dimension", () => {
    expect(planFilterOptions(facetsOf('soc-trang-2023'), name).dimensions).toEqual([{ value: 'khac', count: 21 }]);
  });
});

describe('matches and optionCounts', () => {
  const all = facetsOf('dong-hoa-2021');
  it('combines the filters: the counts of one filter are those the others leave', () => {
    const state = { 'chi-so': '3', 'trang-thai': OVERDUE };
    const shown = all.filter((facets) => matches(facets, state));
    expect(shown.every((facets) => facets['chi-so'].includes('3') && facets['trang-thai'].includes(OVERDUE))).toBe(true);
    expect(optionCounts(all, 'chi-so', state).get('3')).toBe(shown.length);
    expect(optionCounts(all, 'trang-thai', state).get(OVERDUE)).toBe(shown.length);
    const office = shown[0]?.['co-quan'][0] ?? '';
    expect(optionCounts(all, 'co-quan', state).get(office)).toBe(shown.filter((facets) => facets['co-quan'].includes(office)).length);
  });
  it('shows everything with no filter, nothing for an unknown value', () => {
    expect(all.filter((facets) => matches(facets, {}))).toHaveLength(104);
    expect(all.filter((facets) => matches(facets, { 'co-quan': 'no-such-office' }))).toHaveLength(0);
  });
});

describe('the filter state in the address', () => {
  it('reads the known keys of a query string and writes them back in a fixed order', () => {
    const state = parseFilterState('?co-quan=chi-lang-ubnd&utm=x&trang-thai=qua-han&chi-so=3&chi-so=4');
    expect(state).toEqual({ 'chi-so': '3', 'trang-thai': 'qua-han', 'co-quan': 'chi-lang-ubnd' });
    expect(filterQuery(state)).toBe('?chi-so=3&trang-thai=qua-han&co-quan=chi-lang-ubnd');
    expect(filterQuery({})).toBe('');
    expect(parseFilterState('?chi-so=')).toEqual({});
  });
  it('toggles an option: chosen once it filters, chosen again it stops', () => {
    expect(toggled({ 'chi-so': '3' }, 'trang-thai', OVERDUE)).toEqual({ 'chi-so': '3', 'trang-thai': OVERDUE });
    expect(toggled({ 'chi-so': '3' }, 'chi-so', '4')).toEqual({ 'chi-so': '4' });
    expect(toggled({ 'chi-so': '3' }, 'chi-so', '3')).toEqual({});
  });
  it('reads the anchors of the links made for pages without JavaScript, and nothing else', () => {
    expect(stateFromAnchor('#chi-so-3')).toEqual({ 'chi-so': '3' });
    expect(stateFromAnchor('#chi-so-khac')).toEqual({ 'chi-so': 'khac' });
    expect(stateFromAnchor('#trang-thai-qua-han')).toEqual({ 'trang-thai': OVERDUE });
    expect(stateFromAnchor('#chi-so-3-title')).toBeNull();
    expect(stateFromAnchor('#trang-thai-x')).toBeNull();
    expect(stateFromAnchor('#nhiem-vu')).toBeNull();
  });
  it('maps each status value back to its status', () => {
    for (const [status, value] of Object.entries(STATUS_VALUES)) expect(statusOfValue(value)).toBe(status);
  });
});

describe('the page without JavaScript', () => {
  it('has a :target rule in global.css for every status value', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    for (const value of [OVERDUE, ...Object.values(STATUS_VALUES)]) {
      expect(css, value).toContain(`:has(#trang-thai-${value}:target) [data-task]:not([data-trang-thai~='${value}'])`);
    }
  });
});
