/**
 * Progress tracking on a fixture build: the real content plus a labelled test
 * progress file (src/__tests__/fixtures/progress-fixture.yaml), built into
 * .fixture-build/ (ignored by git, never published).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/static-server.ts';
import type { PublishedProgress, PublishedTask } from '../schemas/open-data.ts';

const SITE = '.fixture-build/progress-site';
let content: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  content = mkdtempSync(path.join(tmpdir(), 'papi-progress-fixture-'));
  cpSync('content', content, { recursive: true });
  copyFileSync('src/__tests__/fixtures/progress-fixture.yaml', path.join(content, 'progress', 'progress-fixture.yaml'));
  // --force: this build reads another content tree; without it Astro's content cache would
  // carry that tree's MDX entries into the next build of the real site, which then fails.
  const build = spawnSync('node_modules/.bin/node', ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', SITE], {
    env: { ...process.env, PAPI_CONTENT_DIR: content, BUILD_DATE: '2026-11-22' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveDist(SITE);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(content, { recursive: true, force: true });
});

async function open(route: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}${route}`);
  return page;
}

describe('progress on a fixture build (test data)', () => {
  it('a task page shows its history, newest first, each with its source, and the commitment unchanged', async () => {
    const page = await open('/nhiem-vu/nga-nam-2021-1-a/');
    const items = await page.$$eval('[data-history] li', (lis) => lis.map((li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^31\/12\/2021: Đã hoàn thành Nguồn: Báo cáo thử nghiệm số 2 \(DỮ LIỆU THỬ NGHIỆM\) \(2\/BC-TEST\), 10\/01\/2022$/);
    expect(items[1]).toContain('30/09/2021: Đang thực hiện — Ghi chú thử nghiệm quý III');
    expect(await page.textContent('main')).toContain('Tuyên truyền đến người dân các chủ trương, đường lối của Đảng');
    await page.context().close();
  });
  it('a plan page shows its counts by status as of the build date', async () => {
    const page = await open('/ke-hoach/nga-nam-2021/');
    expect(await page.textContent('#progress-summary-title')).toBe('Tình hình thực hiện, tính đến ngày 22/11/2026');
    expect(await page.textContent('[data-progress-summary] [data-status="done"]')).toBe('Đã hoàn thành: 1');
    expect(await page.textContent('[data-progress-summary] [data-status="delayed"]')).toBe('Chậm tiến độ: 1');
    expect(await page.textContent('[data-progress-summary] [data-status="no_report"]')).toBe('Cổng chưa nhận được báo cáo: 22');
    await page.context().close();
  });
  it('a plan page with reports charts its tasks by status, with the same counts in the table', async () => {
    const page = await open('/ke-hoach/nga-nam-2021/');
    await page.locator('#chart-nga-nam-2021-status').scrollIntoViewIfNeeded();
    await page.waitForSelector('#chart-nga-nam-2021-status canvas[data-rendered]');
    const rows = await page.$$eval('#chart-nga-nam-2021-status tbody tr', (trs) => trs.map((tr) => tr.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
    expect(rows).toContain('Đã hoàn thành 1');
    expect(rows).toContain('Chậm tiến độ 1');
    expect(rows).toContain('Cổng chưa nhận được báo cáo 22');
    await page.context().close();
  });
  it('an agency page summarises the tasks it leads', async () => {
    const page = await open('/co-quan/nga-nam-ubnd-xa-phuong/');
    expect(await page.textContent('[data-progress-summary] [data-status="done"]')).toBe('Đã hoàn thành: 1');
    await page.context().close();
  });
  it('the feed lists the updates with their sources', () => {
    const feed = readFileSync(path.join(SITE, 'feed.xml'), 'utf8');
    expect(feed).toContain('Cập nhật tiến độ: nga-nam-2021-1-a — Đã hoàn thành');
    expect(feed).toContain('Báo cáo thử nghiệm số 3 (DỮ LIỆU THỬ NGHIỆM)');
  });
  it('/data/progress.json lists the updates and tasks.json shows the latest status', () => {
    const progress = JSON.parse(readFileSync(path.join(SITE, 'data', 'progress.json'), 'utf8')) as PublishedProgress[];
    expect(progress.map((update) => `${update.task} ${update.date}`)).toEqual([
      'nga-nam-2021-1-a 2021-12-31',
      'nga-nam-2021-1-b 2021-11-15',
      'nga-nam-2021-1-a 2021-09-30',
    ]);
    const tasks = JSON.parse(readFileSync(path.join(SITE, 'data', 'tasks.json'), 'utf8')) as PublishedTask[];
    const status = (id: string) => tasks.find((task) => task.id === id)?.status;
    expect([status('nga-nam-2021-1-a'), status('nga-nam-2021-1-b'), status('nga-nam-2021-1-c')]).toEqual(['done', 'delayed', 'no_report']);
    expect(readFileSync(path.join(SITE, 'data', 'progress.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff);
  });
});
