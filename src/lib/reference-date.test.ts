import { describe, expect, it } from 'vitest';
import { latestReferenceDate, referenceDate } from './reference-date.ts';

describe('referenceDate', () => {
  it('is BUILD_DATE when set', () => {
    expect(referenceDate({ BUILD_DATE: '2026-12-02' }, new Date('2026-12-03T00:00:00Z'))).toBe('2026-12-02');
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

  const now = new Date('2026-12-03T10:00:00Z');
  it.each([
    ['2017-12-31', /BUILD_DATE="2017-12-31" is before 2018, the first PAPI year/],
    ['1970-01-01', /BUILD_DATE="1970-01-01" is before 2018/],
    ['2027-12-04', /BUILD_DATE="2027-12-04" is more than a year after today \(2026-12-03\)/],
    ['2062-12-02', /BUILD_DATE="2062-12-02" is more than a year after today/],
  ])('refuses BUILD_DATE=%s, outside the years the portal speaks for, saying what to write', (given, message) => {
    expect(() => referenceDate({ BUILD_DATE: given }, now)).toThrow(message);
    expect(() => referenceDate({ BUILD_DATE: given }, now)).toThrow(
      /write a day from 2018-01-01 to 2027-12-03 as yyyy-mm-dd, or leave BUILD_DATE unset for today/,
    );
  });
  it.each(['2018-01-01', '2021-06-30', '2027-12-03'])('accepts BUILD_DATE=%s, inside the range (bounds included)', (given) => {
    expect(referenceDate({ BUILD_DATE: given }, now)).toBe(given);
  });
  it('the latest day is one year after today, also from 29 February', () => {
    expect(latestReferenceDate(now)).toBe('2027-12-03');
    expect(latestReferenceDate(new Date('2028-02-29T12:00:00Z'))).toBe('2029-03-01');
  });
});
