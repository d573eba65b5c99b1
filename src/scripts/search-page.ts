// The search page: queries are normalised like the index, the query and sort live in the URL, a summary names
// the query as typed, and Pagefind's components (filters, results) show the outcome. Without JavaScript the form
// still submits to this page.

import type { DigitSystem } from '../lib/format/dates.ts';
import { formatCount, SEARCH_RESULTS } from '../lib/format/numbers.ts';
import { normalizeForSearch } from '../lib/search/normalize.ts';

interface PagefindInstance {
  searchSort: Record<string, string>;
  triggerSearch(term: string): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void): void;
}
interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
if (form) {
  const query = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const [primary, ...others] = JSON.parse(form.dataset.bundles ?? '[]') as string[];
  const peers = JSON.parse(form.dataset.peers ?? '[]') as string[];
  const peerBundles = (await Promise.all(peers.map(bundlesOfPeer))).flat();

  await customElements.whenDefined('pagefind-results');
  nameFilterDropdowns();
  const components = (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents;
  const search = components.configureInstance('default', {
    bundlePath: primary,
    mergeIndex: [...others, ...peerBundles].map((bundlePath) => ({ bundlePath })),
    highlightParam: 'highlight',
  });

  // Pagefind's own summary would repeat the normalised query; this one names what the reader typed.
  const summary = document.querySelector<HTMLElement>('#search-summary')!;
  const digits = (form.dataset.digits ?? 'arab') as DigitSystem;
  search.on('results', ({ results }) => {
    const typed = query.value.trim();
    summary.textContent = typed ? `${formatCount(results.length, SEARCH_RESULTS, digits)} لـ «${typed}»` : '';
  });

  const run = () => {
    const [key, direction] = sort.value.split(':');
    search.searchSort = key && direction ? { [key]: direction } : {};
    search.triggerSearch(normalizeForSearch(query.value).trim());
    const url = new URL(location.href);
    for (const [name, value] of [['q', query.value.trim()], ['sort', sort.value]] as const) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', url);
  };

  let pending: ReturnType<typeof setTimeout> | undefined;
  query.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(run, 150);
  });
  sort.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });

  const params = new URLSearchParams(location.search);
  query.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';
  if (query.value) run();
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

/** A sharded build's other shards list their search bundles in `search-index/bundles.json` (same host). */
async function bundlesOfPeer(peerBase: string): Promise<string[]> {
  const response = await fetch(`${peerBase}search-index/bundles.json`).catch(() => undefined);
  if (!response?.ok) {
    console.warn(`search: the shard at ${peerBase} is unreachable; searching without it`);
    return [];
  }
  return (await response.json()) as string[];
}
