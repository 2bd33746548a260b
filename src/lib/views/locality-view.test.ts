import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../__tests__/real-import.ts';
import { ProgressIndex } from '../progress/progress-index.ts';
import { byId, currentUnit, periodState, planSummary, plansInArea } from './locality-view.ts';

const localities = byId(realCorpus.localities);

describe('localities then and now', () => {
  it('Ngã Năm is now in Cần Thơ; Chi Lăng in Lạng Sơn', () => {
    expect(currentUnit('nga-nam', localities)?.id).toBe('can-tho');
    expect(currentUnit('chi-lang', localities)?.id).toBe('lang-son');
  });
  it("the plans issued in what is now Cần Thơ are Ngã Năm's and Sóc Trăng's", () => {
    expect(
      plansInArea('can-tho', realCorpus.plans, localities)
        .map((plan) => plan.id)
        .sort(),
    ).toEqual(['nga-nam-2021', 'soc-trang-2023']);
  });
});

describe('plansNaming', () => {
  it('finds the plan that chose a model hamlet, for the hamlet and for its district', async () => {
    const { loadCorpus } = await import('../content/corpus.ts');
    const { plansNaming } = await import('./locality-view.ts');
    const corpus = loadCorpus('content', { today: '2026-11-22' });
    expect(plansNaming('vinh-chau-lac-hoa-ca-lac', corpus.plans, corpus.localities).map((plan) => plan.id)).toEqual(['soc-trang-2023']);
    expect(plansNaming('vinh-chau', corpus.plans, corpus.localities).map((plan) => plan.id)).toEqual(['soc-trang-2023']);
    expect(plansNaming('nga-nam', corpus.plans, corpus.localities)).toEqual([]);
  });
});

describe('the plan lines a place page leads with', () => {
  const plan = realCorpus.plans.find((candidate) => candidate.id === 'nga-nam-2021');
  it('Ngã Năm 2021: 24 tasks, none reported, the period over by 2026; the tasks filed under the eight dimensions', () => {
    if (!plan) throw new Error('nga-nam-2021 missing');
    const summary = planSummary(plan, realCorpus.tasks, new ProgressIndex([]), realCorpus.dimensions, '2026-02-12');
    expect(summary).toMatchObject({ tasks: 24, reported: 0, period: 'ended' });
    expect(summary.sections.map((section) => section.dimension)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(summary.sections.reduce((sum, section) => sum + section.count, 0)).toBe(24);
  });
  it('counts a task with a report once, however many reports it has', () => {
    if (!plan) throw new Error('nga-nam-2021 missing');
    const first = realCorpus.tasks.find((task) => task.plan === plan.id);
    if (!first) throw new Error('no task');
    const report = (date: string) => ({ task: first.id, date, status: 'in_progress', note: null, source: { title: 'test', url: null } }) as never;
    expect(
      planSummary(plan, realCorpus.tasks, new ProgressIndex([report('2021-09-01'), report('2021-12-01')]), realCorpus.dimensions, '2021-12-31'),
    ).toMatchObject({
      reported: 1,
      period: 'current',
    });
  });
  it('a period is upcoming before its first year, current through its last, ended after', () => {
    expect(periodState({ from: 2024, to: 2025 }, '2023-12-31')).toBe('upcoming');
    expect(periodState({ from: 2024, to: 2025 }, '2024-01-01')).toBe('current');
    expect(periodState({ from: 2024, to: 2025 }, '2025-12-31')).toBe('current');
    expect(periodState({ from: 2024, to: 2025 }, '2026-01-01')).toBe('ended');
  });
});
