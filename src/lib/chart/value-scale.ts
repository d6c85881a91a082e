import { scaleLinear, scaleLog } from 'd3-scale';

/** A y scale for one panel: log when positive values span orders of magnitude, linear otherwise. */
export interface ValueScale {
  readonly type: 'log' | 'linear';
  (value: number): number;
  ticks(count: number): number[];
  readonly domain: readonly [number, number];
}

/** Positive values whose largest is at least this many times the smallest get a log scale. */
export const LOG_RATIO = 50;

/**
 * The y scale for a set of finite values, drawn from `bottom` (pixel) up to `top`. Linear scales start at zero
 * when every value is positive, so bar-like comparisons stay honest; they include zero when values change sign.
 */
export function valueScale(values: readonly number[], range: { bottom: number; top: number }): ValueScale {
  const finite = values.filter(Number.isFinite);
  const min = finite.length ? Math.min(...finite) : 0;
  const max = finite.length ? Math.max(...finite) : 1;
  if (min > 0 && max / min >= LOG_RATIO) {
    // Never below 1e-300: 10 ** -324 would be 0, and a log scale from 0 is no scale.
    const lower = 10 ** Math.max(Math.floor(Math.log10(min)), -300);
    const upper = 10 ** Math.ceil(Math.log10(max));
    const scale = scaleLog().domain([lower, upper]).range([range.bottom, range.top]);
    const log = (value: number) => scale(value);
    return Object.assign(log, {
      type: 'log' as const,
      ticks: () => powersOfTen(lower, upper),
      domain: [lower, upper] as const,
    });
  }
  const low = Math.min(0, min);
  const top = Math.max(0, max);
  const high = top === low ? low + 1 : top;
  const scale = scaleLinear().domain([low, high]).range([range.bottom, range.top]).nice(5);
  const [d0, d1] = scale.domain() as [number, number];
  const linear = (value: number) => scale(value);
  return Object.assign(linear, {
    type: 'linear' as const,
    ticks: (count: number) => scale.ticks(count),
    domain: [d0, d1] as const,
  });
}

function powersOfTen(lower: number, upper: number): number[] {
  const ticks: number[] = [];
  for (let exponent = Math.round(Math.log10(lower)); 10 ** exponent <= upper * 1.0001; exponent++) {
    ticks.push(10 ** exponent);
  }
  return ticks;
}
