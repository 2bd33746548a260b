/**
 * The place finder box: fetches the names on first focus or keystroke, then
 * answers every keystroke from memory. Matching and ranking are
 * src/lib/geography/finder.ts, tested there; drawing is place-answers.ts.
 */
import type { PlaceFinder } from '../lib/geography/finder.ts';
import type { Lang } from '../lib/routes/urls.ts';
import { finderLoaded, loadFinder, renderPlace } from './place-answers.ts';

const LIMIT = 20;

function setUp(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('#finder-input');
  const status = root.querySelector<HTMLElement>('[data-finder-status]');
  const list = root.querySelector<HTMLUListElement>('#finder-results');
  if (!input || !status || !list) return;
  const lang: Lang = root.dataset.lang === 'en' ? 'en' : 'vi';
  const labels = JSON.parse(root.dataset.labels ?? '{}') as Record<string, string>;
  // "1 place found", "2 places found": the form follows the page's language.
  const plurals = new Intl.PluralRules(document.documentElement.lang || 'vi');
  const update = async () => {
    const query = input.value;
    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    if (!finderLoaded()) status.textContent = labels.loading ?? '';
    let ready: PlaceFinder;
    try {
      ready = await loadFinder();
    } catch {
      status.textContent = labels.failed ?? '';
      return;
    }
    // A later keystroke has already answered.
    if (input.value !== query) return;
    const { matches, total } = ready.search(query, LIMIT);
    list.replaceChildren(...matches.map((match) => renderPlace(match, lang, labels)));
    status.textContent =
      total === 0
        ? (labels.none ?? '')
        : total > matches.length
          ? (labels.countMore ?? '').replace('{count}', String(total)).replace('{shown}', String(matches.length))
          : ((plurals.select(total) === 'one' ? labels.countOne : labels.count) ?? '').replace('{count}', String(total));
  };
  input.addEventListener('focus', () => void loadFinder().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void update());
  // A query in the address (?noi=…) is answered at once: links can point at an answer.
  const preset = new URLSearchParams(location.search).get('noi');
  if (preset) {
    input.value = preset;
    void update();
  }
}

document.querySelectorAll<HTMLElement>('[data-place-finder]').forEach(setUp);
