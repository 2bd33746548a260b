/**
 * Search figures for `npm run bench`: bytes transferred and time to results for
 * a first and a follow-up query, in headless Chromium on loopback with gzip.
 * The same measurement as scripts/bench-search.ts (copied, not changed, while
 * that script is being reworked; switch to its exported function once it has one).
 */
import { launchBrowser } from '../../src/__e2e__/browser.ts';
import { serveDist } from '../../src/__e2e__/server.ts';
import type { QueryFigures } from '../../src/lib/bench/report.ts';

export async function measureSearch(site: string, first = 'gia dat', followUp = 'ho ngheo'): Promise<{ first: QueryFigures; followUp: QueryFigures }> {
  const server = await serveDist(site, { gzip: true });
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    let bytes = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes().catch(() => null);
      if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    });
    const shown = (query: string) => page.waitForFunction((expected) => document.querySelector<HTMLElement>('[data-results]')?.dataset.query === expected, query, { timeout: 120_000 });
    let started = performance.now();
    await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(first)}`);
    await shown(first);
    const firstFigures = { bytes, ms: performance.now() - started };
    // Let late responses of the first query land before counting the second.
    await page.waitForTimeout(200);
    bytes = 0;
    started = performance.now();
    await page.fill('#search-q', followUp);
    await page.press('#search-q', 'Enter');
    await shown(followUp);
    return { first: firstFigures, followUp: { bytes, ms: performance.now() - started } };
  } finally {
    await browser.close();
    await server.close();
  }
}
