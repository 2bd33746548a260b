import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageWeight, staticImports } from './page-weight.ts';

let dist = '';
afterEach(() => rmSync(dist, { recursive: true, force: true }));

/** A small built site written here (test data, never published). */
function site(files: Record<string, string>): string {
  dist = mkdtempSync(path.join(tmpdir(), 'page-weight-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
    writeFileSync(path.join(dist, name), text);
  }
  return dist;
}

describe('page weight', () => {
  it('counts the chunks a page script imports, "./"-relative ones included, but not dynamic imports', () => {
    const root = site({
      'index.html': '<html><script type="module" src="/_astro/page.js"></script></html>',
      '_astro/page.js': 'import{a}from"./preload-helper.js";import"/_astro/shared.js";const c=()=>import("./chart.js");',
      '_astro/preload-helper.js': 'export const a=1;'.repeat(50),
      '_astro/shared.js': 'import"./preload-helper.js";export const s=2;',
      '_astro/chart.js': 'x'.repeat(5000),
    });
    expect(
      staticImports(path.join(root, '_astro/page.js'), root)
        .map((file) => path.basename(file))
        .sort(),
    ).toEqual(['preload-helper.js', 'shared.js']);
    const withHelper = pageWeight(root, path.join(root, 'index.html')).js;
    writeFileSync(path.join(root, '_astro/page.js'), 'const c=()=>import("./chart.js");');
    expect(withHelper).toBeGreaterThan(pageWeight(root, path.join(root, 'index.html')).js);
  });
});
