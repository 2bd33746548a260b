import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../__tests__/real-import.ts';
import { byId, currentUnit, matchesQuery, plansInArea, searchKeys } from './localities.ts';

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
  it('"can tho" finds Cần Thơ and the places now in it (Sóc Trăng, Ngã Năm)', () => {
    expect(found('can tho').sort()).toEqual(['can-tho', 'nga-nam', 'soc-trang']);
  });
  it('"dak rlap" finds Đắk R\'Lấp', () => {
    expect(found("dak rlap")).toEqual(['dak-rlap']);
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
  it('the plans issued in what is now Cần Thơ are Ngã Năm\'s and Sóc Trăng\'s', () => {
    expect(plansInArea('can-tho', realCorpus.plans, localities).map((plan) => plan.id).sort()).toEqual(['nga-nam-2021', 'soc-trang-2023']);
  });
});
