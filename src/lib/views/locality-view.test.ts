import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../__tests__/real-import.ts';
import { byId, currentUnit, matchesQuery, plansInArea, searchKeys } from './locality-view.ts';

const localities = byId(realCorpus.localities);
const keysOf = (id: string) => searchKeys(localities.get(id)!, localities);
const found = (query: string) => realCorpus.localities.filter((locality) => matchesQuery(keysOf(locality.id), query)).map((locality) => locality.id);

describe('the locality finder', () => {
  it('"nga nam" (no diacritics) finds Ngã Năm', () => {
    expect(found('nga nam')).toEqual(['nga-nam']);
  });
  it('"dong hoa", "Đông Hoà" and "Đông Hòa" find Đông Hòa', () => {
    expect(found('dong hoa')).toEqual(['dong-hoa']);
    expect(found('Đông Hoà')).toEqual(['dong-hoa']);
    expect(found('Đông Hòa')).toEqual(['dong-hoa']);
  });
  it('"can tho" finds Cần Thơ, old and new, and the places now in it (Hậu Giang, Sóc Trăng and its districts, and their model hamlets)', () => {
    const hits = found('can tho');
    expect(hits.filter((id) => localities.get(id)?.type !== 'hamlet').sort()).toEqual([
      'can-tho',
      'can-tho-cu',
      'hau-giang',
      'my-xuyen',
      'nga-nam',
      'soc-trang',
      'tp-soc-trang',
      'vinh-chau',
    ]);
    expect(hits.filter((id) => localities.get(id)?.type === 'hamlet')).toHaveLength(12);
  });
  it('"dak rlap" finds Đắk R\'Lấp', () => {
    expect(found('dak rlap')).toEqual(['dak-rlap']);
  });
  it('decomposed (NFD) input finds the same', () => {
    expect(found('Ngã Năm'.normalize('NFD'))).toEqual(['nga-nam']);
  });
  it('an empty query matches nothing', () => {
    expect(found('  ')).toEqual([]);
  });
});

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
