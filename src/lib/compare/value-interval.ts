import type { FigureValue } from '../format/number.ts';

/**
 * The values a figure allows: its bounds, or ±Infinity where the text gives no bound. A strict bound ("more than",
 * "less than") is open: the bound itself is not allowed.
 */
export interface ValueInterval {
  readonly low: number;
  readonly high: number;
  /** True when `low` itself is excluded ("more than 100"). */
  readonly lowOpen?: boolean;
  /** True when `high` itself is excluded ("less than 100"). */
  readonly highOpen?: boolean;
}

/**
 * How far an approximate figure ("roughly", "about", "almost") is widened on each side: 10 % of each
 * bound's magnitude. "About 500" allows 450–550; "roughly 7,000 to 15,000" allows 6,300–16,500.
 */
export const APPROX_TOLERANCE = 0.1;

/**
 * The interval a figure states. Bounds come from `low`/`high`; a side without a bound falls back to `value`,
 * and is open-ended (±Infinity) when there is no value either: "more than 7,000" is [7,000, ∞), "up to 40,000" is
 * (−∞, 40,000], "1,351" is [1,351, 1,351]. With `bound: strict`, the bounds `low` and `high` are themselves excluded:
 * "less than 100" is (−∞, 100).
 */
export function valueInterval(figure: FigureValue): ValueInterval {
  const low = figure.low ?? figure.value ?? Number.NEGATIVE_INFINITY;
  const high = figure.high ?? figure.value ?? Number.POSITIVE_INFINITY;
  const strict = figure.bound === 'strict';
  const open = {
    ...(strict && figure.low !== undefined ? { lowOpen: true } : {}),
    ...(strict && figure.high !== undefined ? { highOpen: true } : {}),
  };
  if (!figure.approx) return { low, high, ...open };
  return {
    low: low - Math.abs(low) * APPROX_TOLERANCE,
    high: high + Math.abs(high) * APPROX_TOLERANCE,
    ...open,
  };
}

/** Whether every value `a` allows is above every value `b` allows. */
export function isAbove(a: ValueInterval, b: ValueInterval): boolean {
  return a.low > b.high || (a.low === b.high && (a.lowOpen === true || b.highOpen === true));
}

/** Where `a` sits relative to `b`: wholly above, wholly below, or undefined when they share a value. */
export function sideOf(a: ValueInterval, b: ValueInterval): 'above' | 'below' | undefined {
  if (isAbove(a, b)) return 'above';
  if (isAbove(b, a)) return 'below';
  return undefined;
}

/** Whether the two intervals share a value. */
export function intervalsOverlap(a: ValueInterval, b: ValueInterval): boolean {
  return !isAbove(a, b) && !isAbove(b, a);
}
