// On an article opened from a search result (`?highlight=…`): mark the matched words with Pagefind's highlight
// script. Does nothing, and loads nothing, on a plain visit.

import { highlightPattern, IGNORED_MARKS } from '../lib/search/highlight.ts';

const params = new URLSearchParams(location.search);
const article = document.querySelector<HTMLElement>('[data-highlight-script]');
if (article && params.has('highlight')) {
  const module = (await import(/* @vite-ignore */ article.dataset.highlightScript!)) as {
    default: new (options: Record<string, unknown>) => object;
  };
  class ArabicHighlight extends module.default {
    getHighlightParams(name: string): string[] {
      return new URLSearchParams(location.search).getAll(name).map(highlightPattern);
    }
  }
  new ArabicHighlight({
    highlightParam: 'highlight',
    addStyles: false,
    markOptions: { className: 'search-highlight', wildcards: 'enabled', ignorePunctuation: IGNORED_MARKS },
  });
}
