import { describe, expect, it } from 'vitest';
import { findChromium } from './browser.ts';

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, and says so when it does not exist', async () => {
    expect(await findChromium({ CHROMIUM_PATH: '/opt/chrome' }, (file) => file === '/opt/chrome')).toEqual({ path: '/opt/chrome', from: 'CHROMIUM_PATH' });
    await expect(findChromium({ CHROMIUM_PATH: '/nowhere' }, () => false)).rejects.toThrow(/CHROMIUM_PATH="\/nowhere" does not exist/);
  });
  it("takes Debian's Chromium when it is installed", async () => {
    expect(await findChromium({}, (file) => file === '/usr/bin/chromium')).toEqual({ path: '/usr/bin/chromium', from: 'system' });
  });
  it('falls back to the binary the @sparticuz/chromium package ships', async () => {
    const choice = await findChromium({}, () => false);
    expect(choice.from).toBe('@sparticuz/chromium');
    expect(choice.path).toMatch(/chromium$/);
  });
});
