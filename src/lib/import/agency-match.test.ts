import { describe, expect, it } from 'vitest';
import { AgencyMatcher } from './agency-match.ts';

const registry = [
  { id: 'tckh', name: 'Phòng Tài chính - Kế hoạch', aliases: ['Phòng TC-KH'] },
  { id: 'tnmt', name: 'Phòng Tài nguyên và Môi trường', aliases: [] },
  { id: 'xa-phuong', name: 'UBND các xã, phường', aliases: ['UBND xã, phường'] },
  { id: 'huyen', name: 'UBND cấp huyện', aliases: [] },
  { id: 'xa', name: 'UBND cấp xã', aliases: [] },
  { id: 'vp', name: 'Văn phòng HĐND và UBND thị xã', aliases: [] },
  { id: 'huyen-xa', name: 'UBND cấp huyện, cấp xã', aliases: [], covers: ['huyen', 'xa'] },
];
const matcher = new AgencyMatcher(registry);

describe('AgencyMatcher', () => {
  it('matches an abbreviation listed as an alias: "Phòng TC-KH" = "Phòng Tài chính - Kế hoạch"', () => {
    expect(matcher.match('Phòng TC-KH').ids).toEqual(['tckh']);
  });
  it('ignores spacing and dash variants: "Phòng Tài chính-Kế hoạch", "Phòng Tài chính – Kế hoạch"', () => {
    expect(matcher.match('Phòng Tài chính-Kế hoạch').ids).toEqual(['tckh']);
    expect(matcher.match('Phòng Tài chính – Kế hoạch').ids).toEqual(['tckh']);
  });
  it('reads "UBND xã, phường" as one group, not two', () => {
    expect(matcher.match('UBND xã, phường')).toEqual({ ids: ['xa-phuong'], unmatched: [] });
  });
  it('splits a list on commas and semicolons', () => {
    expect(matcher.match('Phòng TC-KH, Phòng Tài nguyên và Môi trường; UBND xã, phường').ids).toEqual(['tckh', 'tnmt', 'xa-phuong']);
  });
  it('separates two names printed without a separator', () => {
    expect(matcher.match('UBND cấp huyện UBND cấp xã').ids).toEqual(['huyen', 'xa']);
  });
  it('treats "&" and "và" alike', () => {
    expect(matcher.match('Văn phòng HĐND&UBND thị xã').ids).toEqual(['vp']);
  });
  it('ignores a parenthesised role note', () => {
    expect(matcher.match('- Phòng TC-KH (phụ trách ngân sách) - Phòng Tài nguyên và Môi trường').ids).toEqual(['tckh', 'tnmt']);
  });
  it('reports what it cannot match, verbatim, instead of guessing', () => {
    expect(matcher.match('Phòng TC-KH; Sở Ngoại vụ')).toEqual({ ids: ['tckh'], unmatched: ['Sở Ngoại vụ'] });
  });
  it('does not report connecting words such as "phối hợp"', () => {
    expect(matcher.match('Phòng TC-KH phối hợp Phòng Tài nguyên và Môi trường')).toEqual({ ids: ['tckh', 'tnmt'], unmatched: [] });
  });
  it('files a printed name that stands for several entries under each of them', () => {
    expect(matcher.match('UBND cấp huyện, cấp xã; Phòng TC-KH')).toEqual({ ids: ['huyen', 'xa', 'tckh'], unmatched: [] });
    expect(matcher.mentions('Kiểm tra UBND cấp huyện, cấp xã')).toEqual(['huyen', 'xa']);
  });
  it('finds registry names inside running text', () => {
    expect(matcher.mentions('Chủ trì, phối hợp cùng UBND cấp huyện và Phòng TC-KH')).toEqual(['huyen', 'tckh']);
  });
});
