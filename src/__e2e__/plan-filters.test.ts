/**
 * A plan page's filters (issue 20): with JavaScript, in place and in the address;
 * without it, by the links to a dimension's section and a status's anchor; axe
 * clean with filters applied. And the tasks' labels in headings and search metadata.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PublishedTask } from '../schemas/open-data.ts';
import { useBuiltSite } from './built-site.ts';

const site = useBuiltSite();
const PLAN = '/ke-hoach/dong-hoa-2021/';
const tasks = (JSON.parse(readFileSync('dist/data/tasks.json', 'utf8')) as PublishedTask[]).filter((task) => task.plan === 'dong-hoa-2021');
const inDimension3 = tasks.filter((task) => task.dimension === 3).length;

async function open(path: string, javaScript = true): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 400, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  return page;
}

/** The data-chi-so of the tasks a reader sees. */
const visibleDimensions = (page: Page) =>
  page.$$eval('li[data-task]', (items) => items.filter((item) => item.checkVisibility()).map((item) => item.getAttribute('data-chi-so')));

describe('plan filters with JavaScript', () => {
  it('filters Đông Hòa 2021 by dimension 3: only its tasks, the count said, the state in the URL and kept on reload', async () => {
    const page = await open(PLAN);
    expect(inDimension3).toBeGreaterThan(0);
    await page.click('a[data-filter-key="chi-so"][data-filter-value="3"]');
    expect(await visibleDimensions(page)).toEqual(Array<string>(inDimension3).fill('3'));
    expect(await page.textContent('[data-filter-status]')).toBe(`Đang hiện ${inDimension3}/${tasks.length} nhiệm vụ.`);
    expect(await page.getAttribute('[data-filter-status]', 'aria-live')).toBe('polite');
    expect(new URL(page.url()).search).toBe('?chi-so=3');
    expect(await page.getAttribute('a[data-filter-value="3"]', 'aria-current')).toBe('true');
    // The other dimensions' sections are hidden with their tasks.
    expect(await page.locator('section[data-plan-section]:visible').count()).toBe(1);
    await page.reload();
    expect(await visibleDimensions(page)).toEqual(Array<string>(inDimension3).fill('3'));
    expect(await page.textContent('[data-filter-status]')).toBe(`Đang hiện ${inDimension3}/${tasks.length} nhiệm vụ.`);
    // Chosen again, the option stops filtering.
    await page.click('a[data-filter-key="chi-so"][data-filter-value="3"]');
    expect(await visibleDimensions(page)).toHaveLength(tasks.length);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.textContent('[data-filter-status]')).toBe('');
    await page.context().close();
  });
  it('combines dimension, status and lead office from a link, with counts for the other options', async () => {
    const office = tasks.find((task) => task.dimension === 3)?.lead_ids[0] ?? '';
    // As of the build every task of the plan (2021–2025) is past its period; those with no report are overdue.
    const expected = tasks.filter((task) => task.dimension === 3 && task.lead_ids.includes(office) && task.status === 'no_report').length;
    expect(expected).toBeGreaterThan(0);
    const page = await open(`${PLAN}?chi-so=3&trang-thai=qua-han&co-quan=${office}`);
    const shown = await page.$$eval('li[data-task]', (items) =>
      items
        .filter((item) => item.checkVisibility())
        .map((item) => [item.getAttribute('data-chi-so'), item.getAttribute('data-trang-thai'), item.getAttribute('data-co-quan')]),
    );
    expect(shown).toHaveLength(expected);
    for (const [dimension, status, offices] of shown) {
      expect(dimension).toBe('3');
      expect(status?.split(' ')).toContain('qua-han');
      expect(offices?.split(' ')).toContain(office);
    }
    expect(await page.textContent(`a[data-filter-key="chi-so"][data-filter-value="3"] [data-count]`)).toBe(String(expected));
    // The section's heading counts what the filters show of it, and its own count again once cleared.
    const heading = page.locator('#chi-so-3 [data-section-count]');
    const inSection = tasks.filter((task) => task.dimension === 3).length;
    expect(await heading.textContent()).toBe(` (${expected}/${inSection} nhiệm vụ)`);
    // The details holding a chosen option are open, and the option's link is the address without it.
    expect(await page.getAttribute(`a[data-filter-value="${office}"]`, 'href')).toBe(`${PLAN}?chi-so=3&trang-thai=qua-han`);
    expect(await page.locator(`a[data-filter-value="${office}"]`).isVisible()).toBe(true);
    await page.click('[data-filter-clear]');
    expect(await visibleDimensions(page)).toHaveLength(tasks.length);
    expect(await heading.textContent()).toBe(` (${inSection} nhiệm vụ)`);
    await page.context().close();
  });
  it('turns the anchor of a no-JavaScript link (from a dimension page) into the query', async () => {
    const page = await open(`${PLAN}#chi-so-3`);
    await page.waitForFunction(() => location.search === '?chi-so=3');
    expect(await visibleDimensions(page)).toEqual(Array<string>(inDimension3).fill('3'));
    await page.context().close();
  });
  it('is axe clean with filters applied', async () => {
    const page = await open(`${PLAN}?chi-so=3&trang-thai=qua-han`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await page.context().close();
  });
});

