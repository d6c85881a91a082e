// The time axis's labels, chosen and placed for the width: pure, from the time scale and an estimate of each
// label's width.
import { textWidth } from './text-width.ts';
import type { TimeScale } from './time-scale.ts';
import { tenths } from './tenths.ts';

/** One date label of the axis: at its tick, centred, or starting or ending there (visual edges). */
export interface AxisLabel {
  readonly x: number;
  readonly label: string;
  readonly anchor: 'start' | 'middle' | 'end';
}

const DAY = 86_400_000;

/**
 * The time axis's labels: the densest set of calendar ticks whose labels fit side by side (the time scale's
 * choice), each centred on its tick, or starting or ending there where centring would run past the chart's edge.
 * When the ticks are years and the axis begins inside a year, that year is named at the axis's start too, so a
 * reader of a chart that opens in March 2022 sees "2022" before "2023".
 */
export function axisLabels(
  x: TimeScale,
  bounds: { left: number; right: number; rtl: boolean },
  fontSize: number,
): AxisLabel[] {
  const place = (at: number, label: string) => {
    const width = textWidth(label, fontSize, 'regular');
    const anchor: 'start' | 'middle' | 'end' =
      at - width / 2 < bounds.left ? 'start' : at + width / 2 > bounds.right ? 'end' : 'middle';
    const left = anchor === 'start' ? at : anchor === 'end' ? at - width : at - width / 2;
    return { x: tenths(at), label, anchor, left, right: left + width };
  };
  const apart = (unsorted: ReadonlyArray<{ left: number; right: number }>) => {
    const labels = [...unsorted].sort((a, b) => a.left - b.left);
    return labels.every((label, index) => index === 0 || (labels[index - 1]?.right ?? 0) + 10 <= label.left);
  };
  const ticks = x.ticks((candidate) => apart(candidate.map((tick) => place(x(tick.value), tick.label))));
  const placed = ticks.map((tick) => place(x(tick.value), tick.label));
  const [first] = ticks;
  const startYear = new Date(x.domain[0]).getUTCFullYear();
  const yearly = ticks.every((tick) => {
    const date = new Date(tick.value);
    return date.getUTCMonth() === 0 && date.getUTCDate() === 1 && tick.value % DAY === 0;
  });
  if (first && yearly && new Date(first.value).getUTCFullYear() > startYear) {
    // At the axis's start, reading inwards: its left edge there, or right to left, its right edge.
    const label = x.year(x.domain[0]);
    const width = textWidth(label, fontSize, 'regular');
    const at = tenths(x(x.domain[0]));
    const lead = bounds.rtl
      ? { x: at, label, anchor: 'end' as const, left: at - width, right: at }
      : { x: at, label, anchor: 'start' as const, left: at, right: at + width };
    if (apart([lead, ...placed])) placed.unshift(lead);
  }
  return placed.map(({ x: at, label, anchor }) => ({ x: at, label, anchor }));
}
