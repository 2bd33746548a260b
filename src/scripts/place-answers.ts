/**
 * The place finder's answers in the browser, shared by the finder box and the
 * search page: the names file, fetched once per page, and one list item per answer.
 */
import { PlaceFinder, type FinderData, type PlaceMatch } from '../lib/geography/finder.ts';
import { communePath, localityPath, type Lang } from '../lib/routes/urls.ts';

const DATA_URL = '/dia-phuong/places.json';
let finder: Promise<PlaceFinder> | null = null;

/** The finder, its names fetched on first use. */
export function loadFinder(): Promise<PlaceFinder> {
  finder ??= fetch(DATA_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${DATA_URL}: ${response.status}`);
      return response.json() as Promise<FinderData>;
    })
    .then((data) => new PlaceFinder(data));
  return finder;
}

/** Whether the names have been fetched already. */
export function finderLoaded(): boolean {
  return finder !== null;
}

function hrefOf(target: PlaceMatch['target'], lang: Lang): string {
  if (target.commune) return communePath(target.locality, target.commune, lang);
  return `${localityPath(target.locality, lang)}${target.anchor ? `#${target.anchor}` : ''}`;
}

function link(text: string, href: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  anchor.lang = 'vi';
  return anchor;
}

function span(text: string, className?: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

/** "Phường 1, Phường 2, Xã Vĩnh Quới (Thị xã Ngã Năm, Tỉnh Sóc Trăng)": old names grouped by where they were. */
function grouped(related: PlaceMatch['related']): string {
  const groups = new Map<string, string[]>();
  for (const item of related) groups.set(item.where, [...(groups.get(item.where) ?? []), item.name]);
  return [...groups.entries()].map(([where, names]) => `${names.join(', ')} (${where})`).join('; ');
}

/** One answer as a list item: what it is, its name as a link, where it is, and what it was or became. */
export function renderPlace(match: PlaceMatch, lang: Lang, labels: Record<string, string>): HTMLLIElement {
  const item = document.createElement('li');
  item.dataset.kind = match.kind;
  item.append(span(`${labels[`kind-${match.kind}`] ?? ''} · `, 'muted'));
  if (match.kind === 'old-commune') {
    item.append(span(match.name), span(` (${match.where}) — ${labels.now ?? ''} `));
    match.related.forEach((target, index) => {
      if (index > 0) item.append('; ');
      item.append(link(target.name, hrefOf(target.target, lang)), span(`, ${target.where}`));
    });
    item.lastElementChild?.setAttribute('lang', 'vi');
    return item;
  }
  item.append(link(match.name, hrefOf(match.target, lang)));
  if (match.where) item.append(span(`, ${match.where}`));
  if (match.plans > 0) item.append(span(` — ${labels.plans ?? ''}`));
  if (match.kind === 'commune' && match.related.length > 0) item.append(span(` — ${labels.formerly ?? ''} ${grouped(match.related)}`));
  if (match.kind !== 'commune' && match.related.length > 0) {
    item.append(span(` — ${labels.now ?? ''} `));
    const shown = match.related.slice(0, 12);
    shown.forEach((target, index) => {
      if (index > 0) item.append(', ');
      item.append(link(target.name, hrefOf(target.target, lang)));
    });
    if (match.related.length > shown.length) item.append(', …');
  }
  return item;
}
