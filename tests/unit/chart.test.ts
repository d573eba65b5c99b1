import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, layoutBarChart, yearLabelStep } from '../../src/lib/format/bar-chart.ts';

describe('bar chart layout', () => {
  const layout = layoutBarChart([{ value: 10, tick: '2017' }, { value: 0 }, { value: 5, tick: '2019' }, { value: 20 }]);

  it('draws the first value at the right, as Arabic reads, and the last at the left', () => {
    const [first, , , last] = layout.bars;
    expect(first!.x).toBeGreaterThan(last!.x);
    expect(first!.x + first!.width).toBeLessThanOrEqual(CHART_WIDTH);
    expect(last!.x).toBeGreaterThanOrEqual(0);
  });

  it('makes heights proportional to the values, on one baseline, the largest reaching the top', () => {
    const heights = layout.bars.map((bar) => bar.height);
    expect(heights[3]).toBeCloseTo(layout.baseline - layout.top);
    expect(heights[0]).toBeCloseTo(heights[3]! / 2);
    expect(heights[1]).toBe(0);
    for (const bar of layout.bars) expect(bar.y + bar.height).toBeCloseTo(layout.baseline);
    expect(layout.max).toBe(20);
  });

  it('puts each label under the middle of its bar', () => {
    expect(layout.ticks.map((tick) => tick.label)).toEqual(['2017', '2019']);
    // Every other label is minor: a phone draws only the others.
    expect(layout.ticks.map((tick) => tick.minor)).toEqual([false, true]);
    const third = layout.bars[2]!;
    expect(layout.ticks[1]!.x).toBeCloseTo(third.x + third.width / 2);
  });

  it('keeps the bars of a short span narrow, centred in their places', () => {
    const [right, left] = layoutBarChart([{ value: 1 }, { value: 2 }]).bars;
    expect(right!.width).toBeLessThanOrEqual(48);
    expect(right!.x + right!.width / 2).toBeCloseTo(CHART_WIDTH * 0.75);
    expect(left!.x + left!.width / 2).toBeCloseTo(CHART_WIDTH * 0.25);
  });

  it('draws no bar above the baseline when every value is zero, and labels at most 16 years', () => {
    expect(layoutBarChart([{ value: 0 }, { value: 0 }]).bars.every((bar) => bar.height === 0)).toBe(true);
    expect(yearLabelStep(3)).toBe(1);
    expect(yearLabelStep(16)).toBe(1);
    expect(yearLabelStep(17)).toBe(2);
    expect(yearLabelStep(40)).toBe(3);
  });
});
