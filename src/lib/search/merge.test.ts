import { describe, expect, it } from 'vitest';
import { excerptPieces, mergeResults } from './merge.ts';

describe('mergeResults', () => {
  it('keeps each page once with its best score, best first', () => {
    const merged = mergeResults([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 3 },
      ],
      [{ id: 'a', score: 5 }],
    ]);
    expect(merged).toEqual([
      { id: 'a', score: 5 },
      { id: 'b', score: 3 },
    ]);
  });
});

describe('excerptPieces', () => {
  it('splits an excerpt into plain and marked text', () => {
    expect(excerptPieces('công khai <mark>giá</mark> <mark>đất</mark> hằng năm')).toEqual([
      { text: 'công khai ', marked: false },
      { text: 'giá', marked: true },
      { text: ' ', marked: false },
      { text: 'đất', marked: true },
      { text: ' hằng năm', marked: false },
    ]);
  });
  it('keeps any other markup as text, decoded once', () => {
    expect(excerptPieces('&lt;script&gt;x')).toEqual([{ text: '<script>x', marked: false }]);
  });
});
