// Durations in the build's log lines (`12.3 s`).

export const secondsSince = (from: number, to: number = Date.now()): string => `${((to - from) / 1000).toFixed(1)} s`;
