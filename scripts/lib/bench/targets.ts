/**
 * The issue's performance targets, judged on the figures of one bench run.
 * A target the run did not measure is reported as such (met: null), never as met.
 */
import { LIGHTHOUSE_CATEGORIES, type BenchReport, type ScaleFigures, type TargetResult } from './report.ts';

export const TARGETS = {
  /** Site build time per page at most this multiple of the framework floor's. */
  floorRatio: 2,
  /** Tasks at which the build-time and memory target applies. */
  largeTasks: 20_000,
  /** astro build + pagefind on 2 cores. */
  largeBuildMs: 10 * 60_000,
  largeBuildBytes: 4 * 1024 ** 3,
  /** Task and plan pages, HTML + CSS + JS gzip, fonts apart. */
  pageBytes: 30 * 1024,
  firstSearchBytes: 300 * 1024,
  firstSearchMs: 300,
  /**
   * "At 20,000 tasks no slower than today" (issue 17, 02/12/2026), for the index step: judged
   * against one pagefind index of the same site, the design of that day, timed in the same run
   * (ScaleFigures.index.single), not against that day's 39 s: this machine's speed varies by
   * ~1.5× from one day to the next. Astro's part is the floor ratio (1.12× on 02/12), which
   * varied from 0.87× to 1.18× between runs of the same code on 04/12: shown, not judged.
   */
  largeBuildFloorRatioBefore: 1.12,
  /** A cold search from the header box within one province (issue 17). */
  provinceSearchBytes: 150 * 1024,
  provinceSearchMs: 300,
  /** The national scale of issue 17: a year or more of plans from 34 provinces and 3,321 communes. */
  nationalTasks: 100_000,
  /** astro build + search index on 2 cores, every process within 4 GB. */
  nationalBuildMs: 20 * 60_000,
  nationalBuildBytes: 4 * 1024 ** 3,
  /** A cold search from the header box over all provinces at national scale. */
  nationalSearchBytes: 300 * 1024,
  nationalSearchMs: 600,
} as const;

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const min = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;
const GB = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

function largest(scales: readonly ScaleFigures[]): ScaleFigures | undefined {
  return scales.reduce<ScaleFigures | undefined>((best, scale) => (!best || scale.tasks > best.tasks ? scale : best), undefined);
}

/** Several runs' times in seconds: "64.9, 60.2". */
export function secondsEach(times: readonly number[]): string {
  return times.map((ms) => (ms / 1000).toFixed(1)).join(', ');
}

