/**
 * Measures the search page of a built site in headless Chromium over loopback
 * with gzip, as a static host would serve it: the bytes of every response,
 * grouped by kind (the page, fonts, pagefind's script, WebAssembly and index
 * files, …), and the time until results are shown. Used by
 * `scripts/bench-search.ts`; exported so that other benchmarks can reuse it.
 *
 * Two timings for the first query, because they answer different questions:
 * - "from navigation": a cold visit to `/tim-kiem/?q=…` (page, CSS, fonts,
 *   pagefind start-up, index, results), what a citizen arriving from a link waits;
 * - "from submit": the empty search page is loaded and has started pagefind
 *   (it does so while the citizen types), then a query is submitted.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser } from '../browser.ts';
import { serveDist } from '../static-server.ts';

/** The kinds of response a search costs, in the order they are reported. */
export const RESOURCE_KINDS = [
  'page',
  'css',
  'fonts',
  'script',
  'pagefind.js',
  'wasm',
  'entry',
  'meta',
  'index',
  'fragment',
  'filter',
  'places',
  'other',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Which kind a requested URL is, by its path. */
export function resourceKind(url: string): ResourceKind {
  const pathname = new URL(url).pathname;
  if (pathname.endsWith('.pf_fragment')) return 'fragment';
  if (pathname.endsWith('.pf_index')) return 'index';
  if (pathname.endsWith('.pf_filter')) return 'filter';
  if (pathname.endsWith('.pf_meta')) return 'meta';
  if (pathname.endsWith('pagefind-entry.json')) return 'entry';
  // The national index under /pagefind/, a province's under /pagefind/tinh/<province>/.
  if (/\/pagefind\/(?:tinh\/[^/]+\/)?wasm\.[^/]*\.pagefind$/.test(pathname)) return 'wasm';
  if (/\/pagefind\/(?:tinh\/[^/]+\/)?[^/]*\.js$/.test(pathname)) return 'pagefind.js';
  if (/\.(woff2?|ttf|otf)$/.test(pathname)) return 'fonts';
  if (pathname.endsWith('.css')) return 'css';
  if (/\.m?js$/.test(pathname)) return 'script';
  if (pathname.endsWith('/') || pathname.endsWith('.html')) return 'page';
  if (pathname === '/dia-phuong/places.json') return 'places';
  return 'other';
}

export interface QueryFigures {
  /** Bytes on the wire (body and headers), all kinds together. */
  bytes: number;
  /** Milliseconds until the results of the query are in the page. */
  ms: number;
  /** Bytes by kind, and the number of requests of that kind. */
  byKind: Partial<Record<ResourceKind, { bytes: number; requests: number }>>;
}

export interface SearchFigures {
  /** A cold visit to the search page with the query in its URL. */
  firstFromNavigation: QueryFigures;
  /** Opening the empty search page until the network is idle (page, fonts, pagefind start-up). */
  pageLoad: QueryFigures;
  /** The same query typed into that loaded page and submitted: only what the query itself costs. */
  firstFromSubmit: QueryFigures;
  /** Another query typed after the first one's results are shown. */
  followUp: QueryFigures;
}

/**
 * The bytes a response's body took on the wire, from the body itself: Chromium reports 0 for
 * a worker's own script (pagefind-worker.js, 12 kB gzip, was missing from every figure before
 * 04/12/2026). The body is compressed as serveDist compresses it (gzip, default level).
 */
async function bodyOnWire(request: Request): Promise<number> {
  const response = await request.response();
  if (!response) return 0;
  try {
    const body = await response.body();
    return response.headers()['content-encoding'] === 'gzip' ? gzipSync(body).length : body.length;
  } catch {
    return 0; // a body Chromium no longer holds (a redirect, a page closed)
  }
}

class Meter {
  private figures: QueryFigures = { bytes: 0, ms: 0, byKind: {} };
  private pending: Array<Promise<void>> = [];
  private started = 0;

  constructor(page: Page) {
    page.on('requestfinished', (request) => {
      const figures = this.figures;
      this.pending.push(
        request
          .sizes()
          .then(async (sizes) => {
            const bytes = (sizes.responseBodySize > 0 ? sizes.responseBodySize : await bodyOnWire(request)) + sizes.responseHeadersSize;
            const kind = resourceKind(request.url());
            const entry = (figures.byKind[kind] ??= { bytes: 0, requests: 0 });
            entry.bytes += bytes;
            entry.requests += 1;
            figures.bytes += bytes;
          })
          .catch(() => undefined),
      );
    });
  }

  start(): void {
    this.figures = { bytes: 0, ms: 0, byKind: {} };
    this.pending = [];
    this.started = performance.now();
  }

  async stop(): Promise<QueryFigures> {
    const ms = performance.now() - this.started;
    await Promise.all(this.pending);
    return { ...this.figures, ms };
  }
}

function resultsShown(page: Page, query: string): Promise<unknown> {
  return page.waitForFunction((expected) => document.querySelector<HTMLElement>('[data-results]')?.dataset.query === expected, query, { timeout: 120_000 });
}

async function typeAndSubmit(page: Page, meter: Meter, query: string): Promise<QueryFigures> {
  await page.fill('#search-q', query);
  meter.start();
  await page.press('#search-q', 'Enter');
  await resultsShown(page, query);
  return meter.stop();
}

/** A cold visit to a search address until the results of `query` are shown. */
async function coldVisit(page: Page, meter: Meter, url: string, query: string): Promise<QueryFigures> {
  meter.start();
  await page.goto(url);
  await resultsShown(page, query);
  return meter.stop();
}

/**
 * The cold visit to /tim-kiem/?q=<query>&tinh=<province> in each of `scopes`, each in a fresh
 * browser context (nothing cached), one after the other: how the weight of a search spreads
 * over the provinces, which the province with the most pages alone does not say.
 */
export async function measureColdVisits(site: string, query: string, scopes: readonly string[]): Promise<Array<QueryFigures & { id: string }>> {
  const server = await serveDist(site, { gzip: true });
  const browser = await launchBrowser();
  try {
    const visits: Array<QueryFigures & { id: string }> = [];
    for (const id of scopes) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const figures = await coldVisit(page, new Meter(page), `${server.url}/tim-kiem/?q=${encodeURIComponent(query)}&tinh=${encodeURIComponent(id)}`, query);
      await context.close();
      visits.push({ ...figures, id });
    }
    return visits;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Serves `site` (a built dist/ with its pagefind index) and measures a first and a follow-up query,
 * in every province or, with `scope` (a province id: ?tinh=…, src/lib/search/scope.ts), in one.
 */
export async function measureSearch(
  site: string,
  first: string,
  followUp: string,
  options: { browser?: Browser; scope?: string } = {},
): Promise<SearchFigures> {
  const scope = options.scope ? `&tinh=${encodeURIComponent(options.scope)}` : '';
  const server = await serveDist(site, { gzip: true });
  const browser = options.browser ?? (await launchBrowser());
  try {
    // A fresh context per scenario: nothing cached, as for a first visit.
    const cold = await browser.newContext();
    const page = await cold.newPage();
    const meter = new Meter(page);
    const firstFromNavigation = await coldVisit(page, meter, `${server.url}/tim-kiem/?q=${encodeURIComponent(first)}${scope}`, first);
    await page.waitForTimeout(200);
    const followFigures = await typeAndSubmit(page, meter, followUp);
    await cold.close();

    const loaded = await browser.newContext();
    const searchPage = await loaded.newPage();
    const submitMeter = new Meter(searchPage);
    submitMeter.start();
    await searchPage.goto(`${server.url}/tim-kiem/${scope ? `?${scope.slice(1)}` : ''}`);
    // The empty search page starts the index while the citizen types; this waits until it is done.
    await searchPage.waitForLoadState('networkidle');
    const pageLoad = await submitMeter.stop();
    const firstFromSubmit = await typeAndSubmit(searchPage, submitMeter, first);
    await loaded.close();
    return { firstFromNavigation, pageLoad, firstFromSubmit, followUp: followFigures };
  } finally {
    if (!options.browser) await browser.close();
    await server.close();
  }
}

/** One line per kind: "meta 181 kB (1)". */
export function formatBreakdown(figures: QueryFigures): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  return RESOURCE_KINDS.filter((kind) => figures.byKind[kind])
    .map((kind) => `${kind} ${kb(figures.byKind[kind]?.bytes ?? 0)} (${figures.byKind[kind]?.requests ?? 0})`)
    .join(', ');
}
