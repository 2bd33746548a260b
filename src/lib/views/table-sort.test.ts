import { describe, expect, it } from 'vitest';
import { nextDirection, sortedRows } from './table-sort.ts';

describe('sorting a table by one column', () => {
  it('sorts numbers either way, with "no data" (an empty value) last in both directions', () => {
    const cells = ['42.5', '', '47.8212', '38.97', undefined, '45'];
    expect(sortedRows(cells, 'number', 'descending')).toEqual([2, 5, 0, 3, 1, 4]);
    expect(sortedRows(cells, 'number', 'ascending')).toEqual([3, 0, 5, 2, 1, 4]);
  });
  it('compares numbers as numbers, not as text', () => {
    expect(sortedRows(['9.5', '10', '8'], 'number', 'ascending')).toEqual([2, 0, 1]);
  });
  it('sorts names in Vietnamese order: Đ after D, tone marks after the plain letter', () => {
    const names = ['Đồng Tháp', 'Điện Biên', 'Đà Nẵng', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'An Giang', 'Dak Test'];
    const order = sortedRows(names, 'text', 'ascending').map((index) => names[index]);
    expect(order).toEqual(['An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Dak Test', 'Đà Nẵng', 'Điện Biên', 'Đồng Tháp']);
  });
  it('keeps the built order of rows that compare equal (a stable sort)', () => {
    expect(sortedRows(['4', '2', '4', '4'], 'number', 'descending')).toEqual([0, 2, 3, 1]);
    expect(sortedRows(['4', '2', '4', '4'], 'number', 'ascending')).toEqual([1, 0, 2, 3]);
  });
  it('a first press sorts numbers highest first and names A–Z; the next press reverses', () => {
    expect(nextDirection(null, 'number')).toBe('descending');
    expect(nextDirection(null, 'text')).toBe('ascending');
    expect(nextDirection('descending', 'number')).toBe('ascending');
    expect(nextDirection('ascending', 'number')).toBe('descending');
    expect(nextDirection('none', 'text')).toBe('ascending');
  });
});
