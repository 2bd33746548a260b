/**
 * Page weight of a built page: gzip bytes of its HTML and of the CSS and JS
 * files it links, with fonts counted apart (they are cached across pages and
 * only the subsets a page needs are fetched).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** The woff2 files the stylesheets reference for Vietnamese and Latin text (what a Vietnamese page downloads). */
  fonts: number;
  /** HTML + CSS + JS: the budget figure. */
  total: number;
}

const gzipped = (file: string) => gzipSync(readFileSync(file)).length;

function assets(html: string, pattern: RegExp, dist: string): string[] {
  return [...new Set([...html.matchAll(pattern)].map((match) => path.join(dist, match[1] ?? '')))].filter((file) => existsSync(file));
}

/**
 * The chunks a module imports statically, transitively: what the browser fetches
 * before the script runs. Specifiers are root-relative ("/_astro/x.js") or relative to
 * the importing file ("./preload-helper.js"). Dynamic import() is left out: those
 * chunks (Chart.js, Leaflet) load only when a chart or map comes into view.
 */
export function staticImports(file: string, dist: string, seen: Set<string> = new Set()): string[] {
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)"((?:\/|\.\.?\/)[^"]+\.js)"/g)) {
    const specifier = match[1] ?? '';
    const target = specifier.startsWith('/') ? path.join(dist, specifier) : path.resolve(path.dirname(file), specifier);
    if (seen.has(target) || !existsSync(target)) continue;
    seen.add(target);
    staticImports(target, dist, seen);
  }
  return [...seen];
}

export function pageWeight(dist: string, htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const cssFiles = assets(html, /<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+\.css)"/g, dist);
  const jsFiles = assets(html, /<script[^>]+src="(\/[^"]+\.js)"/g, dist);
  // A module script imports its chunks (root-relative or "./"-relative to itself); count them too.
  const chunks = jsFiles.flatMap((file) => staticImports(file, dist));
  // A page in the system fonts (Base.astro systemFonts: the search page) declares the faces but uses none.
  const systemFonts = /<html[^>]*\bclass="[^"]*\bsystem-fonts\b/.test(html);
  const fonts = [
    ...new Set(
      cssFiles.flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/url\((\/[^)]+(?:vietnamese|latin)-(?:400|700)-normal[^)]*\.woff2)\)/g)].map((match) =>
          path.join(dist, match[1] ?? ''),
        ),
      ),
    ),
  ].filter((file) => !systemFonts && existsSync(file));
  const css = cssFiles.reduce((sum, file) => sum + gzipped(file), 0);
  const js = [...new Set([...jsFiles, ...chunks])].reduce((sum, file) => sum + gzipped(file), 0);
  const htmlBytes = gzipSync(html).length;
  return { html: htmlBytes, css, js, fonts: fonts.reduce((sum, file) => sum + readFileSync(file).length, 0), total: htmlBytes + css + js };
}
