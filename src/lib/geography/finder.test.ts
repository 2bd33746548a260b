/**
 * The place finder against the real geography (content/geography/): the cases a
 * citizen types, with and without diacritics and type words, and the budget of
 * the file it downloads.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../content/corpus.ts';
import { buildFinderData, decodeFinderData, PlaceFinder, parseQuery, type PlaceMatch } from './finder.ts';

const corpus = loadCorpus('content', { today: '2026-12-02' });
const places = corpus.geography.places;
if (!places) throw new Error('content/geography/ is missing');
const data = buildFinderData(places, corpus.localities, (id) => corpus.plans.filter((plan) => plan.locality === id).length);
const finder = new PlaceFinder(data);
const first = (query: string): PlaceMatch | undefined => finder.search(query).matches[0];
const line = (match: PlaceMatch | undefined) => (match ? `${match.kind}: ${match.name}, ${match.where}` : 'nothing');

describe('the finder file', () => {
  it('holds every name of today and of before: 97 provinces (11 of them unchanged, so 86 entries), 3,321 communes, 691 districts, 10,047 old communes', () => {
    const decoded = decodeFinderData(data);
    expect(decoded.provinces).toHaveLength(86);
    expect(decoded.communes).toHaveLength(3321);
    expect(decoded.districts).toHaveLength(691);
    expect(decoded.oldCommunes).toHaveLength(10047);
    expect(finder.size).toBe(86 + 3321 + 691 + 10047);
  });
  it('unpacks to the names and page ids of the geography', () => {
    const decoded = decodeFinderData(data);
    const byCode = new Map(decoded.communes.map(([name, province, id]) => [`${decoded.provinces[province]?.[0]}/${id}`, name]));
    for (const commune of places.communes) expect(byCode.get(`${commune.province}/${commune.id}`)).toBe(commune.name);
    const oldNames = new Set(decoded.oldCommunes.map(([name, district]) => `${decoded.districts[district]?.[0]}/${name}`));
    for (const district of places.oldDistricts) for (const commune of district.communes) expect(oldNames.has(`${district.name}/${commune.name}`)).toBe(true);
  });
  it('stays within the budget: ≤ 60 kB gzip', () => {
    expect(gzipSync(JSON.stringify(data), { level: 9 }).length).toBeLessThanOrEqual(60_000);
  });
});

describe('finding a place', () => {
  it('"phuong nga nam": Phường Ngã Năm, Tp Cần Thơ — formerly Phường 1, Phường 2, Xã Vĩnh Quới (Thị xã Ngã Năm, Tỉnh Sóc Trăng)', () => {
    const match = first('phuong nga nam');
    expect(line(match)).toBe('commune: Phường Ngã Năm, Tp Cần Thơ');
    expect(match?.target).toEqual({ locality: 'can-tho', commune: 'phuong-nga-nam' });
    expect(match?.related.map((old) => `${old.name} (${old.where})`)).toEqual([
      'Phường 1 (Thị xã Ngã Năm, Tỉnh Sóc Trăng)',
      'Phường 2 (Thị xã Ngã Năm, Tỉnh Sóc Trăng)',
      'Xã Vĩnh Quới (Thị xã Ngã Năm, Tỉnh Sóc Trăng)',
    ]);
  });
  it('"Phường 1 Ngã Năm" (an old ward) leads to Phường Ngã Năm, and to no other Phường 1', () => {
    const { matches } = finder.search('Phường 1 Ngã Năm');
    expect(matches.map(line)).toEqual(['old-commune: Phường 1, Thị xã Ngã Năm, Tỉnh Sóc Trăng']);
    expect(matches[0]?.related.map((now) => now.target)).toEqual([{ locality: 'can-tho', commune: 'phuong-nga-nam' }]);
  });
  it('"xa chi lang" lists the new xã Chi Lăng of Lạng Sơn first, and the old huyện Chi Lăng with its plan, and the old thị trấn Chi Lăng', () => {
    const { matches } = finder.search('xa chi lang', 50);
    expect(line(matches[0])).toBe('commune: Xã Chi Lăng, Tỉnh Lạng Sơn');
    const district = matches.find((match) => match.kind === 'old-district' && match.name === 'Huyện Chi Lăng');
    expect(district?.target).toEqual({ locality: 'chi-lang' });
    expect(district?.plans).toBe(1);
    expect(district?.related.map((now) => now.name)).toContain('Xã Chi Lăng');
    expect(matches.map(line)).toContain('old-commune: Thị trấn Chi Lăng, Huyện Chi Lăng, Tỉnh Lạng Sơn');
    // Every place of that name, each with its province.
    expect(matches.map(line)).toContain('commune: Xã Chi Lăng, Tỉnh Bắc Ninh');
  });
  it('"hau giang": the old province, now part of Cần Thơ', () => {
    const match = first('hau giang');
    expect(line(match)).toBe('old-province: Tỉnh Hậu Giang, ');
    expect(match?.related.map((now) => now.target.locality)).toEqual(['can-tho']);
  });
  it('"dak rlap", "Đắk R\'Lấp" and "Đăk R\'Lấp": the old district, with its page and plan', () => {
    for (const query of ['dak rlap', "Đắk R'Lấp", "Đăk R'Lấp", 'huyen dak rlap']) {
      expect(line(first(query))).toBe("old-district: Huyện Đắk R'Lấp, Tỉnh Đắk Nông");
      expect(first(query)?.target).toEqual({ locality: 'dak-rlap' });
    }
  });
  it('either tone placement, any case, NFD input: "hoà bình" = "Hòa Bình" = "HOA BINH"', () => {
    const names = (query: string) => finder.search(query, 30).matches.map(line);
    expect(names('Hòa Bình')).toEqual(names('hoà bình'));
    expect(names('HOA BINH')).toEqual(names('hoà bình'));
    expect(names('Hòa Bình'.normalize('NFD'))).toEqual(names('hoà bình'));
    expect(line(first('tinh hoa binh'))).toBe('old-province: Tỉnh Hoà Bình, ');
  });
  it('"my quoi": Phường Mỹ Quới of today first, then the old xã Mỹ Quới', () => {
    const { matches } = finder.search('my quoi');
    expect(matches.slice(0, 2).map(line)).toEqual(['commune: Phường Mỹ Quới, Tp Cần Thơ', 'old-commune: Xã Mỹ Quới, Thị xã Ngã Năm, Tỉnh Sóc Trăng']);
  });
  it('a commune formed from parts of two old communes names both, each as a part', () => {
    const match = finder.search('xa hai hoa quang ninh').matches.find((candidate) => candidate.kind === 'commune' && candidate.name === 'Xã Hải Hòa');
    expect(match?.related.map((old) => old.name)).toEqual(['Xã Hải Hòa', 'Xã Hải Lạng']);
    const commune = places.communes.find((candidate) => candidate.province === 'quang-ninh' && candidate.name === 'Xã Hải Hòa');
    expect(commune?.origins.map((origin) => origin.share)).toEqual(['partial', 'partial']);
  });
  it('"tp can tho": the city of today, then the former city', () => {
    expect(finder.search('tp can tho').matches.slice(0, 2).map(line)).toEqual(['province: Tp Cần Thơ, ', 'old-province: Thành phố Cần Thơ, ']);
  });
  it('a type word alone, or nothing, asks for nothing', () => {
    expect(finder.search('xã').total).toBe(0);
    expect(finder.search('   ').total).toBe(0);
    expect(parseQuery('thị xã Ngã Năm')).toEqual({ type: 'thi xa', words: ['nga', 'nam'] });
  });
  it('a name that is nowhere finds nothing', () => {
    expect(finder.search('zzzz').total).toBe(0);
  });
});
