import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataStoreModuleCode } from './data-store-module.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a module's code as Node would in the build, and gives its default export. */
async function run(code: string, name: string): Promise<unknown> {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

// A store as Astro's content sync writes it (devalue's flattened form): a Map of collections,
// entries with Vietnamese text, quotes and backslashes.
const store = JSON.stringify([
  ['Map', 1, 2],
  'plans',
  ['Map', 3, 4],
  'ha-giang-2024',
  { id: 5, data: 6 },
  'ha-giang-2024',
  { title: 7, note: 8 },
  'Kế hoạch cải thiện Chỉ số PAPI năm 2024 của tỉnh Hà Giang',
  'Trích "nguyên văn" \\ giữ dấu: hoà, đất',
]);

describe('the content store read from its file in the build', () => {
  it('gives the pages the same store as Astro’s bundled module', async () => {
    const file = path.join(dir, 'data-store.json');
    writeFileSync(file, store);
    const fromFile = await run(dataStoreModuleCode(file, true), 'from-file');
    // What Astro's own module is (astro/dist/content/vite-plugin-content-virtual-mod.js).
    const bundled = await run(`export default JSON.parse(${JSON.stringify(store)})`, 'bundled');
    expect(fromFile).toEqual(bundled);
    expect(JSON.stringify(fromFile)).toContain('Hà Giang');
  });

  it('reads the file when the pages are built, not when the module is made', async () => {
    const file = path.join(dir, 'data-store.json');
    const code = dataStoreModuleCode(file, true);
    expect(code).not.toContain('Hà Giang');
    writeFileSync(file, store);
    expect(await run(code, 'late')).toEqual(JSON.parse(store));
  });

  it('gives an empty store when the content sync wrote none, as Astro does', async () => {
    expect(await run(dataStoreModuleCode(path.join(dir, 'missing.json'), false), 'empty')).toEqual(new Map());
  });

  it('names a folder with quotes or a backslash correctly', () => {
    const file = String.raw`C:\site "a"\data-store.json`;
    expect(dataStoreModuleCode(file, true)).toContain(JSON.stringify(file));
  });
});
