import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../__tests__/real-import.ts';
import { byId, currentUnit, plansInArea } from './locality-view.ts';

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
