/**
 * The search page's script: runs the query variants against pagefind, merges
 * them, applies the filters and renders results as DOM text (never HTML from
 * the index). Loaded only by the search page.
 */
import { unknownSpellings } from '../lib/search/d-words.ts';
import { excerptPieces, mergeResults } from '../lib/search/merge.ts';
import { ambiguousWords, queryVariants, withoutUnknown } from '../lib/search/query.ts';
import type { PlaceMatch } from '../lib/geography/finder.ts';
import type { Lang } from '../lib/routes/urls.ts';
import { loadFinder, renderPlace } from './place-answers.ts';
import { parseQuery } from '../lib/geography/finder.ts';
import { bundlePath, scope, scopeParam, showScope } from './search-scope.ts';
import { indexHoldsTaskPages } from '../lib/search/scope.ts';
import { keepsTaskFilters, tasksInPlan, wordsTogether, type PlanFragment } from '../lib/search/task-sections.ts';
import { taskPath } from '../lib/routes/urls.ts';

interface ResultData extends PlanFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  preload: (term: string, options?: { filters?: Record<string, string> }) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const FILTER_KEYS = ['type', 'plan', 'province', 'dimension', 'agency', 'year'] as const;
const pageLang: Lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
/**
 * The national index and the English ones have no task pages (scope.ts indexHoldsTaskPages): a
 * task is found inside its plan, and shown under it. A province's Vietnamese index has them, each
 * its own result.
 */
const tasksInPlans = !indexHoldsTaskPages(scope, pageLang);
/** Tasks shown under a plan they were found in; the rest are one link away, on the plan page. */
const TASKS_PER_PLAN = 5;
/**
 * Results whose text is fetched at once; each needs its own request (a pagefind fragment), so
 * the rest wait for the "more results" button. Five where tasks are found in plans: there a result is a
 * plan with its whole task list (6.4 kB a fragment at 100,000 tasks, a task page's is 0.8 kB),
 * shown with up to five of its tasks, so five plans already fill a phone's screens.
 */
const PAGE_SIZE = tasksInPlans ? 5 : 10;

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('#search-q');
const list = document.querySelector<HTMLOListElement>('[data-results]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const empty = document.querySelector<HTMLElement>('[data-search-empty]');
const filterToggle = document.querySelector<HTMLDetailsElement>('[data-search-filters-toggle]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
/** Whether the filter lists hold their values (fillFilters), and the filling under way. */
let filtersFilled = false;
let filling: Promise<void> | null = null;
const labels = document.querySelector<HTMLElement>('[data-search-labels]')?.dataset ?? {};
/** The site's words beginning with d or đ, in index form; without the list every spelling is searched. */
const dWords = new Set<string>(JSON.parse(document.querySelector('#search-d-words')?.textContent ?? '[]') as string[]);

let pagefind: Pagefind | null = null;
async function load(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  // The national index, or the province's own (search-scope.ts).
  const url = `${bundlePath()}pagefind.js`;
  pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // Pagefind (≥ 1.5) searches every metadata field and boosts matches in them; "heading" repeats the
  // title with the task's label for display only, and must not lift a task whose label merely starts
  // with a query word above the task that matches the whole query (see the task page).
  // noWorker: pagefind (≥ 1.5) otherwise fetches its web worker's script (12 kB gzip) before the
  // worker can fetch the index, one more request in a row on a phone's first search; the search
  // page waits for the results anyway, and a province's index is searched in a few milliseconds.
  await pagefind.options({ noWorker: true, excerptLength: 24, ranking: { metaWeights: { heading: 0 } } });
  return pagefind;
}

function selects(): HTMLSelectElement[] {
  return FILTER_KEYS.map((key) => document.querySelector<HTMLSelectElement>(`#search-f-${key}`)).filter(
    (select): select is HTMLSelectElement => select !== null,
  );
}

/**
 * Fills the filter lists. The filter values are a large part of the index at
 * national scale, so they are fetched only when the citizen opens the filters
 * (or arrives with a filter in the URL), not for every first query.
 */
function fillFilters(): Promise<void> {
  filling ??= (async () => {
    const available = await (await load()).filters();
    const params = new URLSearchParams(location.search);
    for (const select of selects()) {
      const key = select.name;
      const values = Object.keys(available[key] ?? {}).sort((a, b) => a.localeCompare(b, 'vi', { numeric: true }));
      for (const value of values) {
        const option = document.createElement('option');
        option.value = value;
        option.textContent = `${value} (${available[key]?.[value] ?? 0})`;
        select.append(option);
      }
      select.value = params.get(key) ?? '';
    }
    // Only now do the lists hold the choices: until here chosenFilters reads them from the URL.
    // (Set at the start, results shown while pagefind fetched the lists lost the URL's filters.)
    filtersFilled = true;
  })();
  return filling;
}

/**
 * The filters as the index holds them. Where a task is found in its plan (tasksInPlans),
 * "Type: task" searches the plans (and shows only the tasks found in them).
 */
function indexFilters(filters: Record<string, string>): Record<string, string> {
  if (!tasksInPlans || filters.type !== labels.typeTask || !labels.typePlan) return filters;
  return { ...filters, type: labels.typePlan };
}

function chosenFilters(): Record<string, string> {
  const fromForm = Object.fromEntries(
    selects()
      .filter((select) => select.value)
      .map((select) => [select.name, select.value]),
  );
  if (Object.keys(fromForm).length > 0 || filtersFilled) return fromForm;
  // Before the filter lists are filled, the choices are the ones in the URL.
  const params = new URLSearchParams(location.search);
  return Object.fromEntries(FILTER_KEYS.filter((key) => params.get(key)).map((key) => [key, params.get(key) ?? '']));
}

function line(className: string, text: string): HTMLElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}

/** "1 result", "2 results": the page's language decides the form (Vietnamese has one). */
const plurals = new Intl.PluralRules(document.documentElement.lang || 'vi');

/** The merged results of the last query, and how many of them are in the list. */
let current: { query: string; results: PagefindResult[]; shown: number } = { query: '', results: [], shown: 0 };

/** An excerpt from the index as text, the query's words marked. */
function excerptParagraph(excerpt: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.lang = 'vi';
  for (const piece of excerptPieces(excerpt)) {
    if (piece.marked) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      paragraph.append(mark);
    } else {
      paragraph.append(document.createTextNode(piece.text));
    }
  }
  return paragraph;
}

