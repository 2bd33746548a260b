/**
 * The place finder in the browser: fetches the names once (on first focus or
 * keystroke), then answers every keystroke from memory. Matching and ranking are
 * src/lib/geography/finder.ts, tested there; this file only draws the answers.
 */
import { PlaceFinder, type FinderData, type PlaceMatch } from '../lib/geography/finder.ts';
import { communePath, localityPath, type Lang } from '../lib/routes/urls.ts';

const LIMIT = 20;
const DATA_URL = '/dia-phuong/places.json';

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

function render(match: PlaceMatch, lang: Lang, labels: Record<string, string>): HTMLLIElement {
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

function setUp(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('#finder-input');
  const status = root.querySelector<HTMLElement>('[data-finder-status]');
  const list = root.querySelector<HTMLUListElement>('#finder-results');
  if (!input || !status || !list) return;
  const lang: Lang = root.dataset.lang === 'en' ? 'en' : 'vi';
  const labels = JSON.parse(root.dataset.labels ?? '{}') as Record<string, string>;
  let finder: Promise<PlaceFinder> | null = null;
  const load = () => {
    finder ??= fetch(DATA_URL)
      .then((response) => {
        if (!response.ok) throw new Error(`${DATA_URL}: ${response.status}`);
        return response.json() as Promise<FinderData>;
      })
      .then((data) => new PlaceFinder(data));
    return finder;
  };
  const update = async () => {
    const query = input.value;
    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    if (!finder) status.textContent = labels.loading ?? '';
    let ready: PlaceFinder;
    try {
      ready = await load();
    } catch {
      status.textContent = labels.failed ?? '';
      return;
    }
    // A later keystroke has already answered.
    if (input.value !== query) return;
    const { matches, total } = ready.search(query, LIMIT);
    list.replaceChildren(...matches.map((match) => render(match, lang, labels)));
    status.textContent =
      total === 0
        ? (labels.none ?? '')
        : total > matches.length
          ? (labels.countMore ?? '').replace('{count}', String(total)).replace('{shown}', String(matches.length))
          : (labels.count ?? '').replace('{count}', String(total));
  };
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void update());
  // A query in the address (?noi=…) is answered at once: links can point at an answer.
  const preset = new URLSearchParams(location.search).get('noi');
  if (preset) {
    input.value = preset;
    void update();
  }
}

document.querySelectorAll<HTMLElement>('[data-place-finder]').forEach(setUp);