/** The middle value (the mean of the two middle ones for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const lowest = (scores: number[]) => (scores.length > 0 ? [`lowest ${Math.min(...scores)}`] : []);

export function evaluateTargets(report: Pick<BenchReport, 'scales' | 'lighthouse'>): TargetResult[] {
  const results: TargetResult[] = [];
  const top = largest(report.scales);

  results.push({
    id: 'floor-ratio',
    label: `build within ${TARGETS.floorRatio}× the framework floor per page (largest corpus)`,
    measured: top ? `${top.build.ratio.toFixed(2)}× at ${top.tasks} tasks` : 'not measured',
    met: top ? top.build.ratio <= TARGETS.floorRatio : null,
  });

  const large = report.scales.find((scale) => scale.scale !== 'real' && scale.tasks >= TARGETS.largeTasks);
  const largeMs = large ? large.build.ms + large.index.ms : 0;
  const largeBytes = large ? Math.max(large.build.peakBytes, large.index.peakBytes) : 0;
  results.push({
    id: 'large-build',
    label: `${TARGETS.largeTasks.toLocaleString('en')}-task corpus builds (astro + pagefind) in under ${min(TARGETS.largeBuildMs)} within ${GB(TARGETS.largeBuildBytes)}`,
    measured: large ? `${min(largeMs)}, peak ${GB(largeBytes)} at ${large.tasks} tasks` : 'not measured (no scale of 20,000 tasks in this run)',
    met: large ? largeMs < TARGETS.largeBuildMs && largeBytes < TARGETS.largeBuildBytes : null,
  });

  const single = large?.index.single;
  const best = (runs: readonly number[]) => Math.min(...runs);
  results.push({
    id: 'large-index-no-slower',
    label: `${TARGETS.largeTasks.toLocaleString('en')}-task index step no slower than one pagefind index of the same site (the design before the split by province), alternating in this run`,
    measured:
      large && single
        ? `index step ${secondsEach(single.stepRuns)} s against one index ${secondsEach(single.runs)} s: best ${(best(single.stepRuns) / best(single.runs)).toFixed(2)}×; peak ${GB(large.index.peakBytes)} against ${GB(single.peakBytes)}; astro ${large.build.ratio.toFixed(2)}× the floor (${TARGETS.largeBuildFloorRatioBefore}× on 02/12) at ${large.tasks} tasks`
        : 'not measured (no scale of 20,000 tasks in this run, or no single index built for it)',
    met: large && single && single.runs.length > 0 ? best(single.stepRuns) <= best(single.runs) : null,
  });

  const national = report.scales.find((scale) => scale.scale !== 'real' && scale.tasks >= TARGETS.nationalTasks);
  const nationalMs = national ? national.build.ms + national.index.ms : 0;
  const nationalBytes = national ? Math.max(national.build.peakBytes, national.index.peakBytes) : 0;
  results.push({
    id: 'national-build',
    label: `${TARGETS.nationalTasks.toLocaleString('en')}-task corpus builds (astro + search index) in ${min(TARGETS.nationalBuildMs)} or less within ${GB(TARGETS.nationalBuildBytes)}`,
    measured: national
      ? `${min(nationalMs)} (astro ${min(national.build.ms)}, index ${min(national.index.ms)}), peak ${GB(nationalBytes)} at ${national.tasks} tasks`
      : 'not measured (no scale of 100,000 tasks in this run: --scales real,20000,100000)',
    met: national ? nationalMs <= TARGETS.nationalBuildMs && nationalBytes <= TARGETS.nationalBuildBytes : null,
  });
  const nationalSearch = national?.search?.first;
  results.push({
    id: 'national-search-visit',
    label: `cold visit to /tim-kiem/?q=… over all provinces at ${TARGETS.nationalTasks.toLocaleString('en')} tasks: ${kB(TARGETS.nationalSearchBytes)} and ${TARGETS.nationalSearchMs} ms or less`,
    measured: national && nationalSearch ? `${kB(nationalSearch.bytes)}, ${nationalSearch.ms.toFixed(0)} ms at ${national.tasks} tasks` : 'not measured',
    met: nationalSearch ? nationalSearch.bytes <= TARGETS.nationalSearchBytes && nationalSearch.ms <= TARGETS.nationalSearchMs : null,
  });

  const pageWeights = report.scales.flatMap((scale) =>
    (['task', 'plan'] as const).flatMap((kind) => (scale.weights[kind] ? [{ scale, kind, weight: scale.weights[kind] }] : [])),
  );
  const heaviest = pageWeights.reduce<(typeof pageWeights)[number] | undefined>(
    (best, entry) => (!best || entry.weight.total > best.weight.total ? entry : best),
    undefined,
  );
  results.push({
    id: 'page-weight',
    label: `task and plan pages under ${kB(TARGETS.pageBytes)} gzip (HTML + CSS + JS)`,
    measured: heaviest ? `heaviest ${heaviest.kind} page ${kB(heaviest.weight.total)} (${heaviest.scale.scale})` : 'not measured',
    met: heaviest ? heaviest.weight.total < TARGETS.pageBytes : null,
  });

  // Two readings of "first query": a cold visit with the query in the URL, and the
  // query typed into the search page (which starts pagefind while the citizen types).
  // Both are judged, so that neither reading hides the other.
  const searched = largest(report.scales.filter((scale) => scale.search));
  const firstQueries = [
    { id: 'first-search-visit', words: 'cold visit to /tim-kiem/?q=…', figures: searched?.search?.first },
    { id: 'first-search-typed', words: 'typed into the loaded search page', figures: searched?.search?.firstFromSubmit },
  ];
  for (const { id, words, figures } of firstQueries) {
    results.push({
      id,
      label: `first search under ${kB(TARGETS.firstSearchBytes)} and ${TARGETS.firstSearchMs} ms, ${words} (largest corpus)`,
      measured: searched && figures ? `${kB(figures.bytes)}, ${figures.ms.toFixed(0)} ms at ${searched.tasks} tasks` : 'not measured',
      met: figures ? figures.bytes < TARGETS.firstSearchBytes && figures.ms < TARGETS.firstSearchMs : null,
    });
  }

  const scoped = largest(report.scales.filter((scale) => scale.search?.province));
  const province = scoped?.search?.province;
  results.push({
    id: 'province-search-visit',
    label: `cold visit to /tim-kiem/?q=…&tinh=… under ${kB(TARGETS.provinceSearchBytes)} and ${TARGETS.provinceSearchMs} ms, the province with the most pages (largest corpus)`,
    measured: scoped && province ? `${kB(province.bytes)}, ${province.ms.toFixed(0)} ms in ${province.id} at ${scoped.tasks} tasks` : 'not measured',
    met: province ? province.bytes < TARGETS.provinceSearchBytes && province.ms < TARGETS.provinceSearchMs : null,
  });

  const spread = largest(report.scales.filter((scale) => (scale.search?.provinces?.length ?? 0) > 0));
  const visits = spread?.search?.provinces ?? [];
  const within = visits.filter((visit) => visit.bytes < TARGETS.provinceSearchBytes && visit.ms < TARGETS.provinceSearchMs);
  const heaviestVisit = visits.reduce<(typeof visits)[number] | undefined>((top, visit) => (!top || visit.bytes > top.bytes ? visit : top), undefined);
  results.push({
    id: 'province-search-visits',
    label: `cold visit to /tim-kiem/?q=…&tinh=… under ${kB(TARGETS.provinceSearchBytes)} and ${TARGETS.provinceSearchMs} ms in every province (largest corpus)`,
    measured:
      spread && heaviestVisit
        ? `${within.length} of ${visits.length} provinces; median ${kB(median(visits.map((visit) => visit.bytes)))}, median ${median(visits.map((visit) => visit.ms)).toFixed(0)} ms; heaviest ${kB(heaviestVisit.bytes)} (${heaviestVisit.id}) at ${spread.tasks} tasks`
        : 'not measured',
    met: spread ? within.length === visits.length : null,
  });

  const pages = report.lighthouse?.pages ?? [];
  for (const category of LIGHTHOUSE_CATEGORIES) {
    const needed = category === 'accessibility' ? 100 : 95;
    const scores = pages.map((page) => ({ kind: page.kind, score: page.scores[category] }));
    const missing = scores.filter((entry) => entry.score === null).map((entry) => entry.kind);
    const below = scores.filter((entry) => entry.score !== null && entry.score < needed);
    results.push({
      id: `lighthouse-${category}`,
      label: `Lighthouse ${category} ${needed === 100 ? '100' : `≥ ${needed}`} on every audited page`,
      measured:
        pages.length === 0
          ? 'not measured'
          : [
              ...lowest(scores.flatMap((entry) => (entry.score === null ? [] : [entry.score]))),
              ...below.map((entry) => `${entry.kind} ${entry.score}`),
              ...(missing.length > 0 ? [`not run: ${missing.join(', ')}`] : []),
            ].join('; '),
      met: missing.length === pages.length ? null : below.length === 0,
    });
  }
  return results;
}
