// The search page: queries are normalised like the index and titles that hold them come first, the query and sort
// live in the URL, a summary names the query as typed, and Pagefind's components (filters, results) show the
// outcome. Without JavaScript the form still submits to this page.

import type { DigitSystem } from '../lib/format/dates.ts';
import { formatCount, SEARCH_RESULTS } from '../lib/format/numbers.ts';
import { searchTermOf } from '../lib/search/normalize.ts';
import { type PagefindResponse, type SearchOptions, searchTitlesFirst, searchWholeWords } from '../lib/search/rank.ts';

/** Pagefind's JavaScript API (`pagefind.js` in a bundle). */
interface Pagefind {
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
}
interface PagefindInstance {
  searchSort: Record<string, string>;
  triggerSearch(term: string): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void): void;
  /** Internal to the Component UI: the Pagefind it searches with, loaded on the first search unless set. */
  __pagefind__: Pagefind | null;
}
interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
if (form) {
  const query = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  // The search in the URL is restored at once; anything typed while Pagefind loads is kept and searched when ready.
  const params = new URLSearchParams(location.search);
  if (params.has('q')) query.value = params.get('q')!;
  if (params.has('sort')) sort.value = params.get('sort')!;
  const bundle = form.dataset.bundle!;
  // The index loads while the Component UI's script is still being fetched.
  const loading = loadPagefind(bundle);

  await customElements.whenDefined('pagefind-results');
  nameFilterDropdowns();
  const components = (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents;
  const search = components.configureInstance('default', { bundlePath: bundle });
  const pagefind = await loading;
  const searching = searchesOf(pagefind);
  search.__pagefind__ = searching.pagefind;

  // The list shows the best `max-results`; each press of the "more" button shows as many again and moves to the
  // first of them.
  const list = document.querySelector<HTMLElement>('pagefind-results')!;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  const shownAtFirst = Number(list.getAttribute('max-results'));
  const shown = () => Number(list.getAttribute('max-results'));
  let focusAfterResults: number | undefined;
  let stopFocusing = () => {};
  more.addEventListener('click', () => {
    focusAfterResults = shown();
    list.setAttribute('max-results', String(shown() + shownAtFirst));
    search.triggerSearch(query.value.trim());
  });

  // Pagefind's own summary would repeat the normalised query; this one names what the reader typed.
  const summary = document.querySelector<HTMLElement>('#search-summary')!;
  const digits = (form.dataset.digits ?? 'arab') as DigitSystem;
  search.on('results', ({ results }) => {
    const typed = query.value.trim();
    const absent = searching.absent.length > 0 ? `؛ لم ترد «${searching.absent.join('» و«')}» في أي مقالة` : '';
    summary.textContent = typed ? `${formatCount(results.length, SEARCH_RESULTS, digits)} لـ «${typed}»${absent}` : '';
    more.hidden = results.length <= shown();
    stopFocusing(); // a result of the previous list that has not loaded yet is not focused any more
    if (focusAfterResults !== undefined) stopFocusing = focusResult(list, focusAfterResults);
    focusAfterResults = undefined;
  });

  let pending: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    clearTimeout(pending);
    if (shown() !== shownAtFirst) list.setAttribute('max-results', String(shownAtFirst));
    const [key, direction] = sort.value.split(':');
    search.searchSort = key && direction ? { [key]: direction } : {};
    search.triggerSearch(query.value.trim());
    const url = new URL(location.href);
    for (const [name, value] of [['q', query.value.trim()], ['sort', sort.value]] as const) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
  };

  // Filter counts are costly (see loadPagefind): the filters load when the reader opens them, and the search runs
  // again so that the dropdowns show this query's counts.
  const filterPanel = document.querySelector<HTMLDetailsElement>('#search-filters')!;
  filterPanel.addEventListener('toggle', async function loadFilters() {
    filterPanel.removeEventListener('toggle', loadFilters);
    await searching.loadFilters();
    run();
  });

  query.addEventListener('input', () => {
    clearTimeout(pending);
    searching.submitted = false;
    // Fetch the index chunks of the words typed so far while waiting for the reader to stop typing.
    void pagefind.preload(searchTermOf(query.value));
    pending = setTimeout(run, 150);
  });
  sort.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searching.submitted = true;
    run();
  });
  // A search in the URL was submitted (a form, a shared link); words typed while Pagefind loaded were only typed.
  searching.submitted = query.value.trim() === (params.get('q') ?? '').trim();
  if (query.value.trim()) run();
}

