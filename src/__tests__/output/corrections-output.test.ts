/**
 * "Report an error", the corrections page and the data changelog in dist/
 * (npm run build first).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIST = 'dist';
const page = (pathname: string) => readFileSync(path.join(DIST, pathname, 'index.html'), 'utf8');
const yamlList = (file: string) => (parse(readFileSync(file, 'utf8')) as unknown[] | null) ?? [];
const pagesUnder = (section: string) =>
  readdirSync(path.join(DIST, section), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${section}/${entry.name}`);

describe('report an error', () => {
  const pages = ['nhiem-vu', 'ke-hoach', 'en/nhiem-vu', 'en/ke-hoach'].flatMap(pagesUnder);

  it('every task and plan page, in both languages, has the box, with a mailto: or the about page’s way, and the corrections', () => {
    expect(pages.length).toBeGreaterThan(400);
    for (const pathname of pages) {
      const html = page(pathname);
      const box = /<section class="report-error"[^>]*data-report-error[^>]*>(.*?)<\/section>/s.exec(html)?.[1] ?? '';
      expect(box, pathname).not.toBe('');
      const en = pathname.startsWith('en/');
      const mailto = /href="(mailto:[^"]+)"/.exec(box)?.[1];
      if (mailto) {
        const id = pathname.split('/').at(-1) ?? '';
        expect(decodeURIComponent(mailto.replace(/&amp;/g, '&'))).toContain(id);
      } else expect(box, pathname).toContain(`href="${en ? '/en' : ''}/gioi-thieu/#bao-loi"`);
      expect(box).toContain(`href="${en ? '/en' : ''}/dinh-chinh/"`);
    }
  });

  it('the about page has the anchor the box links to', () => {
    expect(page('gioi-thieu')).toContain('id="bao-loi"');
    expect(page('en/gioi-thieu')).toContain('id="bao-loi"');
  });
});

describe('the corrections page', () => {
  const corrections = yamlList('content/corrections.yaml');

  it('lists every entry of content/corrections.yaml in both languages, or says none is recorded', () => {
    for (const prefix of ['', 'en/']) {
      const html = page(`${prefix}dinh-chinh`);
      if (corrections.length === 0) expect(html).toContain('data-corrections-none');
      else expect(/<ol class="corrections" data-corrections>(.*?)<\/ol>/s.exec(html)?.[1]?.match(/<li>/g)).toHaveLength(corrections.length);
    }
  });

  it('every task it names has a page', () => {
    for (const correction of corrections as Array<{ tasks?: string[] }>)
      for (const task of correction.tasks ?? []) expect(existsSync(path.join(DIST, 'nhiem-vu', task, 'index.html')), task).toBe(true);
  });

  it('is linked from the footer of every page and from the data page', () => {
    expect(page('')).toContain('href="/dinh-chinh/"');
    expect(page('en')).toContain('href="/en/dinh-chinh/"');
    expect(page('du-lieu')).toContain('href="/dinh-chinh/"');
  });
});

describe('the data page', () => {
  it('states the version, the publication date and every change of content/data-changelog.yaml', () => {
    const changes = yamlList('content/data-changelog.yaml') as Array<{ version: string }>;
    for (const prefix of ['', 'en/']) {
      const html = page(`${prefix}du-lieu`);
      expect(html).toMatch(new RegExp(`data-data-version>[^<]*${changes[0]?.version.replace('.', '\\.') ?? 'x'}`));
      expect(/<ol class="changelog" data-changelog>(.*?)<\/ol>/s.exec(html)?.[1]?.match(/<li>/g)).toHaveLength(changes.length);
      for (const file of ['tasks.xlsx', 'papi-scores.xlsx', 'localities.csv', 'localities.json']) expect(html).toContain(`href="/data/${file}"`);
    }
    const datapackage = JSON.parse(readFileSync(path.join(DIST, 'data', 'datapackage.json'), 'utf8')) as { version?: string; created?: string };
    expect(datapackage.version).toBe(changes[0]?.version);
    expect(datapackage.created).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
