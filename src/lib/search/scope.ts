/**
 * Search scopes. Besides the national index, each province of today (34 since 1 July
 * 2025) has an index of the pages of its places (tasks, plans, offices, communes) and
 * the general pages of no province (guides, PAPI dimensions): a search in one province
 * loads only that small index, which at national scale is what keeps a phone's first
 * search light (issue 17). One index per search, not indexes merged in the browser:
 * pagefind ranks within an index, and merged province indexes ranked the communes of
 * other provinces above "Đông Hòa" and "hòa giải cơ sở" (measured on the real site).
 */
import type { Geography } from '../geography/places.ts';

/** The query parameter of the scope (?tinh=can-tho), and its value for every province. */
export const SCOPE_PARAM = 'tinh';
export const ALL_PROVINCES = 'tat-ca';
/** Where the national index is written (pagefind's usual place) and the provinces' indexes below it. */
export const GENERAL_INDEX_PATH = '/pagefind/';
export function provinceIndexPath(provinceId: string): string {
  return `/pagefind/tinh/${provinceId}/`;
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
