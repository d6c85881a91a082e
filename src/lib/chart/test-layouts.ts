// Helpers of the chart layout's tests (timeline-layout.test.ts, label-placement.test.ts): figures written as a
// reader says them, and every overlap in a layout, worked out from the marks' fields independently of the layout's
// own obstacle boxes.
import { expect } from 'vitest';
import { formatCompactNumber } from '../format/compact-number.ts';
import { formatFigureValue } from '../format/number.ts';
import { createMessages } from '../messages/messages.ts';
import { edtfDate } from '../model/edtf-date.ts';
import type { PlacedLabel } from './labels.ts';
import type { MarkRole } from './symbols.ts';
import {
  timelineLayout,
  type Mark,
  type TimelineLayout,
  type TimelinePoint,
  type TimelineSeries,
} from './timeline-layout.ts';

export const WIDTHS = [360, 720] as const;
export const FONT_SIZE = 14;
export const formatTick = (value: number) => formatCompactNumber(value, { locale: 'en-GB' });
export const messages = createMessages({ locale: 'en-GB' });
export const layoutOf = (series: readonly TimelineSeries[], width: number) =>
  timelineLayout({ series, width, formatTick, messages });

/** One figure to plot; the label is the figure as a reader says it. */
export function point(
  id: string,
  fields: { asOf: string; role?: MarkRole; value?: number; low?: number; high?: number; approx?: boolean },
): TimelinePoint {
  const { asOf, role = 'figure', value, low, high, approx = false } = fields;
  const label = formatFigureValue({ value, low, high, approx }, { messages: createMessages({ locale: 'en-GB' }) });
  return { id, role, value, low, high, approx, date: edtfDate(asOf), label, description: `${label}, ${asOf}` };
}

export const series = (id: string, points: readonly TimelinePoint[]): TimelineSeries[] => [
  { id, title: `${id} (people)`, points },
];

