/**
 * node scripts/search-index.ts <site folder>
 *
 * Builds the site's search indexes with pagefind's Node API (src/lib/search/scope.ts):
 * - the national index ("all provinces", at pagefind/): every page but those a page declares
 *   local (PageIndex.national: the task pages, and the offices below the province level);
 *   the plan pages carry their task lists there, and each task the query matches comes back
 *   as a section of its plan (src/lib/search/task-sections.ts). So its page list stays small
 *   at national scale (100,000 tasks) and pagefind's memory with it;
 * - for each province of today, at pagefind/tinh/<province>/, an index of its pages and the
 *   general pages (guides, PAPI dimensions), with the provinces and their page counts in
 *   pagefind/tinh/scopes.json. A search in one province loads that province's small index
 *   alone, ranked within one index. In Vietnamese it holds the task pages, each its own
 *   result; in English it holds the province's pages of the national index, tasks found in
 *   their plans as there (indexHoldsTaskPages in src/lib/search/scope.ts): the English task
 *   pages repeat the Vietnamese text, and indexing them too took a third of the index step.
 * One index at a time, deleted once written. The build learns each page's indexes from the
 * declarations Astro's build recorded as it rendered them (declared-pages.ts: opening the
 * 280,000 pages of 100,000 tasks again took 90–100 s), or, for a site built without them,
 * from the declaration near each page's top (searchDeclaration), reading 8 kB of it.
 *
 * pagefind reads the files itself (addDirectory, as its CLI does): handing it each page's
 * text through the Node API took 258 s instead of 39 s at 20,000 tasks. Each index's pages
 * are gathered for it as hard links in a folder beside the site (<site>-scopes/, removed
 * after), so nothing is copied but the plan pages where their task lists are indexed
 * (indexedNationally). Gathering the next folder while pagefind read one was slower (78 s
 * instead of 66 s at 20,000 tasks): both contend for the file system. Run by
 * scripts/build.ts after Astro; exits 1 on any error.
 */
import { closeSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { pageDeclaration, takeRecordedPages, type DeclaredPage } from '../src/lib/search/declared-pages.ts';
import { indexHoldsTaskPages, searchDeclaration, type SearchDeclaration } from '../src/lib/search/scope.ts';
import { indexedNationally } from '../src/lib/search/task-sections.ts';

const site = process.argv[2] ?? '';
if (site === '') {
  console.error('search-index: give the built site folder: node scripts/search-index.ts dist.staging');
  process.exit(2);
}
const gathered = `${path.resolve(site)}-scopes`;

/** Whether a page (a path relative to the site) is one of the English site's. */
function english(file: string): boolean {
  return file.split(path.sep)[0] === 'en';
}

/** Every HTML file under the folder, as paths relative to it. */
function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

interface IndexedPages {
  /** By scope ("" is the general pages): the pages of each province's index. */
  byScope: Map<string, string[]>;
  /** The pages of the national index (none of the province-only pages), and those of them to copy with their task lists indexed. */
  national: string[];
  nationalOnly: Set<string>;
}

const HEAD_BYTES = 8192;

/**
 * What a page declares about its indexes (searchDeclaration), read from its first 8 kB, or
 * from the whole page when they do not hold it; null for a page pagefind does not index.
 */
function declaration(file: string): SearchDeclaration | null {
  const head = Buffer.alloc(HEAD_BYTES);
  const descriptor = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(descriptor, head, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(descriptor);
  }
  // A character cut at the end of the 8 kB decodes as U+FFFD, after the declaration.
  return searchDeclaration(head.toString('utf8', 0, read)) ?? pageDeclaration(readFileSync(file, 'utf8'));
}

/**
 * Every indexed page (one with a data-pagefind-body) and its declaration: as the build recorded
 * them while rendering (declared-pages.ts), or, for a site built without them, read from the pages.
 */
function declaredPages(folder: string): { pages: DeclaredPage[]; recorded: boolean } {
  const recorded = takeRecordedPages(folder);
  if (recorded) return { pages: recorded.map((page) => ({ ...page, file: page.file.split('/').join(path.sep) })), recorded: true };
  const pages = htmlFiles(folder).flatMap((file) => {
    const declared = declaration(path.join(folder, file));
    return declared ? [{ file, ...declared }] : [];
  });
  return { pages, recorded: false };
}

/** The pages pagefind indexes, sorted into the indexes. */
function indexedPages(pages: readonly DeclaredPage[]): IndexedPages {
  const sorted: IndexedPages = { byScope: new Map(), national: [], nationalOnly: new Set() };
  for (const { file, scope, local, taskList } of pages) {
    const group = sorted.byScope.get(scope ?? '');
    if (group) group.push(file);
    else sorted.byScope.set(scope ?? '', [file]);
    if (local) continue;
    sorted.national.push(file);
    if (taskList) sorted.nationalOnly.add(file);
  }
  return sorted;
}

/** Indexes the HTML files of `folder` (pagefind reads them) and writes the index to `outputPath`. */
async function writeIndex(folder: string, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind could not create an index: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: folder });
  if (added.errors.length > 0) throw new Error(`pagefind could not index ${folder}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return added.page_count;
}

/**
 * Writes one index in a pagefind process run per language: pagefind keeps every page of a
 * run in memory, and the national index's plan pages with their task lists took 3.9 GB at
 * 100,000 tasks in one run. Pagefind writes each language's files under their own names
 * (pagefind.vi_….pf_meta, fragment/vi_…) and lists the languages in pagefind-entry.json,
 * which each run overwrites: the lists are merged into it after the runs.
 */
async function writeIndexByLanguage(
  id: string,
  files: readonly string[],
  rewritten: ReadonlySet<string>,
  rewrite: (html: string) => string,
  outputPath: string,
): Promise<number> {
  // A site with no page to index still gets pagefind's files (the build checks for them).
  if (files.length === 0) return writeIndex(gather(id, []), outputPath);
  const entryFile = path.join(outputPath, 'pagefind-entry.json');
  let entry: Record<string, unknown> = {};
  const languages: Record<string, unknown> = {};
  let pages = 0;
  for (const [lang, group] of [
    ['vi', files.filter((file) => !english(file))],
    ['en', files.filter(english)],
  ] as const) {
    if (group.length === 0) continue;
    pages += await writeIndex(gather(`${id}-${lang}`, group, rewritten, rewrite), outputPath);
    rmSync(path.join(gathered, `${id}-${lang}`), { recursive: true, force: true });
    entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Record<string, unknown>;
    Object.assign(languages, entry.languages);
  }
  if (pages > 0) writeFileSync(entryFile, JSON.stringify({ ...entry, languages }));
  return pages;
}

/**
 * A folder holding hard links to the given pages of the site, at their paths (so their
 * addresses stay the same); the pages in `rewritten` are copies passed through `rewrite`.
 */
function gather(id: string, files: readonly string[], rewritten: ReadonlySet<string> = new Set(), rewrite: (html: string) => string = (html) => html): string {
  const folder = path.join(gathered, id);
  mkdirSync(folder, { recursive: true });
  for (const file of files) {
    const target = path.join(folder, file);
    mkdirSync(path.dirname(target), { recursive: true });
    if (rewritten.has(file)) writeFileSync(target, rewrite(readFileSync(path.join(site, file), 'utf8')));
    else linkSync(path.join(site, file), target);
  }
  return folder;
}

try {
  const started = Date.now();
  rmSync(gathered, { recursive: true, force: true });
  const declared = declaredPages(site);
  const { byScope, national, nationalOnly } = indexedPages(declared.pages);
  const general = byScope.get('') ?? [];
  // The national index first, written where pagefind's own files go; its folder is "-national",
  // a name no province id has.
  const total = await writeIndexByLanguage('-national', national, nationalOnly, indexedNationally, path.join(site, 'pagefind'));
  const inNational = new Set(national);
  const scopes: Array<{ id: string; pages: number }> = [];
  for (const id of [...byScope.keys()].filter((scope) => scope !== '').sort()) {
    const pages = byScope.get(id) ?? [];
    // Where an index does not hold the task pages, it holds its pages of the national index, plan pages with their task lists.
    const holdsTaskPages = (file: string) => indexHoldsTaskPages(id, english(file) ? 'en' : 'vi');
    const indexed = [...pages, ...general].filter((file) => holdsTaskPages(file) || inNational.has(file));
    const withTaskLists = new Set(indexed.filter((file) => nationalOnly.has(file) && !holdsTaskPages(file)));
    await writeIndex(gather(id, indexed, withTaskLists, indexedNationally), path.join(site, 'pagefind', 'tinh', id));
    rmSync(path.join(gathered, id), { recursive: true, force: true });
    scopes.push({ id, pages: pages.length });
  }
  mkdirSync(path.join(site, 'pagefind', 'tinh'), { recursive: true });
  writeFileSync(path.join(site, 'pagefind', 'tinh', 'scopes.json'), `${JSON.stringify(scopes)}\n`);
  console.log(
    `search-index: ${total} pages in the national index (${nationalOnly.size} plan pages with their tasks), ${scopes.length} province indexes (each with the ${general.length} general pages) in ${((Date.now() - started) / 1000).toFixed(1)} s; the pages' declarations ${declared.recorded ? 'as recorded by the build' : 'read from the pages'}`,
  );
} catch (error) {
  console.error(`search-index: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(gathered, { recursive: true, force: true });
  await pagefind.close();
}
