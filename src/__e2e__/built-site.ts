/**
 * One static server on dist/ and one Debian Chromium for a test file, started
 * before its tests and closed after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/static-server.ts';

export interface BuiltSite {
  readonly url: string;
  readonly browser: Browser;
}

export function useBuiltSite(): BuiltSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('the site is served only inside tests');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('the browser runs only inside tests');
      return browser;
    },
  };
}
