import { describe, expect, it } from 'vitest';
import { clusterByDistance } from './cluster.ts';

describe('clusterByDistance', () => {
  it('keeps points apart when they are far enough', () => {
    expect(
      clusterByDistance(
        [
          { id: 'a', x: 0, y: 0 },
          { id: 'b', x: 40, y: 0 },
        ],
        32,
      ).map((group) => group.map((point) => point.id)),
    ).toEqual([['a'], ['b']]);
  });
  it('groups points that would overlap, keeping every point', () => {
    const groups = clusterByDistance(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 10, y: 5 },
        { id: 'c', x: 100, y: 100 },
        { id: 'd', x: 101, y: 99 },
      ],
      32,
    );
    expect(groups.map((group) => group.map((point) => point.id))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(groups.flat()).toHaveLength(4);
  });
});
