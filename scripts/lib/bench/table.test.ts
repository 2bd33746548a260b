import { describe, expect, it } from 'vitest';
import { benchReport } from './fixtures.ts';
import { formatTable, renderReport } from './table.ts';
import { evaluateTargets } from './targets.ts';

describe('formatTable', () => {
  it('pads every column to its widest cell and aligns numbers right', () => {
    expect(
      formatTable(
        ['name', 'n'],
        [
          ['a', '1'],
          ['bbb', '100'],
        ],
        [false, true],
      ),
    ).toBe(['name    n', '----  ---', 'a       1', 'bbb   100'].join('\n'));
  });
  it('draws a header without rows', () => {
    expect(formatTable(['x'], [])).toBe('x\n-');
  });
});

describe('renderReport', () => {
  const report = benchReport();
  report.targets = evaluateTargets(report);
  const text = renderReport(report);
  it('prints the build, floor ratio and memory of each corpus', () => {
    expect(text).toMatch(/^20000 +20,000 +60,000 +600\.0 s +10\.0 +120\.0 s +6\.0 +1\.67× +1024\.0 MB +100\.0 s +47\.7 MB$/m);
  });
  it('prints "n/a" for a page type the build does not have', () => {
    expect(text).toMatch(/^real +guide +n\/a +n\/a +n\/a +n\/a +n\/a +\(no such page in this build\)$/m);
  });
  it('prints each target with its verdict', () => {
    expect(text).toMatch(/^NOT MET +20,000-task corpus builds/m);
    expect(text).toMatch(/^met +first search under 300\.0 kB and 300 ms, cold visit/m);
  });
  it('prints the three search measurements of each corpus', () => {
    expect(text).toMatch(/^20000 +250\.0 kB +280 ms +90\.0 kB +200 ms +50\.0 kB +120 ms$/m);
  });
  it('prints the machine and the load average', () => {
    expect(text).toContain('2 cores');
    expect(text).toContain('load average before 1.00 1.00 1.00');
  });
});
