/**
 * The pages' search declarations handed from the render to the index step. That the file
 * lists exactly the indexed pages of a real build is checked against the built site by the
 * output tests (search-index-output.test.ts: each index holds the pages the pages declare).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DECLARED_PAGES_FILE, pageDeclaration, pageFile, recordPage, startRecording, takeRecordedPages, writeRecordedPages } from './declared-pages.ts';
import { NATIONAL_ONLY } from './task-sections.ts';

const taskPage =
  '<main data-pagefind-body><div hidden data-pagefind-ignore="index" data-search-scope="can-tho" data-search-local></div><h1>Nhiệm vụ 1</h1></main>';
const planPage = '<main data-pagefind-body><div hidden data-pagefind-ignore="index" data-search-scope="dak-lak" data-search-task-list></div></main>';
const guidePage = '<main data-pagefind-body><div hidden data-pagefind-ignore="index"></div><h1>Giá đất</h1></main>';
const unindexedPage = '<main><h1>Không tìm thấy trang</h1></main>';

describe('pageFile', () => {
  it("gives the file Astro writes for a page's address (build.format 'directory')", () => {
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/ke-hoach/dong-hoa-2021/')).toBe('ke-hoach/dong-hoa-2021/index.html');
    expect(pageFile('/en/nhiem-vu/dong-hoa-2021-pl1-3/')).toBe('en/nhiem-vu/dong-hoa-2021-pl1-3/index.html');
    expect(pageFile('/404')).toBe('404.html');
    expect(pageFile('/404.html')).toBe('404.html');
    expect(pageFile('/tim%20ki%E1%BA%BFm/')).toBe('tim kiếm/index.html');
  });
});

describe('pageDeclaration', () => {
  it('reads the declaration of an indexed page, and none of a page pagefind does not index', () => {
    expect(pageDeclaration(taskPage)).toEqual({ scope: 'can-tho', local: true, taskList: false });
    expect(pageDeclaration(planPage)).toEqual({ scope: 'dak-lak', local: false, taskList: true });
    expect(pageDeclaration(guidePage)).toEqual({ scope: null, local: false, taskList: false });
    expect(pageDeclaration(unindexedPage)).toBeNull();
  });
  it('falls back on what the HTML says for an indexed page without the declaration', () => {
    expect(pageDeclaration(`<main data-pagefind-body><section data-pagefind-ignore ${NATIONAL_ONLY}></section></main>`)).toEqual({
      scope: null,
      local: false,
      taskList: true,
    });
  });
});

describe('recording the pages of a build', () => {
  let site: string;
  beforeEach(() => {
    site = mkdtempSync(path.join(tmpdir(), 'declared-pages-'));
  });
  afterEach(() => {
    rmSync(site, { recursive: true, force: true });
  });

  it('writes the indexed pages recorded, sorted, and hands them to the index step once', () => {
    startRecording();
    recordPage('/nhiem-vu/a/', taskPage);
    recordPage('/ke-hoach/b/', planPage);
    recordPage('/huong-dan/gia-dat/', guidePage);
    recordPage('/404', unindexedPage);
    // A page rendered twice is one page.
    recordPage('/ke-hoach/b/', planPage);
    expect(writeRecordedPages(site)).toBe(3);
    expect(takeRecordedPages(site)).toEqual([
      { file: 'huong-dan/gia-dat/index.html', scope: null, local: false, taskList: false },
      { file: 'ke-hoach/b/index.html', scope: 'dak-lak', local: false, taskList: true },
      { file: 'nhiem-vu/a/index.html', scope: 'can-tho', local: true, taskList: false },
    ]);
    // Taken: the file is gone, so it is never published with the site.
    expect(takeRecordedPages(site)).toBeNull();
  });

  it('records nothing outside a build (the dev server), and a build that recorded nothing writes no file', () => {
    recordPage('/nhiem-vu/a/', taskPage);
    writeFileSync(path.join(site, DECLARED_PAGES_FILE), '{"pages":[]}');
    expect(writeRecordedPages(site)).toBe(0);
    expect(takeRecordedPages(site)).toBeNull();
    startRecording();
    expect(writeRecordedPages(site)).toBe(0);
    expect(takeRecordedPages(site)).toBeNull();
  });

  it('refuses a file that is not what the build writes, naming it and what to do, and keeps it', () => {
    const file = path.join(site, DECLARED_PAGES_FILE);
    writeFileSync(file, '{"pages":[{"file":"../etc/passwd.html","scope":null,"local":false,"taskList":false}]}');
    expect(() => takeRecordedPages(site)).toThrow(`${file} is not a list of the pages' search declarations (at pages.0.file`);
    expect(() => takeRecordedPages(site)).toThrow('build the site again with npm run build');
    writeFileSync(file, '{"pages":[');
    expect(() => takeRecordedPages(site)).toThrow(`${file} is not JSON`);
    expect(readFileSync(file, 'utf8')).toBe('{"pages":[');
  });
});
