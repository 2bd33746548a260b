import { describe, expect, it } from 'vitest';
import { benchReport, scaleFigures } from './fixtures.ts';
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
    expect(text).toMatch(/^20000 +20,000 +60,000 +600\.0 s +10\.0 +120\.0 s +6\.0 +1\.67× +1024\.0 MB +100\.0 s +— +47\.7 MB$/m);
  });
  it('prints the baseline of the index step, one pagefind index of the same site, where it was built', () => {
    const big = scaleFigures('20000', 20_000);
    const withBaseline = benchReport({
      scales: [{ ...big, index: { ...big.index, single: { runs: [130_000, 120_000], stepRuns: [100_000, 95_000], peakBytes: 3 * 1024 ** 3 } } }],
    });
    expect(renderReport(withBaseline)).toMatch(/^20000 +20,000 +60,000 .* +100\.0 s +120\.0 s +47\.7 MB$/m);
  });
  it('prints "n/a" for a page type the build does not have', () => {
    expect(text).toMatch(/^real +guide +n\/a +n\/a +n\/a +n\/a +n\/a +\(no such page in this build\)$/m);
  });
  it('prints each target with its verdict', () => {
    expect(text).toMatch(/^NOT MET +20,000-task corpus builds/m);
    expect(text).toMatch(/^met +first search under 300\.0 kB and 300 ms, cold visit/m);
  });
  it('prints the search measurements of each corpus, the cold visit within one province among them', () => {
    expect(text).toMatch(/^20000 +250\.0 kB +280 ms +120\.0 kB \(can-tho\) +240 ms +90\.0 kB +200 ms +50\.0 kB +120 ms$/m);
  });
  it('prints how the cold visit spreads over the provinces when each was measured, and nothing when none was', () => {
    expect(text).not.toContain('Cold visit in each province');
    const visit = (id: string, kB: number, ms: number) => ({ id, bytes: kB * 1024, ms, byKind: {} });
    const fast = { bytes: 90_000, ms: 200, byKind: {} };
    const provinces = [visit('thanh-hoa', 170, 330), visit('can-tho', 120, 250), visit('lang-son', 100, 200)];
    const spread = renderReport(
      benchReport({ scales: [scaleFigures('100000', 100_000, { search: { first: fast, firstFromSubmit: fast, followUp: fast, province: null, provinces } })] }),
    );
    expect(spread).toMatch(/^100000 +3 +2 +100\.0 kB \(lang-son\) +120\.0 kB +170\.0 kB \(thanh-hoa\) +250 ms$/m);
  });
  it('leaves out the progress table when no corpus measured its build without updates', () => {
    expect(text).not.toContain('Progress updates:');
  });
  it('prints the build with and without the progress updates of a corpus that has them', () => {
    const withUpdates = benchReport({
      scales: [
        scaleFigures('real', 205),
        scaleFigures('20000', 20_000, {
          progress: { updates: 13_400, reportedTasks: 6_700, withoutUpdates: { ms: 540_000, cpuMs: 780_000, pages: 60_000, peakBytes: 900 * 1024 ** 2 } },
        }),
      ],
    });
    const table = renderReport(withUpdates);
    expect(table).toContain('Progress updates: the site build with them and without them');
    expect(table).toMatch(/^20000 +13,400 +6,700 +600\.0 s +540\.0 s +\+60\.0 s \(\+11 %\) +800\.0 s +780\.0 s +\+20\.0 s \(\+3 %\) +1024\.0 MB +900\.0 MB$/m);
    expect(table).not.toMatch(/^real +0 /m);
  });
  it('prints the machine and the load average', () => {
    expect(text).toContain('2 cores');
    expect(text).toContain('load average before 1.00 1.00 1.00');
  });
});
