import { describe, expect, it } from 'vitest';
import { referenceDate } from './reference-date.ts';

describe('referenceDate', () => {
  it('is BUILD_DATE when set', () => {
    expect(referenceDate({ BUILD_DATE: '2026-12-02' })).toBe('2026-12-02');
  });
  it('is today (UTC) when unset or blank', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(referenceDate({})).toBe(today);
    expect(referenceDate({ BUILD_DATE: ' ' })).toBe(today);
  });
  it('refuses a BUILD_DATE that is not a calendar date, naming it', () => {
    expect(() => referenceDate({ BUILD_DATE: '2026-13-45' })).toThrow(/BUILD_DATE="2026-13-45" is not a calendar date/);
    expect(() => referenceDate({ BUILD_DATE: 'garbage' })).toThrow(/BUILD_DATE="garbage"/);
  });
});
