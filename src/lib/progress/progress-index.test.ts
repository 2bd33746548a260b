/**
 * The progress index against the scan it replaced. Every update here is test data built
 * in the test, never published.
 */
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../schemas/progress.ts';
import { ProgressIndex } from './progress-index.ts';

const source = { title: 'Báo cáo (dữ liệu thử nghiệm)', number: null, date: null, url: null };
const update = (task: string, date: string, status: Progress['status'], note: string | null = null): Progress => ({ task, date, status, source, note });

/** The scan every page used before the index (src/lib/progress/status.ts until issue 17): the reference the index must match. */
function scanned(taskId: string, progress: readonly Progress[]): Progress[] {
  return progress
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.task === taskId)
    .sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.index - b.index)
    .map(({ entry }) => entry);
}

describe('the progress index', () => {
  it('many updates of one task: newest first, the latest by date is the status', () => {
    const updates = Array.from({ length: 40 }, (_, n) =>
      update('a', `2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`, 'in_progress', `#${n}`),
    );
    updates.push(update('a', '2026-12-31', 'done', 'last'));
    const index = new ProgressIndex(updates);
    expect(index.history('a')).toHaveLength(41);
    expect(index.history('a')[0]?.note).toBe('last');
    expect(index.latest('a')).toBe('done');
    expect(index.history('a')).toEqual([...scanned('a', updates)].reverse());
  });

  it('updates listed out of order, across two files read one after the other: ordered by date', () => {
    const fileOne = [update('a', '2026-09-30', 'delayed'), update('b', '2026-03-31', 'in_progress')];
    const fileTwo = [update('a', '2026-03-31', 'in_progress'), update('b', '2025-12-31', 'not_started'), update('a', '2026-06-30', 'in_progress')];
    const index = new ProgressIndex([...fileOne, ...fileTwo]);
    expect(index.history('a').map((entry) => entry.date)).toEqual(['2026-09-30', '2026-06-30', '2026-03-31']);
    expect(index.latest('a')).toBe('delayed');
    expect(index.history('b').map((entry) => entry.status)).toEqual(['in_progress', 'not_started']);
  });

  it('several updates on one day: the one recorded later counts as later', () => {
    const updates = [update('a', '2026-06-30', 'in_progress', 'first'), update('a', '2026-09-30', 'delayed'), update('a', '2026-06-30', 'done', 'second')];
    const index = new ProgressIndex(updates);
    // The September report is still the latest; of the two June reports, the second recorded is newer.
    expect(index.history('a').map((entry) => entry.note)).toEqual([null, 'second', 'first']);
    expect(index.latest('a')).toBe('delayed');
    const sameDayOnly = new ProgressIndex([update('c', '2026-06-30', 'in_progress'), update('c', '2026-06-30', 'done')]);
    expect(sameDayOnly.latest('c')).toBe('done');
  });

  it('a recurring task over several years: each year has the status of its last report, a year without one no_report', () => {
    const updates = [
      update('r', '2027-03-31', 'ongoing'),
      update('r', '2025-06-30', 'ongoing'),
      update('r', '2025-12-31', 'delayed'),
      update('r', '2025-12-31', 'ongoing'),
      update('r', '2027-12-31', 'delayed'),
    ];
    const index = new ProgressIndex(updates);
    expect([2025, 2026, 2027, 2028].map((year) => index.inYear('r', year))).toEqual(['ongoing', 'no_report', 'delayed', 'no_report']);
    expect(index.latest('r')).toBe('delayed');
  });

  it('a task with no update, and an id no task has: no history and no_report, never another status', () => {
    const index = new ProgressIndex([update('a', '2026-03-31', 'done')]);
    for (const id of ['b', 'khong-co-nhiem-vu-nay', '']) {
      expect(index.history(id)).toEqual([]);
      expect(index.latest(id)).toBe('no_report');
      expect(index.inYear(id, 2026)).toBe('no_report');
      expect(index.reported(id)).toBe(false);
    }
    expect(index.reported('a')).toBe(true);
    expect(new ProgressIndex([]).latest('a')).toBe('no_report');
  });

  it('an update naming an unknown task is kept under its own id, as the scan found it, and touches no other task', () => {
    const updates = [update('da-xoa', '2026-03-31', 'done'), update('a', '2026-03-31', 'in_progress')];
    const index = new ProgressIndex(updates);
    expect(index.latest('da-xoa')).toBe('done');
    expect(index.latest('a')).toBe('in_progress');
    expect(index.history('a')).toEqual(scanned('a', updates));
  });

  it('matches the scan on a shuffled set of many tasks, dates and same-day reports', () => {
    // A fixed pseudo-random sequence (a linear congruential generator), so that the test is the same every run.
    let seed = 17;
    const next = (bound: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % bound;
    };
    const statuses: Progress['status'][] = ['not_started', 'in_progress', 'done', 'delayed', 'ongoing', 'cancelled'];
    const updates = Array.from({ length: 2_000 }, (_, n) =>
      update(`t-${next(300)}`, `${2024 + next(3)}-${String(1 + next(12)).padStart(2, '0')}-${next(2) === 0 ? '15' : '28'}`, statuses[next(6)]!, `#${n}`),
    );
    const index = new ProgressIndex(updates);
    for (let task = 0; task < 310; task += 1) {
      const id = `t-${task}`;
      const expected = scanned(id, updates);
      expect(index.history(id)).toEqual([...expected].reverse());
      expect(index.latest(id)).toBe(expected.at(-1)?.status ?? 'no_report');
      for (const year of [2023, 2024, 2025, 2026, 2027]) {
        expect(index.inYear(id, year)).toBe(expected.filter((entry) => entry.date.startsWith(`${year}-`)).at(-1)?.status ?? 'no_report');
      }
    }
  });
});