/**
 * The tasks a plan result holds for the query (where tasks are found in plans), each its own item with
 * its plan, place and lead offices, linking to the task's page; the task-level filters chosen
 * (dimension, lead office) apply to them.
 */
function tasksOfPlan(result: ResultData, query: string, filters: Record<string, string>): HTMLElement | null {
  if (!tasksInPlans || result.meta.type !== 'plan') return null;
  const tasks = tasksInPlan(result, wordsTogether(query)).filter((task) => keepsTaskFilters(task, filters));
  if (tasks.length === 0) return null;
  const list = document.createElement('ul');
  list.className = 'result-tasks';
  list.setAttribute('aria-label', labels.tasksInPlan ?? '');
  for (const task of tasks.slice(0, TASKS_PER_PLAN)) {
    const item = document.createElement('li');
    item.dataset.type = 'task';
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = taskPath(task.taskId, pageLang);
    // As the task's own page heads it: its number, then its plan's issuer (the plan filter's value).
    link.textContent = [task.title, result.filters.plan?.[0]].filter(Boolean).join(' · ');
    heading.append(link);
    item.append(heading);
    const details = [labels.typeTask, result.meta.plan, result.meta.locality, task.lead ? `${labels.lead ?? ''} ${task.lead}` : ''].filter(Boolean);
    item.append(line('meta', details.join(' · ')), excerptParagraph(task.excerpt));
    list.append(item);
  }
  if (tasks.length > TASKS_PER_PLAN) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = (labels.moreTasks ?? '').replace('{count}', String(tasks.length - TASKS_PER_PLAN));
    item.append(link);
    list.append(item);
  }
  return list;
}

function resultItem(result: ResultData, query: string, filters: Record<string, string>): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.heading ?? result.meta.title ?? result.url;
  heading.append(link);
  item.append(heading);
  item.dataset.type = result.meta.type ?? '';
  // data-type-task on the labels element is dataset.typeTask.
  const typeKey = result.meta.type ? `type${result.meta.type.charAt(0).toUpperCase()}${result.meta.type.slice(1)}` : '';
  const type = typeKey ? (labels[typeKey] ?? result.meta.type ?? '') : '';
  const details = [type, result.meta.plan, result.meta.locality, result.meta.lead ? `${labels.lead ?? ''} ${result.meta.lead}` : ''].filter(Boolean);
  item.append(line('meta', details.join(' · ')));
  const tasks = tasksOfPlan(result, query, filters);
  // A plan found through its tasks shows them, not an excerpt of the plan page.
  item.append(tasks ?? excerptParagraph(result.excerpt));
  return item;
}

/** Appends the next page of results of the current query and updates the count. */
async function showMore(): Promise<void> {
  if (!list || !status) return;
  const { query, results } = current;
  const next = results.slice(current.shown, current.shown + PAGE_SIZE);
  const data = await Promise.all(next.map((result) => result.data()));
  if (current.query !== query || current.results !== results) return;
  const first = list.children.length;
  const filters = chosenFilters();
  for (const result of data) list.append(resultItem(result, query, filters));
  current.shown += data.length;
  const count = results.length;
  status.textContent =
    count === 0
      ? (labels.none ?? '')
      : (count > current.shown ? (labels.countMore ?? '') : ((plurals.select(count) === 'one' ? labels.countOne : labels.count) ?? ''))
          .replace('{count}', String(count))
          .replace('{shown}', String(current.shown));
  if (more) more.hidden = count <= current.shown;
  // After "more", focus goes to the first new result so that keyboard users continue from there.
  if (first > 0) list.children[first]?.querySelector('a')?.focus();
}

