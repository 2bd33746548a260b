/**
 * Journeys of a citizen and a journalist through the built site, in a real browser.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { TILE_HOST } from '../lib/deploy/security.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/static-server.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, options: { javaScript?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: { width: options.width ?? 1024, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

const plans = JSON.parse(readFileSync('dist/data/plans.json', 'utf8')) as Array<{ id: string; task_count: number }>;

describe('plan pages', () => {
  for (const plan of plans) {
    it(`${plan.id} lists all its ${plan.task_count} tasks, readable without JavaScript`, async () => {
      const page = await open(`/ke-hoach/${plan.id}/`, { javaScript: false });
      expect(await page.locator('main li[data-task]').count()).toBe(plan.task_count);
      await page.context().close();
    });
  }
  it('says that the portal holds no report (not that none was published) and that the deadline passed', async () => {
    const page = await open('/ke-hoach/dong-hoa-2021/');
    const main = (await page.textContent('main')) ?? '';
    expect(main).toMatch(/Cổng chưa nhận được báo cáo tiến độ nào về kế hoạch này \(cập nhật \d{2}\/\d{2}\/\d{4}\)/);
    expect(main).not.toContain('được công bố cho kế hoạch này');
    expect(await page.textContent('li.task:has(> #dong-hoa-2021-pl1-29)')).toContain('Đã quá thời hạn; cổng chưa nhận được báo cáo nào.');
    await page.context().close();
  });
  it("the Ngã Năm 2021 plan, whose tasks print no deadline, no longer reads as on track: all 24 tasks past the plan's period", async () => {
    const page = await open('/ke-hoach/nga-nam-2021/');
    const overdue = page.locator('[data-progress-summary] [data-overdue]');
    expect(await overdue.getAttribute('data-overdue')).toBe('24');
    expect(await overdue.textContent()).toMatch(/^24\/24 nhiệm vụ đã quá thời hạn/);
    expect(await page.textContent('li.task:has(> #nga-nam-2021-1-a)')).toContain('Thời kỳ của kế hoạch (2021) đã kết thúc; cổng chưa nhận được báo cáo nào.');
    await page.context().close();
  });
  it('a recurring task of a one-year plan shows its frequency and year, not "2024–2024"', async () => {
    const page = await open('/ke-hoach/chi-lang-2024/');
    const main = (await page.textContent('main')) ?? '';
    expect(main).not.toContain('2024–2024');
    expect(main).toContain('thực hiện thường xuyên, trong năm 2024');
    await page.context().close();
  });
  it('states what the issuing unit is today', async () => {
    const page = await open('/ke-hoach/nga-nam-2021/');
    expect(await page.textContent('main')).toContain('thị xã Ngã Năm không còn là đơn vị hành chính; địa bàn của thị xã nay thuộc thành phố Cần Thơ');
    await page.context().close();
  });
  it('prints a clean list: navigation and footer are hidden in print', async () => {
    const page = await open('/ke-hoach/chi-lang-2024/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-header')).toBe(false);
    expect(await page.isVisible('.site-footer')).toBe(false);
    expect(await page.isVisible('#chi-lang-2024-1-a')).toBe(true);
    await page.context().close();
  });
  it('fits a 360 px screen without horizontal scrolling', async () => {
    const page = await open('/ke-hoach/dong-hoa-2021/', { width: 360 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });
});

describe('task permalinks', () => {
  it('show the verbatim text, the agencies and the citation', async () => {
    const page = await open('/nhiem-vu/nga-nam-2021-1-c/');
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain('Phải có từ hai ứng cử viên trở lên để bầu Trưởng ban nhân dân ấp/khóm.');
    expect(await page.getAttribute('main a[href="/co-quan/nga-nam-ubnd-xa-phuong/"]', 'lang')).toBe('vi');
    expect(main).toContain('Trích dẫn');
    const citation = (await page.textContent('[data-citation]')) ?? '';
    expect(citation).toContain('Ủy ban nhân dân thị xã Ngã Năm');
    expect(citation).toContain('Phụ lục, mục 1.c');
    expect(citation).toContain('/nhiem-vu/nga-nam-2021-1-c/');
    expect(citation).toMatch(/truy cập ngày \d{2}\/\d{2}\/\d{4}\)\.$/);
    expect(await page.isVisible('[data-copy]')).toBe(true);
    await page.context().close();
  });
  it('link to the tasks of the same sub-dimension in other plans', async () => {
    const page = await open('/nhiem-vu/nga-nam-2021-1-c/');
    expect(await page.locator('a[href="/nhiem-vu/chi-lang-2024-1-c/"]').count()).toBe(1);
    expect(await page.locator('a[href="/nhiem-vu/dak-rlap-2024-1-3/"]').count()).toBe(1);
    await page.context().close();
  });
  it('a build without SITE_URL cites the address the reader is on, never localhost:4321', async () => {
    const page = await open('/nhiem-vu/nga-nam-2021-1-c/');
    const citation = (await page.textContent('[data-citation]')) ?? '';
    expect(citation).toContain(`Cam kết PAPI: ${server.url}/nhiem-vu/nga-nam-2021-1-c/ (truy cập ngày`);
    expect(citation).not.toContain('localhost:4321');
    expect(await page.textContent('[data-permalink]')).toBe(`${server.url}/nhiem-vu/nga-nam-2021-1-c/`);
    await page.context().close();
  });
  it('"dòng N" opens the source text as a page at that line, highlighted', async () => {
    const page = await open('/nhiem-vu/dak-rlap-2024-6-1/');
    await page.click('a[href="/nguon/dak-rlap-2024/#L137"]');
    await page.waitForURL(/\/nguon\/dak-rlap-2024\/#L137$/);
    const line = page.locator('#L137');
    expect(await line.textContent()).toContain('6.1');
    expect(await line.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('#L136').evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.textContent('main')).toContain('Cổng chưa có đường dẫn tới bản chính có chữ ký, đóng dấu');
    await page.context().close();
  });
  it('a source page fits a phone without sideways scrolling, and the .txt is served as UTF-8', async () => {
    const page = await open('/nguon/dong-hoa-2021/', { width: 360 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const response = await page.request.get(`${server.url}/nguon/dong-hoa-2021.txt`);
    expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
    expect(readFileSync('dist/_headers', 'utf8')).toContain('/nguon/dong-hoa-2021.txt\n  Content-Type: text/plain; charset=utf-8');
    await page.context().close();
  });
  it('without JavaScript the citation leaves the access date to fill in', async () => {
    const page = await open('/nhiem-vu/nga-nam-2021-1-c/', { javaScript: false });
    expect(await page.textContent('[data-citation]')).toContain('truy cập ngày …/…/……');
    await page.context().close();
  });
});

describe('agency and locality pages', () => {
  it('an agency page lists the tasks it leads, by plan', async () => {
    const page = await open('/co-quan/dong-hoa-phong-noi-vu/');
    expect(await page.textContent('h1')).toBe('Phòng Nội vụ');
    expect(await page.locator('li.task:has(> #dong-hoa-2021-pl1-15)').count()).toBeGreaterThan(0);
    expect(await page.textContent('main')).toContain('Nhiệm vụ chủ trì (');
    await page.context().close();
  });
  it('a locality page gives the old and the new name', async () => {
    const page = await open('/dia-phuong/nga-nam/');
    const main = (await page.textContent('main')) ?? '';
    expect(await page.textContent('h1')).toBe('thị xã Ngã Năm');
    expect(main).toContain('thành phố Cần Thơ');
    expect(main).toContain('72/2025/QH15');
    await page.context().close();
  });
  it('the province page shows its PAPI scores with a decimal comma and the source', async () => {
    const page = await open('/dia-phuong/soc-trang/');
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain('42,86');
    expect(main).not.toContain('42,8559');
    expect(main).toContain('Nguồn: PAPI, UNDP Việt Nam và đối tác');
    await page.context().close();
  });
});

describe('English interface', () => {
  it('mirrors the pages under /en/ with English labels and Vietnamese task text', async () => {
    const page = await open('/en/nhiem-vu/nga-nam-2021-1-c/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('nav')).toContain('Localities');
    expect(await page.textContent('main')).toContain('Cite this task');
    const verbatim = page.locator('main ul[lang="vi"] li').first();
    expect(await verbatim.textContent()).toContain('Thời hạn nhiệm kỳ');
    await page.context().close();
  });
  it('the language link leads to the same page in the other language', async () => {
    const page = await open('/ke-hoach/chi-lang-2024/');
    await page.click('.lang-switch');
    expect(new URL(page.url()).pathname).toBe('/en/ke-hoach/chi-lang-2024/');
    await page.context().close();
  });
});

describe('security and privacy', () => {
  for (const path of ['/', '/ke-hoach/nga-nam-2021/', '/nhiem-vu/nga-nam-2021-1-c/', '/dia-phuong/', '/en/']) {
    it(`${path} loads with no console error (no CSP violation) and requests nothing outside the site`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      const outside: string[] = [];
      // Map tiles are the one outside resource the site may ask for; offline they fail, and the map says so.
      await context.route(`${TILE_HOST}/**`, (route) => route.abort());
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.location().url.startsWith(TILE_HOST)) errors.push(message.text());
      });
      page.on('request', (request) => {
        if (!request.url().startsWith(server.url) && !request.url().startsWith(`${TILE_HOST}/`)) outside.push(request.url());
      });
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
      expect(outside).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      await context.close();
    });
  }
});

describe('rights guides', () => {
  it('from the home page a citizen reaches the elections guide, and from it the task that promised to explain it', async () => {
    const page = await open('/');
    await page.click('#guides-title + p + ul a[href="/huong-dan/bau-cu/"]');
    expect(await page.textContent('h1')).toContain('Bầu cử');
    expect(await page.textContent('#legal-bases + ul')).toContain('85/2015/QH13');
    await page.click('a[href="/nhiem-vu/nga-nam-2021-1-c/"]');
    expect(page.url()).toMatch(/\/nhiem-vu\/nga-nam-2021-1-c\/$/);
    expect(await page.locator('#guides-title + ul a[href="/huong-dan/bau-cu/"]').count()).toBe(1);
    await page.context().close();
  });
  it('the English guide is in English, and the quoted plan text stays in Vietnamese', async () => {
    const page = await open('/en/huong-dan/gia-dat-quy-hoach/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('Land prices, land-use plans and land recovery');
    expect(await page.getAttribute('[data-task] .verbatim', 'lang')).toBe('vi');
    await page.context().close();
  });
  it('a guide reads without JavaScript and says when it was last checked', async () => {
    const page = await open('/huong-dan/ho-ngheo/', { javaScript: false });
    expect(await page.textContent('main')).toContain('Đối chiếu lần cuối với văn bản pháp luật: 02/12/2026.');
    expect(await page.locator('[data-task]').count()).toBe(10);
    await page.context().close();
  });
});
