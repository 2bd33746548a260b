/**
 * Charts (Chart.js) and the map (Leaflet) on the built site, offline: the map
 * tile host is blocked, as it is on a phone without data. Expected values come
 * from the content, not from the pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../lib/content/corpus.ts';
import { formatNumber } from '../lib/format.ts';
import { TILE_HOST } from '../lib/deploy/security.ts';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();
const corpus = loadCorpus('content', { today: '2026-12-02' });
const score = (province: string, year: number) => corpus.scores.find((entry) => entry.province === province && entry.year === year);

async function offline(options: { javaScript?: boolean; reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<BrowserContext> {
  const context = await site.browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    reducedMotion: options.reducedMotion ?? 'no-preference',
    viewport: { width: 1024, height: 900 },
  });
  await context.route(`${TILE_HOST}/**`, (route) => route.abort());
  return context;
}

async function openChart(page: Page, path: string, chartId: string): Promise<void> {
  await page.goto(`${site.url}${path}`);
  await page.locator(`#${chartId}`).scrollIntoViewIfNeeded();
  await page.waitForSelector(`#${chartId} canvas[data-rendered]`);
}

const cells = (page: Page, chartId: string, column: number) =>
  page.$$eval(`#${chartId} tbody tr`, (rows, index) => rows.map((row) => row.querySelectorAll('td')[index]?.textContent?.trim() ?? ''), column);

describe('charts', () => {
  it("Sóc Trăng's totals: 7 points, and the table holds the published totals with a decimal comma", async () => {
    const page = await (await offline()).newPage();
    await openChart(page, '/dia-phuong/soc-trang/', 'chart-soc-trang-totals');
    expect(await page.getAttribute('#chart-soc-trang-totals canvas', 'data-rendered')).toBe('7');
    expect(await cells(page, 'chart-soc-trang-totals', 0)).toEqual(
      [2018, 2019, 2020, 2021, 2022, 2023, 2024].map((year) => formatNumber(score('soc-trang', year)!.total, 'vi-VN', 2)),
    );
    expect(await page.textContent('#chart-soc-trang-totals .source-line')).toBe('Nguồn: PAPI, UNDP Việt Nam và đối tác, năm 2018–2024.');
    await page.context().close();
  });

  it('Quảng Ninh\'s totals: 2018, 2021 and 2023 (not scored) are gaps (4 points) and "—" in the table, never zero', async () => {
    const page = await (await offline()).newPage();
    await openChart(page, '/dia-phuong/quang-ninh/', 'chart-quang-ninh-totals');
    expect(await page.getAttribute('#chart-quang-ninh-totals canvas', 'data-rendered')).toBe('4');
    const totals = await cells(page, 'chart-quang-ninh-totals', 0);
    expect([totals[0], totals[3], totals[5]]).toEqual(['—', '—', '—']);
    expect(await page.textContent('main')).toContain('không hợp nhất với tỉnh nào năm 2025');
    await page.context().close();
  });

  it('Sóc Trăng against the former Cần Thơ city, which it merged with (the merged city has no score), dimension by dimension: 16 bars for 2024, and the table follows a change of year', async () => {
    const page = await (await offline()).newPage();
    await openChart(page, '/dia-phuong/soc-trang/', 'chart-soc-trang-dimensions');
    expect(await page.getAttribute('#chart-soc-trang-dimensions canvas', 'data-rendered')).toBe('16');
    expect(await cells(page, 'chart-soc-trang-dimensions', 0)).toEqual(score('soc-trang', 2024)!.dimensions.map((value) => formatNumber(value, 'vi-VN', 2)));
    expect(await cells(page, 'chart-soc-trang-dimensions', 1)).toEqual(score('can-tho-cu', 2024)!.dimensions.map((value) => formatNumber(value, 'vi-VN', 2)));
    await page.selectOption('#chart-soc-trang-dimensions-variant', '2021');
    expect(await cells(page, 'chart-soc-trang-dimensions', 0)).toEqual(score('soc-trang', 2021)!.dimensions.map((value) => formatNumber(value, 'vi-VN', 2)));
    expect(await page.getAttribute('#chart-soc-trang-dimensions canvas', 'data-rendered')).toBe('16');
    await page.context().close();
  });

  it('Phú Yên against the former Đắk Lắk, Đắk Nông against a province it merged with into Lâm Đồng', async () => {
    for (const [province, other] of [
      ['phu-yen', 'Đắk Lắk (cũ)'],
      ['dak-nong', 'Lâm Đồng (cũ)'],
    ] as const) {
      const page = await (await offline()).newPage();
      await openChart(page, `/dia-phuong/${province}/`, `chart-${province}-dimensions`);
      expect(await page.$$eval(`#chart-${province}-dimensions thead th`, (headers) => headers.map((header) => header.textContent?.trim()))).toContain(other);
      await page.context().close();
    }
  });

  it("the PAPI page draws the latest year's totals as one horizontal bar per province, highest first, as in the table", async () => {
    const page = await (await offline()).newPage();
    await openChart(page, '/papi/', 'chart-papi-2024');
    const scored = corpus.scores.filter((entry) => entry.year === 2024).sort((a, b) => b.total - a.total);
    expect(await page.getAttribute('#chart-papi-2024 canvas', 'data-rendered')).toBe(String(scored.length));
    expect(await cells(page, 'chart-papi-2024', 0)).toEqual(scored.map((entry) => formatNumber(entry.total, 'vi-VN', 4)));
    // One line per province: the box grows with the 61 bars instead of squeezing them into 18rem.
    expect(await page.$eval('#chart-papi-2024 [data-chart-box]', (box) => box.getBoundingClientRect().height)).toBeGreaterThan(61 * 16);
    await page.context().close();
  });

  it('a plan page counts its tasks per dimension as printed', async () => {
    const page = await (await offline()).newPage();
    await openChart(page, '/ke-hoach/nga-nam-2021/', 'chart-nga-nam-2021-dimensions');
    expect(await cells(page, 'chart-nga-nam-2021-dimensions', 0)).toEqual(['4', '4', '2', '4', '1', '4', '2', '3']);
    expect(await page.getAttribute('#chart-nga-nam-2021-dimensions canvas', 'data-rendered')).toBe('8');
    await page.context().close();
  });

  it('English pages format numbers the English way', async () => {
    const page = await (await offline()).newPage();
    await openChart(page, '/en/dia-phuong/soc-trang/', 'chart-soc-trang-totals');
    expect((await cells(page, 'chart-soc-trang-totals', 0))[0]).toBe('43.37');
    await page.context().close();
  });

  it('does not animate when the reader prefers reduced motion', async () => {
    const page = await (await offline({ reducedMotion: 'reduce' })).newPage();
    await openChart(page, '/dia-phuong/soc-trang/', 'chart-soc-trang-totals');
    expect(await page.getAttribute('#chart-soc-trang-totals canvas', 'data-animation')).toBe('off');
    await page.context().close();
  });

  it('without JavaScript the table is there and the empty canvas is not', async () => {
    const page = await (await offline({ javaScript: false })).newPage();
    await page.goto(`${site.url}/dia-phuong/soc-trang/`);
    expect(await page.isVisible('#chart-soc-trang-totals table')).toBe(true);
    expect(await page.isVisible('#chart-soc-trang-totals canvas')).toBe(false);
    await page.context().close();
  });

  it("an MDX guide can carry a PAPI chart; without provinces={…} it draws the published plans' provinces, not all 63", async () => {
    const page = await (await offline()).newPage();
    await openChart(page, '/huong-dan/dan-chu-co-so/', 'papi-chi-so-1');
    const provinces = new Set(corpus.plans.map((plan) => plan.province));
    const points = corpus.scores.filter((entry) => provinces.has(entry.province)).length;
    expect(await page.getAttribute('#papi-chi-so-1 canvas', 'data-rendered')).toBe(String(points));
    const headers = await page.$$eval('#papi-chi-so-1 thead th', (cells) => cells.slice(1).map((cell) => cell.textContent?.trim()));
    expect(headers.sort()).toEqual(['Lạng Sơn', 'Phú Yên', 'Sóc Trăng', 'Đắk Nông']);
    await page.context().close();
  });
});

describe('map', () => {
  const issuers = corpus.plans.length;
  const modelDistricts = new Set(corpus.localities.filter((locality) => locality.role === 'model-unit').map((locality) => locality.parent)).size;

  async function openMap(path: string): Promise<Page> {
    const page = await (await offline()).newPage();
    await page.goto(`${site.url}${path}`);
    await page.waitForSelector('[data-map][data-markers]');
    return page;
  }

  /** The place ids the markers on the map stand for (a marker may stand for several close places). */
  const placesOnMap = (page: Page) =>
    page.$$eval('.leaflet-marker-icon', (markers) => markers.flatMap((marker) => (marker as HTMLElement).dataset.points?.split(' ') ?? []));

  it(`shows ${issuers} plan places and one place per district with model units, on a plain background with a message when tiles fail`, async () => {
    const page = await openMap('/dia-phuong/');
    expect((await placesOnMap(page)).sort()).toEqual(
      [...corpus.plans.map((plan) => `plan-${plan.id}`), 'model-my-xuyen', 'model-tp-soc-trang', 'model-vinh-chau'].sort(),
    );
    expect(await page.locator('.leaflet-marker-icon').count()).toBeLessThanOrEqual(issuers + modelDistricts);
    await page.waitForSelector('[data-map-offline]:not([hidden])');
    expect(await page.getAttribute('[data-map]', 'class')).toContain('map-no-tiles');
    await page.context().close();
  });

  it('a marker opened with the keyboard shows a popup linking to the plan and the locality', async () => {
    const page = await openMap('/dia-phuong/');
    await page.focus('.leaflet-marker-icon[data-points~="plan-nga-nam-2021"]');
    await page.keyboard.press('Enter');
    const links = await page.$$eval('.leaflet-popup-content a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toContain('/ke-hoach/nga-nam-2021/');
    expect(links).toContain('/dia-phuong/nga-nam/');
    await page.context().close();
  });

  it("the model units of Vĩnh Châu are listed in their marker's popup, each linking to its page", async () => {
    const page = await openMap('/dia-phuong/');
    await page.click('.leaflet-marker-icon[data-points~="model-vinh-chau"]');
    const links = await page.$$eval('.leaflet-popup-content a', (anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.filter((href) => href?.startsWith('/dia-phuong/vinh-chau-'))).toHaveLength(4);
    await page.context().close();
  });

  it('a locality page maps only its own places', async () => {
    const page = await openMap('/dia-phuong/nga-nam/');
    expect(await placesOnMap(page)).toEqual(['plan-nga-nam-2021']);
    await page.context().close();
  });

  it('without JavaScript the same places are a list of links, and the map is not shown', async () => {
    const page = await (await offline({ javaScript: false })).newPage();
    await page.goto(`${site.url}/dia-phuong/`);
    expect(await page.locator('[data-map-list] li').count()).toBe(issuers + modelDistricts);
    expect(await page.isVisible('[data-map]')).toBe(false);
    expect(await page.locator('[data-map-list] a[href="/ke-hoach/dak-rlap-2024/"]').count()).toBe(1);
    await page.context().close();
  });
});