export const isoDay = (instant: number) => new Date(instant).toISOString().slice(0, 10);
export const DAY = 86_400_000;

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * What a label covers: its box as laid out, checked against a floor of its own (0.55 em a character, the
 * narrowest a label's digits and letters are set in any common font) so that a box too small for its text fails.
 */
export function labelBox(label: PlacedLabel): Box {
  const floor = label.kind === 'callout' ? FONT_SIZE : label.text.length * FONT_SIZE * 0.55;
  expect(label.box.right - label.box.left, label.text).toBeGreaterThanOrEqual(floor);
  expect(label.box.bottom - label.box.top, label.text).toBeGreaterThanOrEqual(FONT_SIZE);
  return label.box;
}

/**
 * What a mark draws, worked out here from its fields: the symbol (its path's extent), the capped bar, the span
 * with its end ticks or the box, the arrow with its head.
 */
export function drawnParts(mark: Mark): Box[] {
  const parts: Box[] = [];
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    parts.push({
      left: Math.min(x1, x2) - 1,
      right: Math.max(x1, x2) + 1,
      top: Math.min(y1, y2) - 1,
      bottom: Math.max(y1, y2) + 1,
    });
  if (mark.symbol !== undefined) {
    const extent = Math.max(...(mark.symbol.match(/-?\d*\.?\d+/g) ?? []).map((n) => Math.abs(Number(n))));
    parts.push(around(mark.x, mark.y, extent + 1));
  }
  const { span, range, arrow } = mark;
  if (span && range) {
    for (const y of [range.y1, range.y2]) line(span.x1, y, span.x2, y);
    for (const x of [span.x1, span.x2]) line(x, range.y1, x, range.y2);
  } else if (span) {
    line(span.x1, mark.y, span.x2, mark.y);
    for (const x of [span.x1, span.x2]) line(x, mark.y - 6, x, mark.y + 6);
  } else if (range) {
    line(mark.x, range.y1, mark.x, range.y2);
    for (const y of [range.y1, range.y2]) line(mark.x - 6, y, mark.x + 6, y);
  }
  if (arrow) {
    // The shaft, and the head: 5 px either side of the tip, 8 px back from it.
    line(mark.x, arrow.y1, mark.x, arrow.y2);
    const back = arrow.direction === 'up' ? arrow.y2 + 8 : arrow.y2 - 8;
    parts.push({
      left: mark.x - 5,
      right: mark.x + 5,
      top: Math.min(arrow.y2, back),
      bottom: Math.max(arrow.y2, back),
    });
  }
  return parts;
}

export const around = (x: number, y: number, r: number): Box => ({
  left: x - r,
  right: x + r,
  top: y - r,
  bottom: y + r,
});

/** Whether a line passes through a box, tested at every half pixel along it. */
export function crosses(line: { x1: number; y1: number; x2: number; y2: number }, box: Box): boolean {
  const steps = Math.ceil(Math.hypot(line.x2 - line.x1, line.y2 - line.y1) * 2);
  return Array.from({ length: steps + 1 }, (_, i) => i / Math.max(1, steps)).some((t) => {
    const x = line.x1 + (line.x2 - line.x1) * t;
    const y = line.y1 + (line.y2 - line.y1) * t;
    return x > box.left + 0.05 && x < box.right - 0.05 && y > box.top + 0.05 && y < box.bottom - 0.05;
  });
}

/** Every overlap in a layout between a label and another label, any mark's drawing, a leader or a tick label. */
export function collisions(layout: TimelineLayout): string[] {
  const found: string[] = [];
  for (const panel of layout.panels) {
    const labels = panel.marks.flatMap((mark) => (mark.label ? [{ mark, box: labelBox(mark.label) }] : []));
    const ticks = panel.yTicks.map((tick) => ({
      label: tick.label,
      // Beside the plot: on its left, or right to left, on its right.
      box:
        layout.direction === 'rtl'
          ? {
              left: panel.plot.right + 6,
              right: panel.plot.right + 6 + tick.label.length * FONT_SIZE * 0.55,
              top: tick.y - 5,
              bottom: tick.y + 5,
            }
          : {
              left: panel.plot.left - 6 - tick.label.length * FONT_SIZE * 0.55,
              right: panel.plot.left - 6,
              top: tick.y - 5,
              bottom: tick.y + 5,
            },
    }));
    for (const [index, a] of labels.entries()) {
      for (const b of labels.slice(index + 1))
        if (overlap(a.box, b.box)) found.push(`label ${a.mark.id} × label ${b.mark.id}`);
      for (const mark of panel.marks) {
        for (const part of drawnParts(mark))
          if (overlap(a.box, part)) found.push(`label ${a.mark.id} × mark ${mark.id}`);
        const leader = mark.label?.leader;
        if (leader && mark !== a.mark && crosses(leader, a.box)) found.push(`label ${a.mark.id} × leader ${mark.id}`);
        // A leader stays clear of other marks, but for the last resort: a callout, or the claimed figure's label,
        // set far off because nothing near was free, whose leader may cross marks (never a label).
        const farOff = leader && Math.hypot(leader.x2 - leader.x1, leader.y2 - leader.y1) > 130;
        if (leader && mark !== a.mark && !farOff && mark.label?.kind === 'label') {
          for (const part of drawnParts(a.mark))
            if (crosses(leader, part)) found.push(`leader ${mark.id} × mark ${a.mark.id}`);
        }
      }
      for (const tick of ticks) if (overlap(a.box, tick.box)) found.push(`label ${a.mark.id} × tick ${tick.label}`);
      if (a.box.left < 0 || a.box.right > layout.width) found.push(`label ${a.mark.id} off the chart`);
    }
  }
  return found;
}

/** Overlap by more than rounding to a tenth of a pixel could cause. */
export function overlap(a: Box, b: Box): boolean {
  const e = 0.05;
  return a.left < b.right - e && b.left < a.right - e && a.top < b.bottom - e && b.top < a.bottom - e;
}
