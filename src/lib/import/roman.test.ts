import { describe, expect, it } from 'vitest';
import { romanValue, toRoman } from './roman.ts';

describe('romanValue', () => {
  it('reads the numerals plans print', () => {
    expect(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XII'].map(romanValue)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12]);
  });
  it('refuses what is not a well-formed numeral', () => {
    expect(['', 'IIII', 'VX', 'IC', 'ii', 'I.', 'A'].map(romanValue)).toEqual([null, null, null, null, null, null, null]);
  });
  it('round-trips 1 to 49', () => {
    for (let value = 1; value < 50; value += 1) expect(romanValue(toRoman(value))).toBe(value);
  });
});
