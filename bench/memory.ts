// Memory of the processes a benchmark runs, sampled from `ps` (Linux): a process's peak is only seen if it lasts
// past a sample.

import { execFileSync } from 'node:child_process';

/** Every process running now: its resident memory (KB) and its command line. */
export function processes(): { rssKB: number; args: string }[] {
  return execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8' })
    .split('\n')
    .flatMap((line) => {
      const [, rss, args] = /^\s*(\d+)\s+(.*)$/.exec(line) ?? [];
      return rss === undefined ? [] : [{ rssKB: Number(rss), args: args ?? '' }];
    });
}

/** Samples the summed RSS of the processes `matches` picks until the returned stop(), which gives the peak in MB. */
export function samplePeakRss(matches: (args: string) => boolean, intervalMs = 250): () => number {
  let peak = 0;
  const timer = setInterval(() => {
    const sum = processes().reduce((total, { rssKB, args }) => (matches(args) ? total + rssKB : total), 0);
    peak = Math.max(peak, sum / 1024);
  }, intervalMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
