/**
 * A plan page's filters, at once and in the address: the state is read from the
 * query string (?chi-so=3&trang-thai=qua-han&co-quan=<id>), or from an anchor
 * of the no-JavaScript links (#chi-so-3, #trang-thai-qua-han), which becomes that
 * query. Tasks that do not match are hidden, with the sub-dimension groups and
 * dimension sections left empty; each option's count is what it would show with
 * the other filters; "n of N tasks shown" is said in an aria-live region. Each
 * option's link is the address of the state it leads to, so it can be copied.
 */
import {
  FILTER_KEYS,
  filterQuery,
  matches,
  optionCounts,
  parseFilterState,
  stateFromAnchor,
  toggled,
  type FilterKey,
  type FilterState,
  type TaskFacets,
} from '../lib/views/plan-filters.ts';

const isKey = (value: string | undefined): value is FilterKey => (FILTER_KEYS as readonly string[]).includes(value ?? '');

function facetsOf(element: HTMLElement): TaskFacets {
  const values = (name: string) => (element.getAttribute(`data-${name}`) ?? '').split(' ').filter((value) => value.length > 0);
  return { 'chi-so': values('chi-so'), 'trang-thai': values('trang-thai'), 'co-quan': values('co-quan') };
}

function currentState(): FilterState {
  const fromAnchor = stateFromAnchor(location.hash);
  if (!fromAnchor) return parseFilterState(location.search);
  const state = { ...parseFilterState(location.search), ...fromAnchor };
  // The anchor of a link made for pages without JavaScript becomes the query it stands for.
  history.replaceState(history.state, '', `${location.pathname}${filterQuery(state)}`);
  return state;
}

function setUp(root: HTMLElement, list: HTMLElement): void {
  const tasks = [...list.querySelectorAll<HTMLElement>('[data-task]')].map((element) => ({ element, facets: facetsOf(element) }));
  const all = tasks.map((task) => task.facets);
  const groups = [...list.querySelectorAll<HTMLElement>('[data-task-group], [data-plan-section]')];
  const options = [...root.querySelectorAll<HTMLAnchorElement>('a[data-filter-key]')];
  const clear = root.querySelector<HTMLAnchorElement>('[data-filter-clear]');
  const status = root.querySelector<HTMLElement>('[data-filter-status]');
  const template = root.dataset.shownTemplate ?? '{shown}/{total}';
  const sectionCounts = [...list.querySelectorAll<HTMLElement>('[data-section-count]')];
  for (const heading of sectionCounts) heading.dataset.unfiltered = heading.textContent;
  // From here the script filters; the :target rules of the page without JavaScript stand down.
  list.dataset.filtering = '';

  const apply = (state: FilterState): void => {
    let shown = 0;
    for (const { element, facets } of tasks) {
      const visible = matches(facets, state);
      element.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const group of groups) group.hidden = group.querySelector('[data-task]:not([hidden])') === null;
    const filtering = FILTER_KEYS.some((key) => state[key] !== undefined);
    // A section's heading says how many of its tasks the filters show ("(3/12 nhiệm vụ)"), and its own count again without filters.
    for (const heading of sectionCounts) {
      const section = heading.closest('[data-plan-section]');
      const inSection = section ? section.querySelectorAll('[data-task]:not([hidden])').length : 0;
      const template = heading.dataset.shownTemplate ?? '';
      heading.textContent = filtering
        ? ` ${template.replace('{shown}', String(inSection)).replace('{total}', heading.dataset.sectionCount ?? '')}`
        : (heading.dataset.unfiltered ?? '');
    }
    const counts = new Map(FILTER_KEYS.map((key) => [key, optionCounts(all, key, state)]));
    for (const option of options) {
      const key = option.dataset.filterKey;
      const value = option.dataset.filterValue ?? '';
      if (!isKey(key)) continue;
      const count = option.querySelector('[data-count]');
      if (count) count.textContent = String(counts.get(key)?.get(value) ?? 0);
      option.href = `${location.pathname}${filterQuery(toggled(state, key, value))}`;
      if (state[key] === value) {
        option.setAttribute('aria-current', 'true');
        const details = option.closest('details');
        if (details) details.open = true;
      } else option.removeAttribute('aria-current');
    }
    if (clear) {
      clear.hidden = !filtering;
      clear.href = location.pathname;
    }
    if (status) status.textContent = filtering ? template.replace('{shown}', String(shown)).replace('{total}', String(tasks.length)) : '';
  };

  root.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-filter-key], a[data-filter-clear]') : null;
    if (!link) return;
    event.preventDefault();
    const key = link.dataset.filterKey;
    const state = isKey(key) ? toggled(parseFilterState(location.search), key, link.dataset.filterValue ?? '') : {};
    history.pushState(null, '', `${location.pathname}${filterQuery(state)}`);
    apply(state);
  });
  window.addEventListener('popstate', () => apply(currentState()));
  const anchor = stateFromAnchor(location.hash) ? document.getElementById(location.hash.slice(1)) : null;
  apply(currentState());
  // Sections above the anchor may now be hidden: bring it back into view.
  anchor?.scrollIntoView();
}

const root = document.querySelector<HTMLElement>('[data-plan-filters]');
const list = document.querySelector<HTMLElement>('[data-plan-tasks]');
if (root && list) setUp(root, list);