describe('plan filters without JavaScript', () => {
  it("following the dimension-3 link shows dimension 3's section alone", async () => {
    const page = await open(PLAN, false);
    await page.click('a[data-filter-key="chi-so"][data-filter-value="3"]');
    expect(new URL(page.url()).hash).toBe('#chi-so-3');
    expect(await visibleDimensions(page)).toEqual(Array<string>(inDimension3).fill('3'));
    expect(await page.locator('#chi-so-3').isVisible()).toBe(true);
    await page.click('#plan-filters-title ~ p a[href="#nhiem-vu"]');
    expect(await visibleDimensions(page)).toHaveLength(tasks.length);
    await page.context().close();
  });
  it('following a status link shows only the tasks of that status, with a note saying so', async () => {
    const page = await open(PLAN, false);
    await page.click('summary:has-text("Theo tình trạng")');
    await page.click('a[data-filter-key="trang-thai"][data-filter-value="qua-han"]');
    expect(await page.locator('#trang-thai-qua-han').isVisible()).toBe(true);
    const statuses = await page.$$eval('li[data-task]', (items) =>
      items.filter((item) => item.checkVisibility()).map((item) => item.getAttribute('data-trang-thai')),
    );
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((status) => status?.split(' ').includes('qua-han'))).toBe(true);
    await page.context().close();
  });
  it("following a lead office's link shows the tasks it leads in this plan, as many as the count says, on its own page", async () => {
    const page = await open(PLAN, false);
    await page.click('summary:has-text("Theo cơ quan chủ trì")');
    const link = page.locator('a[data-filter-key="co-quan"]').first();
    const office = (await link.getAttribute('data-filter-value')) ?? '';
    const count = Number(await link.locator('[data-count]').textContent());
    expect(await link.getAttribute('href')).toBe(`/co-quan/${office}/#chu-tri-dong-hoa-2021`);
    await link.click();
    await page.waitForURL(`**/co-quan/${office}/#chu-tri-dong-hoa-2021`);
    const listed = await page.$$eval('#chu-tri-dong-hoa-2021 li[data-task] a[href^="/nhiem-vu/"]', (links) =>
      links.map((anchor) => anchor.getAttribute('href')),
    );
    expect(new Set(listed).size).toBe(count);
    expect(count).toBe(tasks.filter((task) => task.lead_ids.includes(office)).length);
    await page.context().close();
  });
});

describe('task labels', () => {
  it('a task page shows its label after its number in the h1, in English marked as Vietnamese; the search index is left as it was', async () => {
    const label = 'Tăng cường tuyên truyền chính sách bảo hiểm y tế để góp…';
    const page = await open('/nhiem-vu/dong-hoa-2021-pl2-60/', false);
    expect(await page.textContent('h1 > span:first-child')).toBe(`Nhiệm vụ 60 (PHỤ LỤC II): ${label}`);
    expect(await page.title()).toContain(`Nhiệm vụ 60 (PHỤ LỤC II): ${label}`);
    expect(await page.getAttribute('[data-pagefind-meta="title[data-value]"]', 'data-value')).toBe(
      'Nhiệm vụ 60 (PHỤ LỤC II) · Ủy ban nhân dân thị xã Đông Hòa',
    );
    await page.goto(`${site.url}/en/nhiem-vu/dong-hoa-2021-pl2-60/`);
    expect(await page.textContent('h1 span[lang="vi"]')).toBe(label);
    await page.context().close();
  });
});
