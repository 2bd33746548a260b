/**
 * Page-weight budget, checked on the build: task and plan pages under the
 * benchmark's target, 30 kB gzip (HTML + CSS + JS; fonts are reported apart by
 * "npm run weight").
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGETS } from '../../../scripts/lib/bench/targets.ts';
import { pageWeight } from '../../../scripts/lib/page-weight.ts';

const BUDGET = TARGETS.pageBytes;

function pagesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .map((name) => path.join(directory, name, 'index.html'))
    .filter((file) => existsSync(file));
}

describe('page weight budget', () => {
  for (const kind of ['ke-hoach', 'nhiem-vu']) {
    it(`every ${kind} page weighs under ${BUDGET / 1024} kB gzip (HTML + CSS + JS)`, () => {
      const over = [...pagesUnder(`dist/${kind}`), ...pagesUnder(`dist/en/${kind}`)]
        .map((file) => ({ file, total: pageWeight('dist', file).total }))
        .filter((page) => page.total >= BUDGET);
      expect(over).toEqual([]);
    });
  }
  it('a task page needs no more than a few kB of JavaScript, and reads without it', () => {
    expect(pageWeight('dist', 'dist/nhiem-vu/nga-nam-2021-1-a/index.html').js).toBeLessThan(2 * 1024);
  });
});
