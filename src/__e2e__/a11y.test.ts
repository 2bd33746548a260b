/**
 * axe, WCAG 2.2 A/AA rules, one test per URL; no rule is disabled. By default
 * (npm test): one page of every template in each language, and every page with
 * a chart, a map or an MDX component, whose markup varies with its content.
 * A11Y_ALL=1 (npm run test:a11y:all, which CI also runs): every page of the sitemap,
 * but of the 6,642 commune pages (one template) about 200 (a11yAll in scripts/lib/a11y-sample.ts).
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/static-server.ts';
import { TILE_HOST } from '../lib/deploy/security.ts';
import { a11yAll, a11ySample } from '../../scripts/lib/a11y-sample.ts';

const builtFile = (pathname: string) => `dist${pathname}${pathname.endsWith('/') ? 'index.html' : ''}`;

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Site paths listed in the built sitemap. */
function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '/').pathname);
}

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
/** Two tabs checking pages side by side: the machines have two cores, and axe keeps one busy. */
const idle: Page[] = [];
const waiting: Array<(page: Page) => void> = [];

async function withPage<T>(check: (page: Page) => Promise<T>): Promise<T> {
  const page = idle.pop() ?? (await new Promise<Page>((resolve) => waiting.push(resolve)));
  try {
    return await check(page);
  } finally {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  }
}

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  context = await browser.newContext();
  // Offline, as in CI: map tiles fail and the map shows its no-tiles state, which is checked too.
  await context.route(`${TILE_HOST}/**`, (route) => route.abort());
  idle.push(await context.newPage(), await context.newPage());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const all = sitemapPaths();
const paths = process.env.A11Y_ALL === '1' ? a11yAll(all) : a11ySample(all, (path) => readFileSync(builtFile(path), 'utf8'));

describe.concurrent(`accessibility (axe, WCAG 2.2 A/AA): ${paths.length} of ${all.length} pages`, () => {
  it('the sitemap lists every page', () => {
    expect(all.length).toBeGreaterThan(700);
  });
  for (const path of paths) {
    it(path, async () => {
      const violations = await withPage(async (page) => {
        await page.goto(`${server.url}${path}`);
        // Charts are drawn when they come into view and maps once Leaflet has loaded: check them drawn.
        const charts = await page.locator('canvas[data-chart]').count();
        if (charts > 0) {
          await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
          await page.waitForFunction((expected) => document.querySelectorAll('canvas[data-rendered]').length === expected, charts);
        }
        if ((await page.locator('[data-map]').count()) > 0) await page.waitForSelector('[data-map][data-markers]');
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        return results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 3)
              .join(', ')})`,
        );
      });
      expect(violations).toEqual([]);
    });
  }
});
