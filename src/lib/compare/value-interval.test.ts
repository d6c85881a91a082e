import { describe, expect, it } from 'vitest';
import { APPROX_TOLERANCE, intervalsOverlap, isAbove, sideOf, valueInterval } from './value-interval.ts';

describe('valueInterval', () => {
  it('makes an exact value a single point', () => {
    expect(valueInterval({ value: 1351 })).toEqual({ low: 1351, high: 1351 });
  });

  it('takes a range from its low and high', () => {
    expect(valueInterval({ low: 7000, high: 15000 })).toEqual({ low: 7000, high: 15000 });
  });

  it('prefers the stated bounds to the best estimate', () => {
    expect(valueInterval({ value: 12000, low: 10000, high: 15000 })).toEqual({ low: 10000, high: 15000 });
  });

  it('reads "more than" (low only) as open above: [low, +∞)', () => {
    expect(valueInterval({ low: 7000 })).toEqual({ low: 7000, high: Number.POSITIVE_INFINITY });
  });

  it('reads "up to" (high only) as open below: (−∞, high]', () => {
    expect(valueInterval({ high: 40000 })).toEqual({ low: Number.NEGATIVE_INFINITY, high: 40000 });
  });

  it('falls back to the value on the side without a bound', () => {
    expect(valueInterval({ value: 9000, low: 7000 })).toEqual({ low: 7000, high: 9000 });
    expect(valueInterval({ value: 9000, high: 15000 })).toEqual({ low: 9000, high: 15000 });
  });

  it('has a tolerance of 10%', () => {
    expect(APPROX_TOLERANCE).toBe(0.1);
  });

  it('widens an approximate value by 10% on each side: "about 500" is 450–550', () => {
    const { low, high } = valueInterval({ value: 500, approx: true });
    expect(low).toBeCloseTo(450, 9);
    expect(high).toBeCloseTo(550, 9);
  });

  it('widens each bound of an approximate range by 10% of its own magnitude: 6,300–16,500', () => {
    const { low, high } = valueInterval({ low: 7000, high: 15000, approx: true });
    expect(low).toBeCloseTo(6300, 9);
    expect(high).toBeCloseTo(16500, 9);
  });

  it('keeps the open side of an approximate "more than" open', () => {
    const { low, high } = valueInterval({ low: 900000, approx: true });
    expect(low).toBeCloseTo(810000, 6);
    expect(high).toBe(Number.POSITIVE_INFINITY);
  });

  it('widens negative values outward: "about −10 to −5" is −11 to −4.5', () => {
    const { low, high } = valueInterval({ low: -10, high: -5, approx: true });
    expect(low).toBeCloseTo(-11, 9);
    expect(high).toBeCloseTo(-4.5, 9);
    expect(low).toBeLessThan(-10);
    expect(high).toBeGreaterThan(-5);
  });

  it('widens a range that crosses zero outward on both sides', () => {
    const { low, high } = valueInterval({ low: -3.5, high: 2.25, approx: true });
    expect(low).toBeCloseTo(-3.85, 9);
    expect(high).toBeCloseTo(2.475, 9);
  });

  it('does not widen a value that is not approximate', () => {
    expect(valueInterval({ value: 500, approx: false })).toEqual({ low: 500, high: 500 });
  });
});

describe('intervalsOverlap', () => {
  it('finds overlapping ranges', () => {
    expect(intervalsOverlap({ low: 7000, high: 15000 }, { low: 9861, high: 9861 })).toBe(true);
  });

  it('counts touching ends as overlapping (both ends are inclusive)', () => {
    expect(intervalsOverlap({ low: 1, high: 5 }, { low: 5, high: 9 })).toBe(true);
  });

  it('is symmetric and finds disjoint intervals on either side', () => {
    const a = { low: 1351, high: 1351 };
    const b = { low: 7000, high: 15000 };
    expect(intervalsOverlap(a, b)).toBe(false);
    expect(intervalsOverlap(b, a)).toBe(false);
  });

  it('lets an approximate value reach a figure it would miss exactly', () => {
    expect(intervalsOverlap(valueInterval({ value: 500 }), valueInterval({ value: 540 }))).toBe(false);
    expect(intervalsOverlap(valueInterval({ value: 500, approx: true }), valueInterval({ value: 540 }))).toBe(true);
  });

  it('lets an open bound overlap everything on its open side', () => {
    expect(intervalsOverlap(valueInterval({ low: 7000 }), valueInterval({ value: 1e9 }))).toBe(true);
    expect(intervalsOverlap(valueInterval({ low: 7000 }), valueInterval({ value: 6999 }))).toBe(false);
    expect(intervalsOverlap(valueInterval({ high: 40000 }), valueInterval({ value: -1e9 }))).toBe(true);
  });
});

describe('strict bounds', () => {
  it('exclude the bound itself: 100 does not lie within "less than 100", but does within "up to 100"', () => {
    const lessThan = valueInterval({ high: 100, bound: 'strict' });
    const upTo = valueInterval({ high: 100, bound: 'inclusive' });
    const hundred = valueInterval({ value: 100 });
    expect(intervalsOverlap(hundred, lessThan)).toBe(false);
    expect(isAbove(hundred, lessThan)).toBe(true);
    expect(intervalsOverlap(hundred, upTo)).toBe(true);
    expect(intervalsOverlap(hundred, valueInterval({ high: 100 }))).toBe(true);
  });

  it('make "more than 7,000" and "less than 7,000" disjoint, and "at least" and "at most" meet', () => {
    const moreThan = valueInterval({ low: 7000, bound: 'strict' });
    const lessThan = valueInterval({ high: 7000, bound: 'strict' });
    expect(isAbove(moreThan, lessThan)).toBe(true);
    expect(intervalsOverlap(valueInterval({ low: 7000, bound: 'inclusive' }), valueInterval({ high: 7000 }))).toBe(
      true,
    );
  });

  it('leave the best estimate of a range closed', () => {
    expect(valueInterval({ value: 12, low: 10, high: 15, bound: 'strict' })).toEqual({
      low: 10,
      high: 15,
      lowOpen: true,
      highOpen: true,
    });
    expect(valueInterval({ value: 12, bound: 'strict' })).toEqual({ low: 12, high: 12 });
  });
});

describe('sideOf', () => {
  it('says whether one value lies wholly above or below another, and nothing when they share a value', () => {
    const exact = valueInterval({ value: 1351 });
    const range = valueInterval({ low: 7000, high: 15000 });
    expect(sideOf(exact, range)).toBe('below');
    expect(sideOf(range, exact)).toBe('above');
    expect(sideOf(valueInterval({ value: 9861 }), range)).toBeUndefined();
  });

  it('counts a value equal to a strict bound as outside it', () => {
    expect(sideOf(valueInterval({ value: 7000 }), valueInterval({ low: 7000, bound: 'strict' }))).toBe('below');
  });
});
