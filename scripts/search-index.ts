/**
 * node scripts/search-index.ts <site folder>
 *
 * Builds the site's search indexes with pagefind's Node API (src/lib/search/scope.ts):
 * the national index of every page at pagefind/, and for each province of today an
 * index of its pages and the general pages (guides, PAPI dimensions) at
 * pagefind/tinh/<province>/, with the provinces and their page counts in
 * pagefind/tinh/scopes.json. A search in one province then loads that province's small
 * index alone, ranked within one index. One index at a time, deleted once written.
 * Run by scripts/build.ts after Astro; exits 1 on any pagefind error.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { declaredScope } from '../src/lib/search/scope.ts';

const site = process.argv[2] ?? '';
if (site === '') {
  console.error('search-index: give the built site folder: node scripts/search-index.ts dist.staging');
  process.exit(2);
}

/** Every HTML file under the folder, as paths relative to it. */
function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

/** The pages pagefind indexes (those with a data-pagefind-body), grouped by scope ("" is the general index). */
function pagesByScope(folder: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const file of htmlFiles(folder)) {
    const html = readFileSync(path.join(folder, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const scope = declaredScope(html) ?? '';
    groups.set(scope, [...(groups.get(scope) ?? []), file]);
  }
  return groups;
}

/** The address pagefind gives a result: the page's path, without index.html. */
const urlOf = (file: string) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');

const BATCH = 64;

async function writeIndex(files: readonly string[], outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind could not create an index: ${errors.join('; ')}`);
  for (let start = 0; start < files.length; start += BATCH) {
    const added = await Promise.all(
      files.slice(start, start + BATCH).map((file) => index.addHTMLFile({ url: urlOf(file), content: readFileSync(path.join(site, file), 'utf8') })),
    );
    const failed = added.flatMap((response, offset) => response.errors.map((error) => `${files[start + offset]}: ${error}`));
    if (failed.length > 0) throw new Error(`pagefind could not index ${failed.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return files.length;
}

try {
  const started = Date.now();
  const groups = pagesByScope(site);
  const general = groups.get('') ?? [];
  const all = [...groups.values()].flat();
  // The national index first: it is written where pagefind's own files go, the provinces below it.
  await writeIndex(all, path.join(site, 'pagefind'));
  const provinces = [...groups.keys()].filter((scope) => scope !== '').sort();
  const scopes: Array<{ id: string; pages: number }> = [];
  for (const id of provinces) {
    const pages = groups.get(id) ?? [];
    await writeIndex([...pages, ...general], path.join(site, 'pagefind', 'tinh', id));
    scopes.push({ id, pages: pages.length });
  }
  mkdirSync(path.join(site, 'pagefind', 'tinh'), { recursive: true });
  writeFileSync(path.join(site, 'pagefind', 'tinh', 'scopes.json'), `${JSON.stringify(scopes)}\n`);
  console.log(
    `search-index: ${all.length} pages in the national index, ${scopes.length} province indexes (each with the ${general.length} general pages) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(`search-index: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await pagefind.close();
}
