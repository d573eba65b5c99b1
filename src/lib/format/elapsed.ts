// Durations in the build's log lines (`12.3 s`); bench/build.ts reads some of them back.

export const secondsSince = (from: number, to: number = Date.now()): string => `${((to - from) / 1000).toFixed(1)} s`;