describe('loaded only where used', () => {
  /** Built chunks that hold Chart.js or Leaflet, found by what is inside them. */
  const heavy = readdirSync('dist/_astro').filter(
    (name) => name.endsWith('.js') && /leaflet-container|BarController|chartjs/i.test(readFileSync(path.join('dist/_astro', name), 'utf8')),
  );

  it('the build has Chart.js and Leaflet chunks to look for', () => {
    expect(heavy.length).toBeGreaterThanOrEqual(2);
  });

  for (const pagePath of ['/nhiem-vu/nga-nam-2021-1-a/', '/co-quan/nga-nam-phong-noi-vu/', '/huong-dan/bau-cu/']) {
    it(`${pagePath} loads neither Chart.js nor Leaflet`, async () => {
      const context = await offline();
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(`${site.url}${pagePath}`);
      await page.waitForLoadState('networkidle');
      expect(requested.filter((url) => heavy.some((name) => url.endsWith(name)))).toEqual([]);
      await context.close();
    });
  }

  it('pages with a chart or a map load them, with no console error', async () => {
    for (const pagePath of ['/dia-phuong/', '/dia-phuong/soc-trang/', '/papi/', '/ke-hoach/dong-hoa-2021/']) {
      const context = await offline();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.location().url.startsWith(TILE_HOST)) errors.push(`${pagePath}: ${message.text()}`);
      });
      await page.goto(`${site.url}${pagePath}`);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
