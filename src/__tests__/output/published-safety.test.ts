/**
 * Published files cannot carry code (issue 18, item 3): the feed's descriptions
 * reach a reader as text, no CSV cell starts a spreadsheet formula, and every link
 * in the built site is http(s), root-relative or a fragment, or the editors' mailto:
 * (EDITOR_EMAIL) with an encoded subject and body.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/content/csv.ts';

const DIST = 'dist';

function files(directory: string, suffix: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return files(full, suffix);
    return entry.name.endsWith(suffix) ? [full] : [];
  });
}

const unescapeXml = (text: string) =>
  text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('published files carry no code', () => {
  it('the feed: every description is text once the XML is read (no markup for the reader), every item has its own guid', () => {
    const feed = readFileSync(path.join(DIST, 'feed.xml'), 'utf8');
    const descriptions = [...feed.matchAll(/<item>[\s\S]*?<description>([\s\S]*?)<\/description>/g)].map((match) => unescapeXml(match[1] ?? ''));
    expect(descriptions.length).toBeGreaterThan(0);
    expect(descriptions.filter((text) => /<[a-z!/]/i.test(text))).toEqual([]);
    const guids = [...feed.matchAll(/<guid[^>]*>([^<]*)<\/guid>/g)].map((match) => match[1]);
    expect(new Set(guids).size).toBe(guids.length);
  });
  it('no CSV cell the site publishes begins a formula (=, +, -, @, tab, CR), plain numbers apart', () => {
    const csvFiles = files(path.join(DIST, 'data'), '.csv');
    expect(csvFiles.length).toBeGreaterThan(3);
    const formulas = csvFiles.flatMap((file) =>
      parseCsv(readFileSync(file, 'utf8')).flatMap((row, line) =>
        row.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d+(?:\.\d+)?$/.test(cell)).map((cell) => `${file}:${line + 1}: ${cell.slice(0, 40)}`),
      ),
    );
    expect(formulas).toEqual([]);
  });
  it("every href and src in the built HTML is http(s), root-relative, a query, a fragment or the editors' mailto:", () => {
    const bad: string[] = [];
    for (const file of files(DIST, '.html')) {
      const html = readFileSync(file, 'utf8');
      for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const target = match[1] ?? '';
        // The "report an error" link: one address, then only the percent-encoded subject and body.
        const mailto = /^mailto:[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+\?subject=[A-Za-z0-9%._~()!*'-]*&amp;body=[A-Za-z0-9%._~()!*'-]*$/.test(target);
        if (!mailto && !/^(?:https?:\/\/|\/(?!\/)|#|\?)/.test(target)) bad.push(`${file}: ${target.slice(0, 60)}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
