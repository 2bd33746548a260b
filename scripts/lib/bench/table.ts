/** Plain-text tables for `npm run bench`: the same figures as the JSON, for people. */
import { PAGE_KINDS, type BenchReport } from './report.ts';
import { median, TARGETS } from './targets.ts';

/** Pads columns to their widest cell; `right` marks the columns aligned right (numbers). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[] = []): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (right[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
export const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const tasksLabel = (tasks: number) => tasks.toLocaleString('en');
/** "+60.0 s (+11 %)": how much longer `value` took than `base`. */
function change(value: number, base: number): string {
  const difference = value - base;
  const sign = difference >= 0 ? '+' : '−';
  return `${sign}${seconds(Math.abs(difference))} (${sign}${Math.abs((difference / base) * 100).toFixed(0)} %)`;
}

export function renderReport(report: BenchReport): string {
  const { machine } = report;
  const sections: string[] = [
    `Bench of ${report.date} — ${machine.cores} cores, ${mb(machine.memoryBytes)} RAM, Node ${machine.node}; load average before ${machine.loadBefore.map((load) => load.toFixed(2)).join(' ')}, after ${machine.loadAfter.map((load) => load.toFixed(2)).join(' ')}; whole run ${seconds(report.totalMs)}`,
    `Peak memory: ${report.memoryMethod}`,
  ];

  sections.push(
    formatTable(
      ['corpus', 'tasks', 'pages', 'build', 'ms/page', 'floor', 'floor ms/page', 'ratio', 'peak memory', 'index', 'one index', 'index size'],
      report.scales.map((scale) => [
        scale.scale,
        tasksLabel(scale.tasks),
        tasksLabel(scale.pages),
        seconds(scale.build.ms),
        scale.build.msPerPage.toFixed(1),
        seconds(scale.build.floor.ms),
        scale.build.floor.msPerPage.toFixed(1),
        `${scale.build.ratio.toFixed(2)}×`,
        mb(scale.build.peakBytes),
        seconds(scale.index.ms),
        // The baseline: the same site in one pagefind index (report.ts), its best run, where it was built.
        scale.index.single && scale.index.single.runs.length > 0 ? seconds(Math.min(...scale.index.single.runs)) : '—',
        mb(scale.index.bytes),
      ]),
      [false, true, true, true, true, true, true, true, true, true, true, true],
    ),
  );

  const reported = report.scales.filter((scale) => scale.progress.withoutUpdates !== null);
  if (reported.length > 0) {
    sections.push(
      `Progress updates: the site build with them and without them (the same corpus, its progress/ removed):\n${formatTable(
        [
          'corpus',
          'updates',
          'tasks reported',
          'build with',
          'build without',
          'difference',
          'CPU with',
          'CPU without',
          'difference',
          'peak with',
          'peak without',
        ],
        reported.flatMap((scale) => {
          const without = scale.progress.withoutUpdates;
          if (!without) return [];
          return [
            [
              scale.scale,
              tasksLabel(scale.progress.updates),
              tasksLabel(scale.progress.reportedTasks),
              seconds(scale.build.ms),
              seconds(without.ms),
              change(scale.build.ms, without.ms),
              seconds(scale.build.cpuMs),
              seconds(without.cpuMs),
              change(scale.build.cpuMs, without.cpuMs),
              mb(scale.build.peakBytes),
              mb(without.peakBytes),
            ],
          ];
        }),
        [false, true, true, true, true, true, true, true, true, true, true],
      )}`,
    );
  }

  sections.push(
    `Page weight, gzip (heaviest page of each type; fonts apart):\n${formatTable(
      ['corpus', 'page', 'HTML', 'CSS', 'JS', 'HTML+CSS+JS', 'fonts', 'file'],
      report.scales.flatMap((scale) =>
        PAGE_KINDS.map((kind) => {
          const weight = scale.weights[kind];
          return weight
            ? [scale.scale, kind, kb(weight.html), kb(weight.css), kb(weight.js), kb(weight.total), kb(weight.fonts), weight.page]
            : [scale.scale, kind, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', '(no such page in this build)'];
        }),
      ),
      [false, false, true, true, true, true, true, false],
    )}`,
  );

  const searched = report.scales.filter((scale) => scale.search);
  if (searched.length > 0) {
    sections.push(
      `Search in headless Chromium on loopback, gzip ("gia dat", then "ho ngheo"):\n${formatTable(
        ['corpus', 'first, cold visit', 'time', 'cold visit, one province', 'time', 'first, typed', 'time', 'follow-up', 'time'],
        searched.flatMap((scale) => {
          const search = scale.search;
          if (!search) return [];
          const ms = (value: number) => `${value.toFixed(0)} ms`;
          return [
            [
              scale.scale,
              kb(search.first.bytes),
              ms(search.first.ms),
              search.province ? `${kb(search.province.bytes)} (${search.province.id})` : 'n/a',
              search.province ? ms(search.province.ms) : 'n/a',
              kb(search.firstFromSubmit.bytes),
              ms(search.firstFromSubmit.ms),
              kb(search.followUp.bytes),
              ms(search.followUp.ms),
            ],
          ];
        }),
        [false, true, true, true, true, true, true, true, true],
      )}`,
    );
    const spread = searched.filter((scale) => (scale.search?.provinces?.length ?? 0) > 0);
    if (spread.length > 0) {
      sections.push(
        `Cold visit in each province ("gia dat", ?tinh=…):\n${formatTable(
          ['corpus', 'provinces', `within ${kb(TARGETS.provinceSearchBytes)}`, 'lightest', 'median', 'heaviest', 'median time'],
          spread.map((scale) => {
            const visits = [...(scale.search?.provinces ?? [])].sort((a, b) => a.bytes - b.bytes);
            const first = visits[0];
            const last = visits.at(-1);
            return [
              scale.scale,
              String(visits.length),
              String(visits.filter((visit) => visit.bytes < TARGETS.provinceSearchBytes).length),
              first ? `${kb(first.bytes)} (${first.id})` : 'n/a',
              kb(median(visits.map((visit) => visit.bytes))),
              last ? `${kb(last.bytes)} (${last.id})` : 'n/a',
              `${median(visits.map((visit) => visit.ms)).toFixed(0)} ms`,
            ];
          }),
          [false, true, true, true, true, true, true],
        )}`,
      );
    }
  }

  if (report.lighthouse) {
    const score = (value: number | null) => (value === null ? 'n/a' : String(value));
    sections.push(
      `Lighthouse (mobile defaults, corpus ${report.lighthouse.scale}, loopback with gzip):\n${formatTable(
        ['page', 'path', 'performance', 'accessibility', 'best practices', 'SEO'],
        report.lighthouse.pages.map((page) => [
          page.kind,
          page.path,
          score(page.scores.performance),
          score(page.scores.accessibility),
          score(page.scores['best-practices']),
          score(page.scores.seo),
        ]),
        [false, false, true, true, true, true],
      )}`,
    );
    const notes = report.lighthouse.pages.flatMap((page) => [
      ...page.failing.map((audit) => `${page.kind}: ${audit.category} — ${audit.id} (${audit.score === null ? 'n/a' : audit.score}): ${audit.title}`),
      ...page.offsite.map((url) => `${page.kind}: request beyond loopback: ${url}`),
      ...page.warnings.map((warning) => `${page.kind}: ${warning}`),
    ]);
    if (notes.length > 0) sections.push(`Lighthouse findings:\n${notes.map((note) => `  ${note}`).join('\n')}`);
  }

  const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'NOT MET');
  sections.push(
    `Targets:\n${formatTable(
      ['', 'target', 'measured'],
      report.targets.map((target) => [verdict(target.met), target.label, target.measured]),
    )}`,
  );
  return `${sections.join('\n\n')}\n`;
}
