import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, periodLabel } from './format.ts';

describe('formatDate', () => {
  it('writes Vietnamese dates as dd/mm/yyyy', () => {
    expect(formatDate('2023-06-14')).toBe('14/06/2023');
  });
});

describe('formatNumber', () => {
  it('uses a decimal comma in Vietnamese', () => {
    expect(formatNumber(42.8559)).toBe('42,86');
  });
});

describe('periodLabel', () => {
  it('shows one year alone and a range with an en dash', () => {
    expect(periodLabel({ from: 2021, to: 2021 })).toBe('2021');
    expect(periodLabel({ from: 2021, to: 2025 })).toBe('2021–2025');
  });
});
