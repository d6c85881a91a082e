import { describe, expect, it } from 'vitest';
import { LOG_RATIO, valueScale } from './value-scale.ts';

const range = { bottom: 200, top: 0 };

describe('valueScale', () => {
  it('chooses log for positive values that span orders of magnitude: 498 to 900,000', () => {
    expect(900000 / 498).toBeGreaterThanOrEqual(LOG_RATIO);
    const scale = valueScale([498, 1351, 9861, 15000, 250000, 900000], range);
    expect(scale.type).toBe('log');
    expect(scale.domain).toEqual([100, 1_000_000]);
  });

  it('chooses log from a ratio of exactly LOG_RATIO, and linear just below it', () => {
    expect(valueScale([10, 10 * LOG_RATIO], range).type).toBe('log');
    expect(valueScale([10, 10 * LOG_RATIO - 1], range).type).toBe('linear');
  });

  it('puts log ticks on powers of ten, from the domain’s lower end to its upper end', () => {
    const scale = valueScale([498, 900000], range);
    expect(scale.ticks(5)).toEqual([100, 1000, 10000, 100000, 1000000]);
    for (const tick of scale.ticks(5)) expect(Number.isInteger(Math.log10(tick))).toBe(true);
  });

  it('puts log ticks on powers of ten below one too', () => {
    const scale = valueScale([0.02, 5], range);
    expect(scale.type).toBe('log');
    expect(scale.ticks(5)).toEqual([0.01, 0.1, 1, 10]);
  });

  it('maps a log domain onto the range, the lower end at the bottom', () => {
    const scale = valueScale([498, 900000], range);
    expect(scale(100)).toBeCloseTo(200, 9);
    expect(scale(1_000_000)).toBeCloseTo(0, 9);
    expect(scale(10_000)).toBeCloseTo(100, 9);
  });

  it('chooses linear when a value is zero, however wide the spread', () => {
    const scale = valueScale([0, 900000], range);
    expect(scale.type).toBe('linear');
    expect(scale.domain[0]).toBe(0);
  });

  it('chooses linear for negative values, and includes zero', () => {
    const scale = valueScale([-3.5, -1], range);
    expect(scale.type).toBe('linear');
    expect(scale.domain[0]).toBeLessThanOrEqual(-3.5);
    expect(scale.domain[1]).toBeGreaterThanOrEqual(0);
  });

  it('chooses linear for values that change sign, and includes zero and both ends', () => {
    const scale = valueScale([-3.5, 0, 2.25, 7.75], range);
    expect(scale.type).toBe('linear');
    expect(scale.domain[0]).toBeLessThanOrEqual(-3.5);
    expect(scale.domain[1]).toBeGreaterThanOrEqual(7.75);
    expect(scale.ticks(5)).toContain(0);
  });

  it('chooses linear for decimals close together, starting at zero', () => {
    const scale = valueScale([2.25, 7.75], range);
    expect(scale.type).toBe('linear');
    expect(scale.domain).toEqual([0, 8]);
  });

  it('chooses linear for percentages from 0 to 100', () => {
    const scale = valueScale([0, 12.5, 40, 100], range);
    expect(scale.type).toBe('linear');
    expect(scale.domain).toEqual([0, 100]);
    expect(scale.ticks(5)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('starts a linear scale of positive values at zero', () => {
    const scale = valueScale([7000, 15000], range);
    expect(scale.type).toBe('linear');
    expect(scale.domain[0]).toBe(0);
    expect(scale(0)).toBe(200);
  });

  it('gives linear ticks inside the domain, at most a few more than asked', () => {
    const scale = valueScale([7000, 15000], range);
    const ticks = scale.ticks(4);
    expect(ticks.length).toBeLessThanOrEqual(6);
    for (const tick of ticks) {
      expect(tick).toBeGreaterThanOrEqual(scale.domain[0]);
      expect(tick).toBeLessThanOrEqual(scale.domain[1]);
    }
  });

  it('ignores infinite bounds, and gives a unit domain when nothing is finite', () => {
    expect(valueScale([7000, Number.POSITIVE_INFINITY], range).domain).toEqual([0, 7000]);
    expect(valueScale([], range).type).toBe('linear');
    expect(valueScale([], range).domain).toEqual([0, 1]);
    expect(valueScale([0], range).domain).toEqual([0, 1]);
  });
});
