/**
 * The PAPI tables of every province in a browser: ordered by total without
 * JavaScript; with it, sortable by any column from buttons in the header cells,
 * by mouse and keyboard, with aria-sort following. Expected orders are computed
 * here from the content tree, not read from the page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../lib/content/corpus.ts';
import { compareVietnamese, formatNumber } from '../lib/format.ts';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();
const corpus = loadCorpus('content', { today: '2026-12-02' });
const year2024 = corpus.scores.filter((score) => score.year === 2024);
type Score = (typeof corpus.scores)[number];
/** The order the table is built in: total, highest first, then name. */
const built = (scores: readonly Score[]) => [...scores].sort((a, b) => b.total - a.total || compareVietnamese(a.papi_name, b.papi_name));
/** Ids sorted by a value, rows that compare equal in the given (built) order, as the page sorts them. */
const sortedBy = (scores: readonly Score[], value: (score: Score) => number, direction: 1 | -1) =>
  scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => direction * (value(a.score) - value(b.score)) || a.index - b.index)
    .map(({ score }) => score.province);

async function open(path: string, javaScript: boolean): Promise<{ page: Page; context: BrowserContext }> {
  const context = await site.browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  return { page, context };
}

/** The province ids of the table's body rows, top to bottom. */
const order = (page: Page, table: string) => page.$$eval(`${table} tbody tr`, (rows) => rows.map((row) => row.getAttribute('data-province') ?? ''));
const sortState = (page: Page, table: string) =>
  page.$$eval(`${table} thead th`, (headers) =>
    headers.filter((header) => header.hasAttribute('aria-sort')).map((header) => `${header.dataset.sortKey}:${header.getAttribute('aria-sort')}`),
  );

const YEAR_TABLE = 'table[data-papi-year="2024"]';

describe('the table of every province on /papi/', () => {
  it('without JavaScript: rows in order of total, highest first (Quảng Ninh first), aria-sort on the total, no buttons', async () => {
    const { page, context } = await open('/papi/', false);
    const expected = built(year2024).map((score) => score.province);
    expect(await order(page, YEAR_TABLE)).toEqual(expected);
    expect(expected[0]).toBe('quang-ninh');
    expect(await sortState(page, YEAR_TABLE)).toEqual(['total:descending']);
    expect(await page.locator(`${YEAR_TABLE} thead button`).count()).toBe(0);
    expect(await page.isVisible('[data-sort-hint]')).toBe(false);
    await context.close();
  });

  it('with JavaScript: a button in every header cell; pressing one sorts by that column, highest first, then reverses', async () => {
    const { page, context } = await open('/papi/', true);
    await page.waitForSelector(`${YEAR_TABLE}[data-sort-ready]`);
    expect(await page.locator(`${YEAR_TABLE} thead th button`).count()).toBe(11);
    expect(await page.isVisible('[data-sort-hint]')).toBe(true);

    // Dimension 8 (e-governance): highest first.
    await page.locator(`${YEAR_TABLE} thead th[data-sort-key="d8"] button`).click();
    expect(await order(page, YEAR_TABLE)).toEqual(sortedBy(built(year2024), (score) => score.dimensions[7], -1));
    expect(await sortState(page, YEAR_TABLE)).toEqual(['d8:descending']);
    expect(await page.$eval(`${YEAR_TABLE} tbody tr td:nth-of-type(9)`, (cell) => cell.textContent?.trim())).toBe(
      formatNumber(Math.max(...year2024.map((score) => score.dimensions[7])), 'vi-VN', 4),
    );

    // The same button again: lowest first.
    await page.locator(`${YEAR_TABLE} thead th[data-sort-key="d8"] button`).click();
    expect(await order(page, YEAR_TABLE)).toEqual(sortedBy(built(year2024), (score) => score.dimensions[7], 1));
    expect(await sortState(page, YEAR_TABLE)).toEqual(['d8:ascending']);

    // The mean stays below the provinces, whatever the order.
    expect(await page.locator(`${YEAR_TABLE} tfoot tr[data-mean]`).count()).toBe(1);
    await context.close();
  });

  it('by keyboard: a header button takes the focus; Enter sorts provinces A–Z in Vietnamese order, Space reverses it', async () => {
    const { page, context } = await open('/papi/', true);
    await page.waitForSelector(`${YEAR_TABLE}[data-sort-ready]`);
    const button = page.locator(`${YEAR_TABLE} thead th[data-sort-key="province"] button`);
    await button.focus();
    expect(await page.evaluate(() => document.activeElement?.closest('th')?.dataset.sortKey)).toBe('province');
    await page.keyboard.press('Enter');
    const byName = [...year2024].sort((a, b) => compareVietnamese(a.papi_name, b.papi_name)).map((score) => score.province);
    expect(await order(page, YEAR_TABLE)).toEqual(byName);
    expect(await sortState(page, YEAR_TABLE)).toEqual(['province:ascending']);
    await page.keyboard.press('Space');
    expect(await order(page, YEAR_TABLE)).toEqual([...byName].reverse());
    // Back to the total: highest first again, as without JavaScript.
    await page.locator(`${YEAR_TABLE} thead th[data-sort-key="total"] button`).press('Enter');
    expect(await sortState(page, YEAR_TABLE)).toEqual(['total:descending']);
    expect(await order(page, YEAR_TABLE)).toEqual(built(year2024).map((score) => score.province));
    await context.close();
  });
});

describe("a dimension page's table of provinces by year", () => {
  it('sorting by 2023 puts the provinces without data (Bình Dương, Quảng Ninh) last, in both directions', async () => {
    const { page, context } = await open('/papi/chi-so-2/', true);
    const table = 'table[data-papi-dimension="2"]';
    await page.waitForSelector(`${table}[data-sort-ready]`);
    expect(await sortState(page, table)).toEqual(['province:ascending']);
    // Built by name, so rows that compare equal stay in the order of their names.
    const scored = corpus.scores.filter((score) => score.year === 2023).sort((a, b) => compareVietnamese(a.papi_name, b.papi_name));
    await page.locator(`${table} thead th[data-sort-key="2023"] button`).click();
    const descending = await order(page, table);
    expect(descending.slice(0, scored.length)).toEqual(sortedBy(scored, (score) => score.dimensions[1], -1));
    expect(descending.slice(scored.length)).toEqual(['binh-duong', 'quang-ninh']);
    await page.locator(`${table} thead th[data-sort-key="2023"] button`).click();
    const ascending = await order(page, table);
    expect(ascending.slice(0, scored.length)).toEqual(sortedBy(scored, (score) => score.dimensions[1], 1));
    expect(ascending.slice(scored.length)).toEqual(['binh-duong', 'quang-ninh']);
    await context.close();
  });
});
