/**
 * Search scopes. Besides the national index, each province of today (34 since 1 July
 * 2025) has an index of the pages of its places (tasks, plans, offices, communes) and
 * the general pages of no province (guides, PAPI dimensions): a search in one province
 * loads only that small index, which at national scale is what keeps a phone's first
 * search light (issue 17). One index per search, not indexes merged in the browser:
 * pagefind ranks within an index, and merged province indexes ranked the communes of
 * other provinces above "Đông Hòa" and "hòa giải cơ sở" (measured on the real site).
 */
import { communeOfToday } from '../geography/coverage.ts';
import type { Geography } from '../geography/places.ts';
import type { Lang } from '../locales.ts';
import type { Locality } from '../../schemas/locality.ts';

/** The query parameter of the scope (?tinh=can-tho), and its value for every province. */
export const SCOPE_PARAM = 'tinh';
export const ALL_PROVINCES = 'tat-ca';
/** Where the national index is written (pagefind's usual place) and the provinces' indexes below it. */
export const GENERAL_INDEX_PATH = '/pagefind/';
export function provinceIndexPath(provinceId: string): string {
  return `/pagefind/tinh/${provinceId}/`;
}

/**
 * Whether an index holds the task pages, each task its own result, or finds each task inside
 * its plan page (task-sections.ts). Only a province's Vietnamese index holds them. The national
 * index cannot: at 100,000 tasks their page list alone would be ~850 kB. The English indexes
 * do not either: an English task page holds the same Vietnamese text as the Vietnamese one, and
 * indexing both took a third of the index step (82–88 s against 58–62 s at 20,000 tasks); an
 * English reader finds the task inside its plan, under its plan, and its link leads to the
 * English task page.
 */
export function indexHoldsTaskPages(scope: string, lang: Lang): boolean {
  return lang === 'vi' && scope !== ALL_PROVINCES;
}

/**
 * The province of today that a place's province id stands for: itself when it is a province
 * of today (Cần Thơ, or Lạng Sơn, unchanged), the province it went into when it is an old one
 * (Sóc Trăng → Cần Thơ); null without geography or for an unknown id.
 */
export function provinceScope(provinceId: string | null | undefined, places: Geography | null): string | null {
  if (!provinceId || !places) return null;
  if (places.newProvinceById.has(provinceId)) return provinceId;
  return places.oldProvinceById.get(provinceId)?.into[0] ?? null;
}

/**
 * Whether a locality's page (the plans it issued, its offices) goes into the national index
 * too, or only into its province's. A commune of today has a second page, its commune page
 * (the 3,321 under dia-phuong/<province>/), which the national index holds and which lists
 * and links the same plans: both there made every commune two results of "all provinces",
 * and the issuer pages were 2,800 of the national index's 10,700 Vietnamese pages at
 * 100,000 tasks, about 19 kB of the page list read before any query (issue 17). Provinces,
 * old provinces and old districts stay: their names are found there only on their own pages.
 */
export function localityInNationalIndex(locality: Locality, places: Geography | null): boolean {
  return !places || communeOfToday(locality, places) === null;
}

/** What a page tells the build about its place in the search indexes (SearchIndex.astro). */
export interface SearchDeclaration {
  /** The province of today whose index the page goes into, or null for a general page. */
  scope: string | null;
  /** Only in its province's index, not in the national one. */
  local: boolean;
  /** A plan page listing its tasks for the indexes that find tasks inside plans. */
  taskList: boolean;
}

const DECLARATION = /<div hidden data-pagefind-ignore="index"[^>]*>/;

/**
 * The declaration of an indexed page read from the start of its HTML (`head`), or null when
 * `head` does not hold it whole after the page's data-pagefind-body: the caller then reads the
 * whole page. Built pages carry it about 4.5 kB in, so the build reads 8 kB of a page instead
 * of all of it: half the bytes, though at 100,000 tasks the 90–100 s of the scan are mostly
 * the opening of 280,000 files.
 */
export function searchDeclaration(head: string): SearchDeclaration | null {
  const tag = DECLARATION.exec(head);
  if (!tag || !head.slice(0, tag.index).includes('data-pagefind-body')) return null;
  return { scope: declaredScope(tag[0]), local: declaredLocal(tag[0]), taskList: /\bdata-search-task-list\b/.test(tag[0]) };
}

/** The scope a page's HTML declares (SearchIndex.astro's data-search-scope), or null for a general page. */
export function declaredScope(html: string): string | null {
  return /\bdata-search-scope="([a-z0-9-]+)"/.exec(html)?.[1] ?? null;
}

/** Whether a page's HTML says it is in its province's index only, not in the national one (PageIndex.national). */
export function declaredLocal(html: string): boolean {
  return /\bdata-search-local\b/.test(html);
}

/** A scope asked for in a query string: a province of `known`, all provinces, or null (none said). */
export function askedScope(value: string | null, known: ReadonlySet<string>): string | null {
  if (value === ALL_PROVINCES) return ALL_PROVINCES;
  return value !== null && known.has(value) ? value : null;
}
