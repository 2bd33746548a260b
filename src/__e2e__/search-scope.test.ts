/**
 * Where a search looks (src/lib/search/scope.ts, src/scripts/search-scope.ts): the
 * header box of a province's page searches that province's own index first and says
 * so, one click widens it to every province, a province chosen on the search page is
 * remembered on the device, and nothing is fetched from another site.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

async function searchFromHeader(page: Page, from: string, query: string): Promise<string[]> {
  await page.goto(`${site.url}${from}`);
  await page.fill('#site-search-q', query);
  await page.press('#site-search-q', 'Enter');
  return results(page, query);
}

async function results(page: Page, query: string): Promise<string[]> {
  await page.waitForSelector(`[data-results][data-query="${query}"]`, { state: 'attached' });
  // Pages, and the tasks found in plans (h3) when every province is searched (task-sections.ts).
  return page.$$eval('[data-results] h2 a, [data-results] h3 a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

const tasksOf = (urls: string[]) => urls.filter((url) => url.startsWith('/nhiem-vu/'));

describe('search scope', () => {
  it("the header box of a Lạng Sơn page searches Lạng Sơn, says so, and loads that province's index only", async () => {
    const page = await (await site.browser.newContext()).newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const urls = await searchFromHeader(page, '/nhiem-vu/chi-lang-2024-1-d/', 'giá đất');
    expect(new URL(page.url()).searchParams.get('tinh')).toBe('lang-son');
    expect(tasksOf(urls).length).toBeGreaterThan(0);
    expect(tasksOf(urls).every((url) => url.startsWith('/nhiem-vu/chi-lang-'))).toBe(true);
    expect(await page.textContent('[data-scope-text]')).toBe('Kết quả trong tỉnh Lạng Sơn (và các trang chung: hướng dẫn, chỉ số PAPI).');
    expect(await page.inputValue('#search-scope')).toBe('lang-son');
    const pagefindFiles = requests.map((url) => new URL(url).pathname).filter((path) => path.startsWith('/pagefind/'));
    expect(pagefindFiles.length).toBeGreaterThan(0);
    expect(pagefindFiles.every((path) => path.startsWith('/pagefind/tinh/lang-son/'))).toBe(true);
    // pagefind searches on the page's own thread: its worker script is not fetched (search-page.ts).
    expect(pagefindFiles.filter((path) => path.endsWith('/pagefind-worker.js'))).toEqual([]);
    // Nothing leaves the site.
    expect(requests.filter((url) => new URL(url).origin !== site.url)).toEqual([]);
    await page.context().close();
  });

  it('one click widens the search to every province; the results keep their plan, place and lead office', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await searchFromHeader(page, '/nhiem-vu/chi-lang-2024-1-d/', 'giá đất');
    await page.click('[data-scope-widen]');
    await results(page, 'giá đất');
    // Across all provinces the results come five at a time: a reader asks for five more.
    await page.click('[data-search-more]');
    await page.waitForFunction(() => document.querySelectorAll('[data-results] > li').length > 5);
    const urls = await results(page, 'giá đất');
    expect(new URL(page.url()).searchParams.get('tinh')).toBe('tat-ca');
    expect(urls).toContain('/nhiem-vu/dak-rlap-2024-2-4/');
    expect(await page.textContent('[data-scope-text]')).toBe('Kết quả trong tất cả các tỉnh, thành phố: mỗi nhiệm vụ tìm thấy hiện dưới kế hoạch của nó.');
    expect(await page.isHidden('[data-scope-widen]')).toBe(true);
    const metas = await page.$$eval('[data-results] li .meta', (items) => items.map((item) => item.textContent ?? ''));
    expect(metas.some((meta) => meta.startsWith('Nhiệm vụ · ') && meta.includes('Cơ quan chủ trì'))).toBe(true);
    await page.context().close();
  });

  it('a province chosen on the search page is remembered on the device for the next search from a page of no province', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent('hộ nghèo')}`);
    await results(page, 'hộ nghèo');
    await page.selectOption('#search-scope', 'can-tho');
    await page.waitForURL(/tinh=can-tho/);
    const inCanTho = await results(page, 'hộ nghèo');
    expect(tasksOf(inCanTho).every((url) => /^\/nhiem-vu\/(nga-nam|soc-trang)-/.test(url))).toBe(true);
    // The home page has no province: its header box sends none, and the remembered one is used.
    const urls = await searchFromHeader(page, '/', 'hộ nghèo');
    expect(new URL(page.url()).searchParams.get('tinh')).toBe('can-tho');
    expect(tasksOf(urls)).toEqual(tasksOf(inCanTho));
    expect(await page.textContent('[data-scope-text]')).toContain('thành phố Cần Thơ');
    await page.context().close();
  });

  it('in English a province is searched in its own index, each task found shown under its plan and linking to its English page', async () => {
    const page = await (await site.browser.newContext()).newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.url}/en/tim-kiem/?q=${encodeURIComponent('gia dat')}&tinh=lam-dong`);
    const urls = await results(page, 'gia dat');
    expect(urls).toContain('/en/nhiem-vu/dak-rlap-2024-2-4/');
    expect(urls.every((url) => url.startsWith('/en/'))).toBe(true);
    // Found inside its plan (indexHoldsTaskPages): the task is an item under the plan's result.
    const underPlan = await page.$$eval('[data-results] > li', (items) =>
      items.some(
        (item) =>
          item.querySelector('h2 a')?.getAttribute('href')?.startsWith('/en/ke-hoach/') && item.querySelector('h3 a[href="/en/nhiem-vu/dak-rlap-2024-2-4/"]'),
      ),
    );
    expect(underPlan).toBe(true);
    expect(await page.textContent('[data-scope-text]')).toMatch(/^Results in .*Lâm Đồng.*: each task found is shown under its plan\.$/);
    const pagefindFiles = requests.map((url) => new URL(url).pathname).filter((path) => path.startsWith('/pagefind/'));
    expect(pagefindFiles.every((path) => path.startsWith('/pagefind/tinh/lam-dong/'))).toBe(true);
    await page.context().close();
  });

  it('filters work within a province', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent('đóng góp tự nguyện')}&tinh=can-tho&type=${encodeURIComponent('Nhiệm vụ')}`);
    const urls = await results(page, 'đóng góp tự nguyện');
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => /^\/nhiem-vu\/(nga-nam|soc-trang)-/.test(url))).toBe(true);
    await page.context().close();
  });
});
