/**
 * The figures `npm run bench` measures, as one JSON-serialisable object
 * (`npm run bench -- --json` prints it as is; the table is drawn from it).
 */
import type { PageWeight } from '../page-weight.ts';

/** The page types whose weight and Lighthouse scores the bench reports. */
export const PAGE_KINDS = ['home', 'plan', 'task', 'agency', 'guide', 'search'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** Vietnamese pages only: the English ones share their templates. */
const KIND_PATTERNS: [PageKind, RegExp][] = [
  ['home', /^index\.html$/],
  ['plan', /^ke-hoach\/[^/]+\/index\.html$/],
  ['task', /^nhiem-vu\/[^/]+\/index\.html$/],
  ['agency', /^co-quan\/[^/]+\/index\.html$/],
  ['guide', /^huong-dan\/[^/]+\/index\.html$/],
  ['search', /^tim-kiem\/index\.html$/],
];

/** The page type of a built HTML file, from its path relative to the site root (with "/" separators). */
export function pageKind(relative: string): PageKind | null {
  return KIND_PATTERNS.find(([, pattern]) => pattern.test(relative))?.[0] ?? null;
}

/**
 * The largest corpus whose site the bench also indexes in one pagefind run (the index step's
 * baseline, ScaleFigures.index.single): the 20,000-task scale, with room for the corpus
 * generator's rounding.
 */
export const SINGLE_INDEX_MAX_TASKS = 25_000;

export interface QueryFigures {
  /** Bytes transferred (headers and gzip bodies). */
  bytes: number;
  /** From the navigation or the submission until the results are shown. */
  ms: number;
}

/** The search figures of one corpus (measured by search-measure.ts). */
export interface SearchBench {
  /** A cold visit to /tim-kiem/?q=…: page, CSS, fonts, pagefind start-up, index, results. */
  first: QueryFigures;
  /** The same query typed into the loaded search page, which starts pagefind while the citizen types. */
  firstFromSubmit: QueryFigures;
  /** Another query typed after the first one's results are shown. */
  followUp: QueryFigures;
  /**
   * The cold visit scoped to one province (?tinh=…, src/lib/search/scope.ts), the one with the
   * most pages; null for a site without province indexes.
   */
  province: (QueryFigures & { id: string }) | null;
  /** The cold visit in every province, in scopes.json's order (absent from reports written before 04/12/2026). */
  provinces?: Array<QueryFigures & { id: string }>;
}

export interface ScaleFigures {
  /** "real" or the number of synthetic tasks. */
  scale: string;
  tasks: number;
  /** HTML pages the site build wrote. */
  pages: number;
  build: {
    ms: number;
    /** CPU time (user + system) of the build's processes: steadier than wall time on a shared machine. */
    cpuMs: number;
    msPerPage: number;
    /** Peak resident memory of the build's process tree, in bytes (see memory.ts). */
    peakBytes: number;
    floor: { ms: number; pages: number; msPerPage: number; peakBytes: number };
    /** Site ms per page ÷ floor ms per page. */
    ratio: number;
  };
  index: {
    ms: number;
    bytes: number;
    peakBytes: number;
    /**
     * The index step's baseline: the same site indexed the way it was before the split by
     * province (02/12/2026), one pagefind run over every page. Timed in the same run,
     * alternating with the index step run again on the same site (step, one index, step, one
     * index: the machine's speed drifts within minutes). Null where it was not measured: above
     * SINGLE_INDEX_MAX_TASKS (it needs ~3 GB at 20,000 tasks and would need ~13 GB at 100,000,
     * the reason for the split), and in reports written before 04/12/2026.
     */
    single?: {
      /** Each run of the single index, in ms. */
      runs: number[];
      /** Each run of the index step, the first being `ms`. */
      stepRuns: number[];
      /** The single index's peak memory over its runs. */
      peakBytes: number;
    } | null;
  };
  /** What progress reports cost: the corpus's updates, and the site build of the same corpus with them removed. */
  progress: ProgressFigures;
  /** The heaviest page of each type (largest HTML), or null when the build has none. */
  weights: Record<PageKind, (PageWeight & { page: string }) | null>;
  search: SearchBench | null;
}

export interface ProgressFigures {
  /** Progress updates in the corpus. */
  updates: number;
  /** Tasks with at least one update. */
  reportedTasks: number;
  /**
   * The site build of the same corpus without its progress updates (same plans, tasks and
   * pages); null when not measured: a corpus without updates, or --skip-progress-cost.
   */
  withoutUpdates: { ms: number; cpuMs: number; pages: number; peakBytes: number } | null;
}

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface LighthousePage {
  kind: PageKind;
  /** Site path that was audited. */
  path: string;
  /** Scores 0–100; null when the category could not run (see `warnings`). */
  scores: Record<LighthouseCategory, number | null>;
  /** Audits below full marks, to say why a score was missed. */
  failing: { category: LighthouseCategory; id: string; title: string; score: number | null }[];
  /** Requests to anything other than loopback (there should be none). */
  offsite: string[];
  warnings: string[];
}

export interface TargetResult {
  id: string;
  label: string;
  /** What was measured, in words. */
  measured: string;
  /** null: not measured in this run (for instance the 20,000-task scale was skipped). */
  met: boolean | null;
}

export interface BenchReport {
  date: string;
  machine: { cores: number; node: string; memoryBytes: number; loadBefore: number[]; loadAfter: number[] };
  /** How peak memory was measured. */
  memoryMethod: string;
  scales: ScaleFigures[];
  lighthouse: { scale: string; pages: LighthousePage[] } | null;
  targets: TargetResult[];
  totalMs: number;
}
