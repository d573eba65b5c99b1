// Astro's console log (its Node destination) with the pages an incremental build kept from the last build counted
// instead of listed: a daily rebuild at 100k articles printed ~124k lines of "(cached)", 2.4 s of writing, and hid
// the few pages it rendered. Loaded by Astro as the config's `logger` entrypoint (a plain Node import).

import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeDestination from 'astro/logger/node';
import { processShared } from '../lib/process-shared.ts';

const PAGE_LINE = '\u251C\u2500'; // ├─, before each page's output file
const KEPT = /\((cached|restored)\)/;
const KEPT_PAGES = 'pages kept from the last build';
const keptPagesLine = (count: number) => `  ${PAGE_LINE} ${count} ${KEPT_PAGES}`;
const KEPT_PAGES_LINE = new RegExp(`${PAGE_LINE} (\\d+) ${KEPT_PAGES}`);

/** How many pages a build's log (or one line of it) says were kept from the last build; 0 when it says none. */
export const keptPagesIn = (log: string): number => Number(KEPT_PAGES_LINE.exec(log)?.[1] ?? 0);

export interface PageCounts {
  rendered: number;
  kept: number;
}
/** The pages this process's build has rendered and kept so far, as its log listed them, for the build's figures (build-summary.ts). */
export const pageCounts = (): PageCounts => processShared('page-counts', () => ({ rendered: 0, kept: 0 }));

/**
 * Astro logs a kept page as two consecutive messages, the page's line and then its state, so a page line is held
 * until the next message says whether the page was kept. The count is written before the next other message.
 */
export function foldKeptPages(inner: AstroLoggerDestination, counts: PageCounts = pageCounts()): AstroLoggerDestination {
  let held: AstroLoggerMessage | undefined;
  let kept = 0;
  return {
    write(message) {
      const pageLine = held;
      held = undefined;
      if (pageLine && message.label === 'SKIP_FORMAT' && KEPT.test(message.message)) {
        kept += 1;
        counts.kept += 1;
        return;
      }
      if (pageLine) {
        counts.rendered += 1;
        inner.write(pageLine);
      }
      if (message.label === null && !message.newLine && message.message.includes(PAGE_LINE)) {
        held = message;
        return;
      }
      // A rendered page's time, written after its line, belongs to that line.
      if (kept > 0 && message.label !== 'SKIP_FORMAT') {
        inner.write({ ...message, label: null, message: keptPagesLine(kept), newLine: true });
        kept = 0;
      }
      inner.write(message);
    },
  };
}

export default (config?: Parameters<typeof nodeDestination>[0]): AstroLoggerDestination => foldKeptPages(nodeDestination(config));
