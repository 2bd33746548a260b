/**
 * Where the search page searches (src/lib/search/scope.ts): the province in the
 * address (?tinh=…, which the header box of a province's page sends), else the one
 * the citizen chose here before and this device remembers, else every province.
 * Choosing in the "Search in" list remembers the choice and searches again; the
 * line above the results says which scope was searched and offers all provinces.
 */
import { ALL_PROVINCES, askedScope, GENERAL_INDEX_PATH, provinceIndexPath, SCOPE_PARAM } from '../lib/search/scope.ts';

const STORAGE_KEY = 'papi-search-scope';

const select = document.querySelector<HTMLSelectElement>('#search-scope');
const known = new Set([...(select?.options ?? [])].map((option) => option.value).filter((value) => value !== ALL_PROVINCES));

function remembered(): string | null {
  try {
    return askedScope(localStorage.getItem(STORAGE_KEY), known);
  } catch {
    // Storage may be refused (private browsing, settings): then nothing is remembered.
    return null;
  }
}

function remember(scope: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, scope);
  } catch {
    // As above: the choice then holds for this page only.
  }
}

/** The scope of this visit, and whether the address named it. */
export const scope: string = askedScope(new URLSearchParams(location.search).get(SCOPE_PARAM), known) ?? remembered() ?? ALL_PROVINCES;

/** The pagefind bundle to search: the province's own index, or the national one for every province. */
export function bundlePath(): string {
  return scope === ALL_PROVINCES ? GENERAL_INDEX_PATH : provinceIndexPath(scope);
}

/** The scope for the address of a search, every province included, so that a copied link searches the same. */
export function scopeParam(): Record<string, string> {
  return known.size > 0 ? { [SCOPE_PARAM]: scope } : {};
}

/** Shows which scope was searched, with a link that searches every province. */
export function showScope(query: string): void {
  const line = document.querySelector<HTMLElement>('[data-search-scope-status]');
  if (!line || !select) return;
  const text = line.querySelector<HTMLElement>('[data-scope-text]');
  const widen = line.querySelector<HTMLAnchorElement>('[data-scope-widen]');
  const name = select.selectedOptions[0]?.textContent ?? '';
  const template = scope === ALL_PROVINCES ? (line.dataset.all ?? '') : (line.dataset.in ?? '');
  if (text) text.textContent = template.replace('{scope}', name);
  if (widen) {
    const params = new URLSearchParams(location.search);
    params.set('q', query);
    params.set(SCOPE_PARAM, ALL_PROVINCES);
    widen.href = `${location.pathname}?${params}`;
    widen.hidden = scope === ALL_PROVINCES;
  }
  line.hidden = query.trim() === '';
}

if (select) {
  select.value = scope;
  select.addEventListener('change', () => {
    remember(select.value);
    const params = new URLSearchParams(location.search);
    params.set(SCOPE_PARAM, select.value);
    // A new scope is another set of indexes: the page starts again with it.
    location.search = params.toString();
  });
}
