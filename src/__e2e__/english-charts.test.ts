/**
 * Issue 20 (items 2, 6, 7) in a real browser on the built site: a place's page
 * leads with its plans, the English pages name offices in English with the
 * Vietnamese beside, and a printed page shows tables and addresses, not blank charts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

async function open(path: string, viewport = { width: 1024, height: 800 }): Promise<Page> {
  const context = await site.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  return page;
}

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

describe("a place's page leads with the answer", () => {
  it('the first screen of a phone (360 × 740) of Ngã Năm shows its plan: tasks, reports, period', async () => {
    const page = await open('/dia-phuong/nga-nam/', { width: 360, height: 740 });
    const line = page.locator('[data-plan-summary="nga-nam-2021"] > p');
    expect(await line.textContent()).toMatch(/24 nhiệm vụ · \d+ có báo cáo · thời kỳ 2021 đã kết thúc/);
    const box = await line.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(740);
    // The map and the coordinates come after the plans.
    const order = await page.evaluate(() => {
      const plans = document.querySelector('[data-plan-summary]');
      const map = document.querySelector('.map-figure');
      return plans && map ? plans.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    await page.context().close();
  });
  it('its tasks are one tap away, by dimension, each linking to its page', async () => {
    const page = await open('/dia-phuong/nga-nam/', { width: 360, height: 740 });
    const details = page.locator('[data-plan-summary="nga-nam-2021"] details');
    expect(await details.getAttribute('open')).toBeNull();
    await details.locator('summary').click();
    const tasks = details.locator('a[href^="/nhiem-vu/"]');
    expect(await tasks.count()).toBe(24);
    expect(await tasks.first().isVisible()).toBe(true);
    expect(await details.locator('a[href="/ke-hoach/nga-nam-2021/#chi-so-1"]').count()).toBe(1);
    await page.context().close();
  });
  it('a province shows PAPI scores to two decimals and its plans’ lines in English too', async () => {
    const page = await open('/en/dia-phuong/soc-trang/');
    expect(await text(page, '[data-plan-summary="soc-trang-2023"] > p')).toMatch(/21 tasks · \d+ with a progress report · period 2023 over/);
    expect(await text(page, 'main')).not.toMatch(/\d\.\d{4}\b/);
    await page.context().close();
  });
});

describe('English that reads as English', () => {
  it('a task page names its offices in English with the Vietnamese beside', async () => {
    const page = await open('/en/nhiem-vu/chi-lang-2024-1-a/');
    const partners = await text(page, 'a[href="/en/co-quan/chi-lang-phong-tu-phap/"]');
    expect(partners).toBe('Justice Office');
    const cell = await page
      .locator('a[href="/en/co-quan/chi-lang-phong-tu-phap/"]')
      .evaluate((link) => (link.parentElement?.textContent ?? '').replace(/\s+/g, ' '));
    expect(cell).toContain('Justice Office (Phòng Tư pháp)');
    expect(await page.locator('a[href="/en/co-quan/chi-lang-phong-tu-phap/"] + span[lang="vi"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });
  it('an English page links to the glossary, which defines the two levels since 01/07/2025', async () => {
    const page = await open('/en/');
    await page.click('footer a[href="/en/thuat-ngu/"]');
    const main = await text(page, 'main');
    expect(main).toContain('xã — commune');
    expect(main).toContain('72/2025/QH15');
    expect(main).toContain('See also Localities and Offices.');
    // Each legal basis is a short citation linking to the text an editor checked.
    const basis = page.locator('dt#doan-the + dd a[rel="external"]');
    expect(await basis.textContent()).toBe('No. 203/2025/QH15');
    expect(await basis.getAttribute('href')).toMatch(/^https:\/\//);
    expect(await page.getAttribute('#site-search-q', 'placeholder')).toMatch(/^e\.g\. /);
    await page.context().close();
  });
  it('the Vietnamese pages keep their names and have no glossary link', async () => {
    const page = await open('/nhiem-vu/chi-lang-2024-1-a/');
    expect(await text(page, 'a[href="/co-quan/chi-lang-phong-tu-phap/"]')).toBe('Phòng Tư pháp');
    expect(await page.locator('footer a[href="/en/thuat-ngu/"]').count()).toBe(0);
    await page.context().close();
  });
});

describe('English search', () => {
  const search = async (query: string, scope: Record<string, string> = {}) => {
    const page = await open(`/en/tim-kiem/?${new URLSearchParams({ q: query, ...scope })}`);
    await page.waitForFunction(() => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return status !== '' && !status.includes('…');
    });
    // Pages, and the tasks found in plans (h3) when every province is searched.
    const links = await page.$$eval('[data-results] h2 a, [data-results] h3 a', (anchors) =>
      anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname),
    );
    const status = (await page.textContent('[data-search-status]')) ?? '';
    await page.context().close();
    return { links, status };
  };
  it('finds tasks by their English office names, and plans by their dimension names', async () => {
    // The offices' own pages first, then tasks they lead or support.
    const justice = (await search('Justice Office')).links;
    expect(justice[0]).toMatch(/^\/en\/co-quan\/.*tu-phap\/$/);
    expect(justice.some((link) => link.startsWith('/en/nhiem-vu/'))).toBe(true);
    // A dimension's name heads its section of a plan page, outside each task's own section. In English a task is
    // found inside its plan in every scope (indexHoldsTaskPages), so "transparency" finds the plans, in a province too.
    expect((await search('transparency')).links.some((link) => link.startsWith('/en/ke-hoach/'))).toBe(true);
    expect((await search('transparency', { tinh: 'lang-son' })).links.some((link) => link.startsWith('/en/ke-hoach/chi-lang-'))).toBe(true);
  });
  it('counts in English: "results", never "1 results"', async () => {
    const { status } = await search('Justice Office');
    expect(status).toMatch(/^(1 result found\.|\d+ results found)/);
    expect(status).not.toMatch(/^1 results/);
  });
});

describe('printed pages', () => {
  it('print a chart as its table, and links with their address', async () => {
    const page = await open('/dia-phuong/soc-trang/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.chart-canvas').first().isVisible()).toBe(false);
    expect(await page.locator('table[data-chart-table]').first().isVisible()).toBe(true);
    const after = await page
      .locator('main a[href^="http"]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('https://');
    await page.context().close();
  });
});