/**
 * Scrolls to a result of the list (it loads when seen) and focuses its link once it is shown; returns what stops
 * waiting for it.
 */
function focusResult(list: HTMLElement, index: number): () => void {
  const link = () => list.querySelector<HTMLAnchorElement>(`[data-pf-result-index="${index}"] a`);
  list.querySelector(`[data-pf-result-index="${index}"]`)?.scrollIntoView({ block: 'start' });
  const focusIfShown = () => {
    if (!link()) return;
    observer.disconnect();
    link()!.focus();
  };
  const observer = new MutationObserver(focusIfShown);
  observer.observe(list, { childList: true, subtree: true });
  focusIfShown();
  return () => observer.disconnect();
}

/**
 * Pagefind 1.6 renders each filter dropdown's trigger as an unnamed combobox (axe: button-name); give it the
 * dropdown's label whenever the component (re)renders it.
 */
function nameFilterDropdowns(): void {
  for (const dropdown of document.querySelectorAll<HTMLElement>('pagefind-filter-dropdown')) {
    const label = dropdown.getAttribute('label') ?? '';
    const name = () => dropdown.querySelector('[role="combobox"]:not([aria-label])')?.setAttribute('aria-label', label);
    name();
    new MutationObserver(name).observe(dropdown, { childList: true, subtree: true });
  }
}

/**
 * The Pagefind handed to the Component UI. It searches what the reader typed normalised like the index, with the
 * results that hold the query in their title first (rank.ts); a submitted search leaves out the words that are no
 * whole word of the archive (searchWholeWords), named in `absent` for the summary.
 * The Component UI also asks it for the filters whenever the list is cleared (an emptied search box): answered with
 * none until the reader opens the filter panel (`loadFilters`), so that clearing the box does not load the filters
 * and make every later search count them.
 */
function searchesOf(pagefind: Pagefind): { pagefind: Pagefind; submitted: boolean; absent: string[]; loadFilters(): Promise<void> } {
  let opened = false;
  const state = {
    pagefind,
    /** The words of the query are typed to the end (Enter, or the query came in the URL). */
    submitted: false,
    absent: [] as string[],
    async loadFilters() {
      opened = true;
      await pagefind.filters();
    },
  };
  const search = async (typed: string | null, options: SearchOptions = {}) => {
    if (!state.submitted) {
      state.absent = [];
      return searchTitlesFirst(pagefind, typed ?? '', options);
    }
    const { response, absent } = await searchWholeWords(pagefind, typed ?? '', options);
    state.absent = absent;
    return response;
  };
  state.pagefind = new Proxy(pagefind, {
    get(target, key) {
      if (key === 'filters' && !opened) return async () => ({});
      if (key === 'search') return search;
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return state;
}

/**
 * Pagefind with this build's index, handed to the Component UI instead of letting it load
 * its own: the Component UI loads every filter at start, and once filters are loaded Pagefind 1.6 counts them for
 * every search in time proportional to (pages × results), which at 100k articles is most of a second for a common
 * word. Loaded lazily (above), only readers who filter pay it.
 */
async function loadPagefind(bundle: string): Promise<Pagefind> {
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as { createInstance(options: Record<string, unknown>): Pagefind };
  return module.createInstance({ highlightParam: 'highlight' });
}