/**
 * The queries to run for what was typed. Only the spellings of the d-words that occur
 * on the site are searched: a spelling that does not occur would find pages for a
 * shorter word and double the work.
 */
function searchedVariants(query: string): string[] {
  const variants = queryVariants(query);
  const spellings = variants.length > 1 ? ambiguousWords(query) : [];
  return withoutUnknown(variants, unknownSpellings(spellings, dWords));
}

/** Waits this long after the last keystroke before fetching the index for what is typed. */
const PRELOAD_PAUSE_MS = 150;
let preloadTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * While the citizen types, fetches the index chunks of the words typed so far
 * (pagefind's preload), so that on submit most of the query's index is here.
 */
function preloadTyped(): void {
  clearTimeout(preloadTimer);
  preloadTimer = setTimeout(() => {
    const query = input?.value ?? '';
    const variants = searchedVariants(query);
    if (variants.length === 0) return;
    const filters = chosenFilters();
    void load().then((engine) => Promise.all(variants.map((variant) => engine.preload(variant, { filters: indexFilters(filters) }))));
  }, PRELOAD_PAUSE_MS);
}

async function run(): Promise<void> {
  if (!input || !list || !status || !empty) return;
  const query = input.value;
  const filters = chosenFilters();
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const [key, value] of Object.entries(scopeParam())) params.set(key, value);
  for (const [key, value] of Object.entries(filters)) params.set(key, value);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  list.replaceChildren();
  empty.hidden = true;
  if (more) more.hidden = true;
  const searched = searchedVariants(query);
  current = { query, results: [], shown: 0 };
  if (searched.length === 0) {
    status.textContent = '';
    return;
  }
  status.textContent = labels.searching ?? '';
  const engine = await load();
  const responses = await Promise.all(searched.map((variant) => engine.search(variant, { filters: indexFilters(filters) })));
  const merged = mergeResults(responses.map((response) => response?.results ?? []));
  if (current.query !== query) return;
  current = { query, results: merged, shown: 0 };
  await showMore();
  empty.hidden = merged.length > 0;
  showScope(query);
  // Marks the results as complete for this query (used by the benchmark and tests).
  list.dataset.query = query;
  // Places come after the first results: their names file must not delay them. It is fetched
  // only when the query starts with a unit word ("phuong nga nam") or the results hold a place
  // page ("hau giang"): a query for a topic ("giá đất") does not pay for it (57 kB, issue 17).
  void showPlaces(query, parseQuery(query).type !== '' || list.querySelector('li[data-type="place"]') !== null);
}

/** Up to three places whose whole name the query spells, above the results: "phuong nga nam" is Phường Ngã Năm. */
async function showPlaces(query: string, wanted: boolean): Promise<void> {
  const section = document.querySelector<HTMLElement>('[data-place-results]');
  const placeList = section?.querySelector('ul');
  if (!section || !placeList) return;
  section.hidden = true;
  placeList.replaceChildren();
  if (query.trim() === '' || !wanted) {
    section.dataset.query = query;
    return;
  }
  let matches: PlaceMatch[];
  try {
    matches = (await loadFinder())
      .search(query, 10)
      .matches.filter((match) => match.complete)
      .slice(0, 3);
  } catch {
    return;
  }
  if (current.query !== query) return;
  const lang: Lang = section.dataset.lang === 'en' ? 'en' : 'vi';
  const placeLabelSet = JSON.parse(section.dataset.labels ?? '{}') as Record<string, string>;
  placeList.replaceChildren(...matches.map((match) => renderPlace(match, lang, placeLabelSet)));
  section.hidden = matches.length === 0;
  section.dataset.query = query;
}

if (form && input) {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(preloadTimer);
    void run();
  });
  input.addEventListener('input', preloadTyped);
  for (const select of selects()) select.addEventListener('change', () => void run());
  more?.addEventListener('click', () => void showMore());
  // The query runs at once; the filter lists are filled when opened, or at once when the URL names a filter.
  void run();
  // With no query yet, the index starts up (WebAssembly and the page list) while the citizen types.
  if (!input.value.trim()) void load().then((engine) => engine.init());
  if (filterToggle) {
    filterToggle.addEventListener('toggle', () => {
      if (filterToggle.open) void fillFilters();
    });
    if (FILTER_KEYS.some((key) => params.get(key))) {
      filterToggle.open = true;
      void fillFilters();
    }
  }
}
