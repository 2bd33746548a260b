/**
 * The search declarations of the pages (scope.ts), kept as Astro renders them
 * (src/middleware.ts) and written beside the built site for the index step
 * (scripts/search-index.ts), which otherwise opens every built page to read them: 90–100 s
 * of its time at 100,000 tasks (280,000 pages), while the middleware already holds each page.
 *
 * The middleware and the integration that writes the file (astro.config.mjs) are separate
 * module instances (one bundled by Vite, one loaded with the config) in one process: they share
 * the list through a global registered under a symbol. The integration opens it when the build
 * starts, so that nothing is recorded in the dev server; if Astro ever renders pages elsewhere
 * (another thread or process), nothing is recorded, no file is written and the index step
 * reads the pages themselves, as before.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { declaredLocal, declaredScope, searchDeclaration, type SearchDeclaration } from './scope.ts';
import { NATIONAL_ONLY } from './task-sections.ts';

/** The file, in the built site's folder until the index step has read and removed it (never published). */
export const DECLARED_PAGES_FILE = 'search-pages.json';

const DeclaredPageSchema = z.strictObject({
  /** The page's file, relative to the site, with "/" between folders ("ke-hoach/x/index.html"). */
  file: z.string().regex(/^(?!\/)(?!.*\.\.).+\.html$/),
  scope: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .nullable(),
  local: z.boolean(),
  taskList: z.boolean(),
});
const DeclaredPagesSchema = z.strictObject({ pages: z.array(DeclaredPageSchema) });
export type DeclaredPage = z.infer<typeof DeclaredPageSchema>;

const REGISTRY = Symbol.for('papi-commitments.declared-pages');
type Registry = typeof globalThis & { [REGISTRY]?: Map<string, DeclaredPage> };

/**
 * What a whole page declares about its indexes: its declaration near the top (SearchIndex.astro),
 * or, for an indexed page without one, what its HTML says; null for a page pagefind does not index.
 */
export function pageDeclaration(html: string): SearchDeclaration | null {
  const declared = searchDeclaration(html);
  if (declared) return declared;
  if (!html.includes('data-pagefind-body')) return null;
  return { scope: declaredScope(html), local: declaredLocal(html), taskList: html.includes(NATIONAL_ONLY) };
}

/**
 * The built file of a page's address, as Astro writes it with `build.format: 'directory'`:
 * "/ke-hoach/x/" → "ke-hoach/x/index.html", "/404" → "404.html".
 */
export function pageFile(pathname: string): string {
  const address = decodeURIComponent(pathname).replace(/^\/+/, '');
  if (address === '' || address.endsWith('/')) return `${address}index.html`;
  return address.endsWith('.html') ? address : `${address}.html`;
}

/** Starts recording the pages of a build (the integration, when the build starts). */
export function startRecording(): void {
  (globalThis as Registry)[REGISTRY] = new Map();
}

/** Records a rendered page's declaration, while a build records (the middleware); a page pagefind does not index is left out. */
export function recordPage(pathname: string, html: string): void {
  const recorded = (globalThis as Registry)[REGISTRY];
  if (!recorded) return;
  const declared = pageDeclaration(html);
  if (!declared) return;
  const file = pageFile(pathname);
  recorded.set(file, { file, scope: declared.scope, local: declared.local, taskList: declared.taskList });
}

/**
 * Ends the recording and writes the pages recorded into the site's folder; writes nothing (and
 * removes a file left there) when no page was recorded. Returns how many were written.
 */
export function writeRecordedPages(site: string): number {
  const registry = globalThis as Registry;
  const recorded = registry[REGISTRY];
  delete registry[REGISTRY];
  const file = path.join(site, DECLARED_PAGES_FILE);
  rmSync(file, { force: true });
  if (!recorded || recorded.size === 0) return 0;
  const pages = [...recorded.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // One page a line: 280,000 pages are about 25 MB, read once by the index step.
  writeFileSync(file, `{"pages":[\n${pages.map((page) => JSON.stringify(page)).join(',\n')}\n]}\n`);
  return pages.length;
}

/**
 * The pages recorded for the site in `site`, removing the file (it is not part of the site), or
 * null when the build wrote none. A file that is not what writeRecordedPages writes is an error
 * that names it.
 */
export function takeRecordedPages(site: string): DeclaredPage[] | null {
  const file = path.join(site, DECLARED_PAGES_FILE);
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not JSON (${error instanceof Error ? error.message : String(error)}); build the site again with npm run build`, {
      cause: error,
    });
  }
  const result = DeclaredPagesSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(
      `${file} is not a list of the pages' search declarations (at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}); build the site again with npm run build`,
    );
  }
  rmSync(file);
  return result.data.pages;
}
