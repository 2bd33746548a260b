/** The geography model against the real content: ids, merges, origins, and what pages and plans read from it. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../content/corpus.ts';
import { byId } from '../views/locality-view.ts';
import { communeView, districtPages } from '../views/commune-view.ts';
import { districtAreas } from './successors.ts';
import { communesOfLocality, coveringPlans } from './coverage.ts';
import { communeKind, parseProvinceName } from './places.ts';
import type { Locality } from '../../schemas/locality.ts';

const corpus = loadCorpus('content', { today: '2026-12-02' });
const places = corpus.geography.places;
if (!places) throw new Error('content/geography/ is missing');
const localities = byId(corpus.localities);
const areas = new Map(districtAreas(corpus.localities, places).map((area) => [area.id, area.communes]));
const coverage = coveringPlans(corpus.plans, localities, places, areas);
const commune = (province: string, id: string) => {
  const found = places.newProvinceById.get(province)?.communes.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no commune ${province}/${id}`);
  return found;
};

describe('provinces, new and old', () => {
  it('34 of today, 63 of before; 11 unchanged share one id', () => {
    expect(places.newProvinces).toHaveLength(34);
    expect(places.oldProvinces).toHaveLength(63);
    const unchanged = places.oldProvinces.filter((province) => province.unchanged).map((province) => province.id);
    expect(unchanged.sort()).toEqual([
      'cao-bang',
      'dien-bien',
      'ha-noi',
      'ha-tinh',
      'hue',
      'lai-chau',
      'lang-son',
      'nghe-an',
      'quang-ninh',
      'son-la',
      'thanh-hoa',
    ]);
    for (const id of unchanged) expect(places.newProvinceById.get(id)?.unchanged).toBe(true);
  });
  it('an old province whose name a merged province took is "-cu": the former Cần Thơ city', () => {
    expect(places.oldProvinceById.get('can-tho-cu')?.official).toBe('Thành phố Cần Thơ');
    expect(places.newProvinceById.get('can-tho')?.formedFrom.sort()).toEqual(['can-tho-cu', 'hau-giang', 'soc-trang']);
    expect(places.oldProvinceById.get('soc-trang')?.into).toEqual(['can-tho']);
  });
  it('reads the type word of a province: "Tp Cần Thơ" is a city named Cần Thơ', () => {
    expect(parseProvinceName('92', 'Tp Cần Thơ')).toMatchObject({ name: 'Cần Thơ', kind: 'city', full_name: 'thành phố Cần Thơ' });
    expect(() => parseProvinceName('00', 'Cần Thơ')).toThrow(/Tỉnh/);
  });
  it('every province of the geography is a locality with its change of 1 July 2025 stated', () => {
    for (const id of [...places.newProvinceById.keys(), ...places.oldProvinceById.keys()])
      expect(localities.get(id)?.change_2025?.source.number).toBe('202/2025/QH15');
    expect(localities.get('hau-giang')?.change_2025).toMatchObject({ kind: 'merged', into: 'can-tho' });
  });
});

describe('communes of today', () => {
  it('3,321, with ids unique within their province', () => {
    expect(places.communes).toHaveLength(3321);
    for (const province of places.newProvinces) expect(new Set(province.communes.map((entry) => entry.id)).size).toBe(province.communes.length);
  });
  it('two names of one province that fold alike both carry their code', () => {
    const clashes = places.communes.filter((entry) => /-\d{5}$/.test(entry.id));
    expect(clashes.length).toBeGreaterThan(0);
    for (const entry of clashes) expect(entry.id.endsWith(entry.code)).toBe(true);
  });
  it('Phường Ngã Năm: formed from Phường 1, Phường 2 and xã Vĩnh Quới of thị xã Ngã Năm, by clause 29 of 1668/NQ-UBTVQH15', () => {
    const ngaNam = commune('can-tho', 'phuong-nga-nam');
    expect(communeKind(ngaNam.name)).toBe('phuong');
    expect(ngaNam.origins.map((origin) => `${origin.name}, ${origin.district} (${origin.share})`)).toEqual([
      'Phường 1, Thị xã Ngã Năm (full)',
      'Phường 2, Thị xã Ngã Năm (full)',
      'Xã Vĩnh Quới, Thị xã Ngã Năm (full)',
    ]);
    expect(ngaNam.resolution).toBe('1668/NQ-UBTVQH15');
    expect(ngaNam.clause).toMatch(/^29\. Sắp xếp toàn bộ .*Phường 1 và Phường 2 \(thị xã Ngã Năm\), xã Vĩnh Quới .*phường Ngã Năm\.$/);
  });
});

describe('the plans that covered a commune of today', () => {
  it('Phường Ngã Năm: the Ngã Năm 2021 plan (thị xã Ngã Năm) and the Sóc Trăng 2023 plan (tỉnh Sóc Trăng)', () => {
    const plans = coverage.get(commune('can-tho', 'phuong-nga-nam').code) ?? [];
    expect(plans.map(({ plan, via }) => `${plan.id} via ${via.id}`).sort()).toEqual(['nga-nam-2021 via nga-nam', 'soc-trang-2023 via soc-trang']);
  });
  it('xã Chi Lăng of Lạng Sơn: the Chi Lăng 2024 plan', () => {
    expect((coverage.get(commune('lang-son', 'xa-chi-lang').code) ?? []).map(({ plan }) => plan.id)).toEqual(['chi-lang-2024']);
  });
  it('a plan issued since 1 July 2025 by a ward covers that ward: a locality "Phường Ngã Năm" under can-tho (test data, never published)', () => {
    const ward: Locality = {
      id: 'test-phuong-nga-nam',
      name: 'Ngã Năm',
      full_name: 'Phường Ngã Năm',
      type: 'ward',
      parent: 'can-tho',
      aliases: [],
      change_2025: null,
      coordinates: null,
      role: 'issuer',
      named_in: null,
    };
    expect([...communesOfLocality(ward, localities, places, areas)]).toEqual([commune('can-tho', 'phuong-nga-nam').code]);
  });
  it('a commune of Hà Nội: no plan', () => {
    expect(coverage.get(commune('ha-noi', 'phuong-hoan-kiem').code)).toBeUndefined();
  });
  it('the commune view groups origins by old district, links the districts the portal has pages for, and names the old provinces', () => {
    const view = communeView(commune('can-tho', 'phuong-nga-nam'), { places, localities, districtPages: districtPages(corpus.localities), coverage });
    expect(view.origins.map((group) => [group.district, group.districtPage, group.province?.id])).toEqual([['Thị xã Ngã Năm', 'nga-nam', 'soc-trang']]);
    expect(view.oldProvinces.map((province) => province.id)).toEqual(['soc-trang']);
    expect(view.unconfirmed).toBe(false);
  });
});
