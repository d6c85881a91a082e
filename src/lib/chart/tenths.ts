/** A chart coordinate rounded to a tenth of a pixel, so layouts are stable across runs and their output small. */
export function tenths(value: number): number {
  return Math.round(value * 10) / 10;
}
