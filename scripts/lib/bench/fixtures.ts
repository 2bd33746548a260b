/** A small bench report for the unit tests of the targets and the tables. */
import type { BenchReport, LighthousePage, ScaleFigures } from './report.ts';

const weight = (total: number, page: string) => ({ html: total - 3000, css: 2000, js: 1000, fonts: 60_000, total, page });

export function scaleFigures(scale: string, tasks: number, overrides: Partial<ScaleFigures> = {}): ScaleFigures {
  return {
    scale,
    tasks,
    pages: tasks * 3,
    build: {
      ms: tasks * 30,
      cpuMs: tasks * 40,
      msPerPage: 10,
      peakBytes: 1024 ** 3,
      floor: { ms: tasks * 6, pages: tasks, msPerPage: 6, peakBytes: 512 * 1024 ** 2 },
      ratio: 10 / 6,
    },
    index: { ms: tasks * 5, bytes: tasks * 2500, peakBytes: 256 * 1024 ** 2 },
    progress: { updates: 0, reportedTasks: 0, withoutUpdates: null },
    weights: {
      home: weight(6000, '/'),
      plan: weight(20_000, '/ke-hoach/a/'),
      task: weight(6000, '/nhiem-vu/a-1/'),
      agency: weight(18_000, '/co-quan/b/'),
      guide: null,
      search: weight(6500, '/tim-kiem/'),
    },
    search: {
      first: { bytes: 250 * 1024, ms: 280 },
      firstFromSubmit: { bytes: 90 * 1024, ms: 200 },
      followUp: { bytes: 50 * 1024, ms: 120 },
      province: { bytes: 120 * 1024, ms: 240, id: 'can-tho' },
    },
    ...overrides,
  };
}

export function lighthousePage(kind: LighthousePage['kind'], scores: Partial<LighthousePage['scores']> = {}): LighthousePage {
  return {
    kind,
    path: `/${kind}/`,
    scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100, ...scores },
    failing: [],
    offsite: [],
    warnings: [],
  };
}

export function benchReport(overrides: Partial<BenchReport> = {}): BenchReport {
  return {
    date: '2026-11-22',
    machine: { cores: 2, node: 'v22.23.3', memoryBytes: 8 * 1024 ** 3, loadBefore: [1, 1, 1], loadAfter: [2, 2, 2] },
    memoryMethod: 'test',
    scales: [scaleFigures('real', 205), scaleFigures('20000', 20_000)],
    lighthouse: { scale: 'real', pages: [lighthousePage('home'), lighthousePage('task')] },
    targets: [],
    totalMs: 60_000,
    ...overrides,
  };
}
