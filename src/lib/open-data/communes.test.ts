/** The communes of today as open data, against the real geography (content/geography/). */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../content/corpus.ts';
import { communeSheet, publishedCommunes } from './communes.ts';

const places = loadCorpus('content', { today: '2026-12-02' }).geography.places;
if (!places) throw new Error('content/geography/ is missing');
const communes = publishedCommunes(places);
const ngaNam = communes.find((commune) => commune.name === 'Phường Ngã Năm');

describe('communes.json', () => {
  it('every commune of today once, each with its old communes; only special zones made from a whole island district have none', () => {
    expect(communes).toHaveLength(3321);
    expect(new Set(communes.map((commune) => commune.code)).size).toBe(3321);
    const fromDistricts = communes.filter((commune) => commune.formed_from.length === 0);
    expect(fromDistricts.map((commune) => commune.name)).toEqual([
      'Đặc khu Bạch Long Vĩ',
      'Đặc khu Cồn Cỏ',
      'Đặc khu Hoàng Sa',
      'Đặc khu Lý Sơn',
      'Đặc khu Côn Đảo',
    ]);
    // The clause names the district instead: "Sắp xếp toàn bộ … của huyện Côn Đảo thành đặc khu …".
    for (const zone of fromDistricts) expect(zone.clause).toMatch(new RegExp(`huyện ${zone.name.replace('Đặc khu ', '')}`));
    expect(new Set(communes.map((commune) => commune.province_id)).size).toBe(34);
  });

  it('Phường Ngã Năm: thành phố Cần Thơ, 1668/NQ-UBTVQH15, formed from Phường 1, Phường 2 and xã Vĩnh Quới of thị xã Ngã Năm', () => {
    expect(ngaNam).toMatchObject({ type: 'phuong', province: 'thành phố Cần Thơ', province_id: 'can-tho', resolution: '1668/NQ-UBTVQH15' });
    expect(ngaNam?.formed_from.map((origin) => origin.name).sort()).toEqual(['Phường 1', 'Phường 2', 'Xã Vĩnh Quới']);
    expect(ngaNam?.formed_from.every((origin) => origin.district === 'Thị xã Ngã Năm' && origin.province === 'tỉnh Sóc Trăng')).toBe(true);
    expect(ngaNam?.url).toBe('/dia-phuong/can-tho/phuong-nga-nam/');
  });

  it('none for a content tree without geography (the benchmarks)', () => {
    expect(publishedCommunes(null)).toEqual([]);
  });
});

describe('communes.csv', () => {
  it('one row per commune; the old communes one per line, marked when divided or not named by the clause', () => {
    const rows = communeSheet(communes, 'https://example.org');
    expect(rows).toHaveLength(3321);
    const row = rows.find((candidate) => candidate['Tên xã, phường, đặc khu'] === 'Phường Ngã Năm');
    expect(row?.['Hình thành từ'].split('\n')).toHaveLength(3);
    expect(row?.['Đường dẫn']).toBe('https://example.org/dia-phuong/can-tho/phuong-nga-nam/');
    const partial = communes.find((commune) => commune.formed_from.some((origin) => origin.share === 'partial'));
    expect(rows[communes.indexOf(partial!)]?.['Hình thành từ']).toContain('một phần');
  });
});
