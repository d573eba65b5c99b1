// A child process's old space (V8's heap of long-lived objects), bounded. Left to V8's default (~4 GB on a machine
// of 24 GiB), a process that makes much short-lived data lets its garbage grow long before it collects it: at 1M
// articles the plan step reached 2.95 GB and the search merge 3.76 GB for ~1.2 GB of live data (BENCHMARKS.md).
// A bound below the live data stops the process ("heap out of memory"): a maintainer whose archive needs more sets
// their own in NODE_OPTIONS, which is then left to rule.

export const heapBound = (megabytes: number, environment: NodeJS.ProcessEnv = process.env): string[] =>
  environment.NODE_OPTIONS?.includes('--max-old-space-size') ? [] : [`--max-old-space-size=${megabytes}`];
