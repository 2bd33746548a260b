/**
 * The search indexes the build wrote (scripts/search-index.ts), read back from dist/pagefind/:
 * the national index holds no task pages and no office below the province level, and carries
 * each plan's task list with the ids the search page reads tasks by (task-sections.ts); each
 * province's index holds its task pages, and its plan pages without the task list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DECLARED_PAGES_FILE } from '../../lib/search/declared-pages.ts';
import { declaredLocal, declaredScope, searchDeclaration } from '../../lib/search/scope.ts';
import { NATIONAL_ONLY, taskLeadId } from '../../lib/search/task-sections.ts';

interface Fragment {
  url: string;
  content: string;
  anchors: Array<{ element: string; id: string; text: string }>;
}

/** Every page of an index (pagefind's fragments: gzip, a fixed signature, then JSON). */
function fragments(bundle: string): Fragment[] {
  const folder = path.join('dist', bundle, 'fragment');
  return readdirSync(folder).map((name) => {
    const data = gunzipSync(readFileSync(path.join(folder, name))).toString('utf8');
    return JSON.parse(data.slice(data.indexOf('{'))) as Fragment;
  });
}

const national = fragments('pagefind');
const byUrl = (list: Fragment[], url: string) => list.find((fragment) => fragment.url === url);

/** The built pages pagefind indexes, as site addresses, with their HTML. */
function indexedPages(): Array<{ url: string; scope: string | null; local: boolean; html: string }> {
  return readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'))
    .flatMap((name) => {
      const html = readFileSync(path.join('dist', name), 'utf8');
      if (!html.includes('data-pagefind-body')) return [];
      return [
        {
          url: `/${name
            .split(path.sep)
            .join('/')
            .replace(/index\.html$/, '')}`,
          scope: declaredScope(html),
          local: declaredLocal(html),
          html,
        },
      ];
    });
}

describe("the pages' declarations (what the build reads of a page, scripts/search-index.ts)", () => {
  it('are in the first 8 kB of every indexed page, and say which pages list their tasks for the national index', () => {
    const pages = indexedPages();
    const undeclared = pages.filter((page) => searchDeclaration(Buffer.from(page.html).subarray(0, 8192).toString('utf8')) === null).map((page) => page.url);
    expect(undeclared).toEqual([]);
    const withTaskLists = pages.filter((page) => page.html.includes(NATIONAL_ONLY)).map((page) => page.url);
    const declaringTaskLists = pages.filter((page) => searchDeclaration(page.html)?.taskList).map((page) => page.url);
    expect(declaringTaskLists).toEqual(withTaskLists);
    expect(withTaskLists.length).toBeGreaterThan(4);
  });
});

describe('the pages the build recorded as it rendered them (declared-pages.ts)', () => {
  it("sorted each page into its province's index as the page declares, and are not published", () => {
    // The build's pages per province (scopes.json, from the recorded declarations) against the built pages'.
    const scopes = JSON.parse(readFileSync('dist/pagefind/tinh/scopes.json', 'utf8')) as Array<{ id: string; pages: number }>;
    const counted = new Map<string, number>();
    for (const page of indexedPages()) if (page.scope) counted.set(page.scope, (counted.get(page.scope) ?? 0) + 1);
    expect(scopes.map(({ id, pages }) => [id, pages])).toEqual([...counted.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
    expect(scopes.length).toBe(34);
    expect(existsSync(path.join('dist', DECLARED_PAGES_FILE))).toBe(false);
  });
});

describe('the national index (all provinces)', () => {
  it('holds every indexed page but the province-only ones, in both languages', () => {
    const pages = indexedPages();
    const expected = pages.filter((page) => !page.local).map((page) => page.url);
    expect(national.map((fragment) => fragment.url).sort()).toEqual(expected.sort());
    // Sanity: the province-only pages are the tasks and the offices below the province.
    expect(pages.filter((page) => page.local).length).toBeGreaterThan(400);
  });

  it('has no task page and no office of an abolished district, but the offices of a province', () => {
    const urls = national.map((fragment) => fragment.url);
    expect(urls.filter((url) => /^(\/en)?\/nhiem-vu\//.test(url))).toEqual([]);
    expect(urls).not.toContain('/co-quan/chi-lang-phong-tu-phap/');
    expect(urls).toContain('/co-quan/soc-trang-so-tu-phap/');
  });

  it("carries a plan's task list, with each task's heading and lead offices as anchors", () => {
    const plan = byUrl(national, '/ke-hoach/dong-hoa-2021/');
    expect(plan?.content).toContain('hòa giải ở cơ sở');
    const anchor = (id: string) => plan?.anchors.find((entry) => entry.id === id);
    expect(anchor('dong-hoa-2021-pl1-3')?.text).toMatch(/^Nhiệm vụ 3\b/);
    expect(anchor(taskLeadId('dong-hoa-2021-pl1-3'))?.text).not.toBe('');
    // The English plan page too, with the offices' English names.
    expect(byUrl(national, '/en/ke-hoach/dong-hoa-2021/')?.anchors.some((entry) => entry.id === 'dong-hoa-2021-pl1-3')).toBe(true);
  });
});

describe("a province's index", () => {
  const dakLak = fragments('pagefind/tinh/dak-lak');
  it('holds its task pages and its offices, each its own result', () => {
    expect(byUrl(dakLak, '/nhiem-vu/dong-hoa-2021-pl1-3/')).toBeDefined();
    expect(dakLak.some((fragment) => fragment.url.startsWith('/co-quan/dong-hoa-'))).toBe(true);
  });

  it('in English holds its pages of the national index: no task page, plan pages with their task lists (indexHoldsTaskPages)', () => {
    const english = dakLak.filter((fragment) => fragment.url.startsWith('/en/'));
    expect(english.filter((fragment) => fragment.url.startsWith('/en/nhiem-vu/'))).toEqual([]);
    expect(english.filter((fragment) => fragment.url.startsWith('/en/co-quan/dong-hoa-'))).toEqual([]);
    const plan = byUrl(dakLak, '/en/ke-hoach/dong-hoa-2021/');
    expect(plan?.content).toContain('hòa giải ở cơ sở');
    expect(plan?.anchors.some((entry) => entry.id === 'dong-hoa-2021-pl1-3')).toBe(true);
    const inNational = new Set(national.map((fragment) => fragment.url));
    expect(english.filter((fragment) => !inNational.has(fragment.url))).toEqual([]);
  });

  it('holds its Vietnamese plan pages without their task lists (the task pages have that text)', () => {
    const plan = byUrl(dakLak, '/ke-hoach/dong-hoa-2021/');
    expect(plan).toBeDefined();
    expect(plan?.content).not.toContain('hòa giải ở cơ sở');
  });

  it('holds no page of another province', () => {
    expect(dakLak.filter((fragment) => /\/(chi-lang|nga-nam|soc-trang|dak-rlap)-/.test(fragment.url))).toEqual([]);
  });
});
