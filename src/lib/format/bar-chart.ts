// The geometry of a server-rendered bar chart (SVG user units), right to left: the first value's bar is at the
// right, as Arabic text runs, so time flows from right (oldest) to left (newest).

export interface ChartValue {
  value: number;
  /** A label under the bar's axis position (a year at its first month), or none. */
  tick?: string | undefined;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The y of the axis line. */
  baseline: number;
  /** The y of the largest value's top, where the scale's label goes. */
  top: number;
  max: number;
  bars: { x: number; y: number; width: number; height: number }[];
  /** `minor`: every other label, left out where the chart is drawn small (a phone) so the rest stay legible. */
  ticks: { x: number; label: string; minor: boolean }[];
}

/** Most year labels under a chart, so that they never overlap. */
const MOST_YEAR_LABELS = 16;

/** Label every n-th year of a span of `years` years. */
export const yearLabelStep = (years: number): number => Math.max(1, Math.ceil(years / MOST_YEAR_LABELS));

export const CHART_WIDTH = 640;
const CHART_HEIGHT = 180;
const TOP_MARGIN = 18;
/** A chart of a few years keeps bars of a readable width instead of filling the width with slabs. */
const MOST_BAR_WIDTH = 48;
const AXIS_MARGIN = 22;

export function layoutBarChart(values: readonly ChartValue[]): ChartLayout {
  const baseline = CHART_HEIGHT - AXIS_MARGIN;
  const plotHeight = baseline - TOP_MARGIN;
  const max = Math.max(0, ...values.map(({ value }) => value));
  const slot = CHART_WIDTH / Math.max(values.length, 1);
  // A gap between bars where they are wide enough to show one; a month-per-bar chart of decades has none.
  const barWidth = Math.min(slot >= 4 ? slot * 0.8 : slot, MOST_BAR_WIDTH);
  const round = (n: number) => Math.round(n * 100) / 100;
  const bars = values.map(({ value }, index) => {
    const height = max === 0 ? 0 : (value / max) * plotHeight;
    const right = CHART_WIDTH - index * slot;
    return { x: round(right - (slot + barWidth) / 2), y: round(baseline - height), width: round(barWidth), height: round(height) };
  });
  const ticks = values
    .flatMap(({ tick }, index) => (tick === undefined ? [] : [{ x: round(CHART_WIDTH - (index + 0.5) * slot), label: tick }]))
    .map((tick, index) => ({ ...tick, minor: index % 2 === 1 }));
  return { width: CHART_WIDTH, height: CHART_HEIGHT, baseline, top: TOP_MARGIN, max, bars, ticks };
}
