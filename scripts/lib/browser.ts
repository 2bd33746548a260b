/**
 * The Chromium that the browser tests, Lighthouse and the benchmarks drive with
 * playwright-core. Nothing is downloaded at run time: CHROMIUM_PATH when set,
 * else Debian's /usr/bin/chromium when installed, else the binary that the
 * @sparticuz/chromium npm package ships (unpacked into the temp folder on first
 * use), so that `npm install && npm test` works on a machine without apt.
 * The flags keep it off the network, which these machines do not have.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumChoice {
  path: string;
  /** Where it came from, for messages and the benchmark report. */
  from: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

/** Which Chromium to use; `env` and `exists` are parameters so that the choice is tested without one. */
export async function findChromium(
  env: Readonly<Record<string, string | undefined>> = process.env,
  exists: (file: string) => boolean = existsSync,
): Promise<ChromiumChoice> {
  const given = env.CHROMIUM_PATH?.trim();
  if (given) {
    if (!exists(given))
      throw new Error(
        `CHROMIUM_PATH="${given}" does not exist; point it at a Chromium binary or unset it to use ${SYSTEM_CHROMIUM} or the @sparticuz/chromium package`,
      );
    return { path: given, from: 'CHROMIUM_PATH' };
  }
  if (exists(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, from: 'system' };
  const { default: packaged } = await import('@sparticuz/chromium');
  return { path: await packaged.executablePath(), from: '@sparticuz/chromium' };
}

export async function launchBrowser(): Promise<Browser> {
  const { path } = await findChromium();
  return chromium.launch({ executablePath: path, args: CHROMIUM_FLAGS });
}
