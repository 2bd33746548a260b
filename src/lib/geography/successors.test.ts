import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../content/corpus.ts';
import { successorsOf } from './successors.ts';

const places = loadCorpus('content', { today: '2026-12-02' }).geography.places;
if (!places) throw new Error('content/geography/ is missing');
const of = (district: string, province: string) => successorsOf(places, province, district);

describe('the communes that now cover an abolished district', () => {
  it('thị xã Ngã Năm: phường Ngã Năm, phường Mỹ Quới and xã Tân Long of Cần Thơ (1668/NQ-UBTVQH15)', () => {
    const list = of('thị xã Ngã Năm', 'soc-trang');
    expect(list.map((entry) => entry.commune).sort()).toEqual(['Phường Mỹ Quới', 'Phường Ngã Năm', 'Xã Tân Long']);
    expect(new Set(list.map((entry) => `${entry.province} ${entry.resolution}`))).toEqual(new Set(['Tp Cần Thơ 1668/NQ-UBTVQH15']));
  });
  it('matches either tone placement: "thị xã Đông Hoà" finds the communes of "Thị xã Đông Hòa"', () => {
    expect(
      of('thị xã Đông Hoà', 'phu-yen')
        .map((entry) => entry.commune)
        .sort(),
    ).toEqual(['Phường Hòa Hiệp', 'Phường Phú Yên', 'Phường Đông Hòa', 'Xã Hòa Xuân']);
  });
  it('says when a new commune also took land from another district', () => {
    const myXuyen = of('huyện Mỹ Xuyên', 'soc-trang').find((entry) => entry.commune === 'Phường Mỹ Xuyên');
    expect(myXuyen?.part_of_district).toBe(true);
  });
  it('finds nothing for a name that is not a district of that province', () => {
    expect(of('thị xã Ngã Năm', 'lang-son')).toEqual([]);
  });
});
