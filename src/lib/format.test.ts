import { describe, expect, it } from 'vitest';
import { compareVietnamese, formatDate, formatNumber, periodLabel } from './format.ts';

describe('formatDate', () => {
  it('writes Vietnamese dates as dd/mm/yyyy', () => {
    expect(formatDate('2023-06-14')).toBe('14/06/2023');
  });

  it('keeps each locale its own format when formatters are reused', () => {
    expect(formatDate('2023-06-14', 'en-GB')).toBe('14/06/2023');
    expect(formatDate('2023-06-14', 'en-US')).toBe('06/14/2023');
    expect(formatDate('2023-06-04')).toBe('04/06/2023');
  });
});

describe('formatNumber', () => {
  it('uses a decimal comma in Vietnamese', () => {
    expect(formatNumber(42.8559)).toBe('42,86');
  });

  it('keeps the digits and locale of each call when formatters are reused', () => {
    expect(formatNumber(42.8559, 'vi-VN', 1)).toBe('42,9');
    expect(formatNumber(42.8559, 'en-GB')).toBe('42.86');
    expect(formatNumber(42.8559)).toBe('42,86');
  });
});

describe('periodLabel', () => {
  it('shows one year alone and a range with an en dash', () => {
    expect(periodLabel({ from: 2021, to: 2021 })).toBe('2021');
    expect(periodLabel({ from: 2021, to: 2025 })).toBe('2021–2025');
  });
});

describe('compareVietnamese', () => {
  it('orders Đ after D and a plain letter before its toned forms', () => {
    expect(['Đông Hòa', 'Dak', 'Ân', 'An'].sort(compareVietnamese)).toEqual(['An', 'Ân', 'Dak', 'Đông Hòa']);
  });
});
