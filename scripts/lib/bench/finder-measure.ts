/**
 * Measures the place finder in headless Chromium on loopback with gzip: what it
 * downloads before its first answer (the names file and the page's scripts), how
 * long it takes to get ready, and the time from each keystroke to the answers
 * drawn, with the CPU unthrottled (the baseline) and throttled 4× (a phone).
 */
import type { Browser, Page } from 'playwright-core';
import { serveDist } from '../static-server.ts';

export interface FinderRun {
  /** CPU slowdown (1 = this machine). */
  throttle: number;
  /** Milliseconds from the first keystroke to the first answers (fetch and unpacking included). */
  firstAnswerMs: number;
  /** Milliseconds from a keystroke to its answers, once the names are in memory: median and worst over every keystroke. */
  keystrokeMedianMs: number;
  keystrokeMaxMs: number;
  keystrokes: number;
}

export interface FinderFigures {
  /** Gzip bytes of /dia-phuong/places.json as transferred. */
  dataBytes: number;
  /** Gzip bytes of the page's JavaScript (the finder's code is part of it). */
  scriptBytes: number;
  names: number;
  runs: FinderRun[];
}

export const FINDER_QUERIES = ['phuong nga nam', 'Phường 1 Ngã Năm', 'xa chi lang', 'hau giang', "Đắk R'Lấp", 'my quoi'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Installs a recorder: every input event's time, and the time the answers list last changed after it. */
async function record(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log: Array<{ input: number; drawn: number | null }> = [];
    (window as unknown as { finderLog: typeof log }).finderLog = log;
    const input = document.querySelector('#finder-input');
    const status = document.querySelector('[data-finder-status]');
    input?.addEventListener('input', () => log.push({ input: performance.now(), drawn: null }), { capture: true });
    if (status) {
      new MutationObserver(() => {
        const last = log.at(-1);
        if (last && last.drawn === null) last.drawn = performance.now();
      }).observe(status, { childList: true, characterData: true, subtree: true });
    }
  });
}

async function typeQueries(page: Page): Promise<Array<{ input: number; drawn: number | null }>> {
  for (const query of FINDER_QUERIES) {
    await page.fill('#finder-input', '');
    for (const char of query) {
      await page.keyboard.type(char);
      // A citizen types about five characters a second.
      await page.waitForTimeout(200);
    }
  }
  return page.evaluate(() => (window as unknown as { finderLog: Array<{ input: number; drawn: number | null }> }).finderLog);
}

export async function measureFinder(site: string, browser: Browser): Promise<FinderFigures> {
  const server = await serveDist(site, { gzip: true });
  try {
    const runs: FinderRun[] = [];
    let dataBytes = 0;
    let scriptBytes = 0;
    let names = 0;
    for (const throttle of [1, 4]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const sizes: Array<Promise<{ url: string; bytes: number }>> = [];
      page.on('requestfinished', (request) =>
        sizes.push(request.sizes().then((size) => ({ url: request.url(), bytes: size.responseBodySize + size.responseHeadersSize }))),
      );
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await page.goto(`${server.url}/dia-phuong/`);
      await page.waitForLoadState('networkidle');
      await record(page);
      await page.focus('#finder-input');
      const log = await typeQueries(page);
      const drawn = log.filter((entry): entry is { input: number; drawn: number } => entry.drawn !== null);
      const [first, ...rest] = drawn;
      runs.push({
        throttle,
        firstAnswerMs: first ? first.drawn - first.input : Number.NaN,
        keystrokeMedianMs: median(rest.map((entry) => entry.drawn - entry.input)),
        keystrokeMaxMs: Math.max(...rest.map((entry) => entry.drawn - entry.input)),
        keystrokes: log.length,
      });
      const transferred = await Promise.all(sizes);
      dataBytes = transferred.filter((entry) => entry.url.endsWith('/dia-phuong/places.json')).reduce((sum, entry) => sum + entry.bytes, 0);
      scriptBytes = transferred.filter((entry) => entry.url.endsWith('.js')).reduce((sum, entry) => sum + entry.bytes, 0);
      names = await page.evaluate(async () => {
        const data = (await (await fetch('/dia-phuong/places.json')).json()) as { c: string[]; d: string[]; o: string[]; p: unknown[] };
        const count = (lists: string[]) => lists.filter(Boolean).reduce((sum, list) => sum + list.split('|').length, 0);
        return data.p.length + count(data.c) + count(data.d) + count(data.o);
      });
      await context.close();
    }
    return { dataBytes, scriptBytes, names, runs };
  } finally {
    await server.close();
  }
}
