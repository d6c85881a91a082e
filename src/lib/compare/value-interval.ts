import type { FigureValue } from '../format/number.ts';

/** The values a figure allows: closed bounds, or ±Infinity where the text gives no bound. */
export interface ValueInterval {
  readonly low: number;
  readonly high: number;
}

/**
 * How far an approximate figure ("roughly", "about", "almost") is widened on each side: 10 % of each
 * bound's magnitude. "About 500" allows 450–550; "roughly 7,000 to 15,000" allows 6,300–16,500.
 */
export const APPROX_TOLERANCE = 0.1;

/**
 * The interval a figure states. Bounds come from `low`/`high`; a side without a bound falls back to `value`,
 * and is open (±Infinity) when there is no value either: "more than 7,000" is [7,000, ∞), "up to 40,000" is
 * (−∞, 40,000], "1,351" is [1,351, 1,351].
 */
export function valueInterval(figure: FigureValue): ValueInterval {
  const low = figure.low ?? figure.value ?? Number.NEGATIVE_INFINITY;
  const high = figure.high ?? figure.value ?? Number.POSITIVE_INFINITY;
  if (!figure.approx) return { low, high };
  return { low: low - Math.abs(low) * APPROX_TOLERANCE, high: high + Math.abs(high) * APPROX_TOLERANCE };
}

export function intervalsOverlap(a: ValueInterval, b: ValueInterval): boolean {
  return a.low <= b.high && b.low <= a.high;
}
