/**
 * Nothing on a page moves under the reader while it loads: the sum of layout
 * shifts (the browser's own Layout Instability API, the figure behind
 * Lighthouse's CLS) on a phone-sized screen, for each kind of page the bench
 * audits, including the search page arriving with a query in its URL (its
 * results, count and filters appear after the first paint).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();

/** Lighthouse's mobile screen. */
const PHONE = { width: 412, height: 823 };

async function layoutShift(page: Page): Promise<{ total: number; shifted: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ total: number; shifted: string[] }>((resolve) => {
        const entries: { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] }[] = [];
        new PerformanceObserver((list) => entries.push(...(list.getEntries() as unknown as typeof entries))).observe({ type: 'layout-shift', buffered: true });
        // Let late work (fonts, lazily drawn charts) finish before summing.
        setTimeout(() => {
          const counted = entries.filter((entry) => !entry.hadRecentInput);
          const shifted = counted.flatMap((entry) =>
            (entry.sources ?? []).map((source) =>
              source.node instanceof Element
                ? `${source.node.tagName.toLowerCase()}${source.node.className ? `.${source.node.className}` : ''}`
                : String(source.node?.nodeName),
            ),
          );
          resolve({ total: counted.reduce((sum, entry) => sum + entry.value, 0), shifted });
        }, 1000);
      }),
  );
}

describe('layout stability on a phone', () => {
  it.each([
    ['the home page', '/'],
    ['a plan page (long, with a chart)', '/ke-hoach/dong-hoa-2021/'],
    ['a task page', '/nhiem-vu/chi-lang-2024-2-d/'],
    ['a guide', '/huong-dan/thu-tuc-hanh-chinh/'],
    ['a locality page with its map', '/dia-phuong/soc-trang/'],
  ])('%s does not shift while it loads', async (_name, path) => {
    const context = await site.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
    const { total, shifted } = await layoutShift(page);
    expect(total, `shifted: ${shifted.join(', ')}`).toBeLessThan(0.01);
    await context.close();
  });

  it('the search page arriving with a query does not shift when its results come in', async () => {
    const context = await site.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.url}/tim-kiem/?q=gia%20dat`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-results]')?.dataset.query === 'gia dat');
    const { total, shifted } = await layoutShift(page);
    expect(total, `shifted: ${shifted.join(', ')}`).toBeLessThan(0.01);
    await context.close();
  });

  it('the web font never swaps in after the text is drawn', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    const displays = await page.evaluate(() => [...document.fonts].filter((face) => face.family.includes('Be Vietnam Pro')).map((face) => face.display));
    expect(displays.length).toBe(4);
    expect(new Set(displays)).toEqual(new Set(['optional']));
    await page.close();
  });
});
