import { dateInterval, type DateInterval } from '../compare/date-interval.ts';
import type { EdtfDate } from '../model/edtf-date.ts';
import { boxAround, union, type Box } from './box.ts';
import type { PlacedLabel } from './labels.ts';
import { symbolPath, symbolRadius, type MarkRole } from './symbols.ts';
import { tenths } from './tenths.ts';

/** One figure to plot. */
export interface TimelinePoint {
  readonly id: string;
  readonly role: MarkRole;
  /** The single value, or the best estimate inside a range. */
  readonly value?: number | undefined;
  readonly low?: number | undefined;
  readonly high?: number | undefined;
  readonly approx: boolean;
  readonly date: EdtfDate;
  /** The span of time the mark covers; the date's widened span when not given (a figure's `span` is clipped). */
  readonly span?: DateInterval | undefined;
  /** Short text beside the mark, e.g. "9,861". */
  readonly label: string;
  /** Full sentence for the mark's tooltip and accessible name. */
  readonly description: string;
}

/**
 * A figure as drawn, in the chart's units. What is drawn says what the source says and no more:
 * - a value on a known day is the role's symbol;
 * - a range is a bar with caps at both ends, with the symbol on it only where the source gives a best estimate;
 * - an open bound ("more than 7,000") is the symbol at the bound with an arrow running on from it;
 * - a figure dated only to a span of time is the span itself: a line with end ticks at its value, or a box
 *   when the value is a range too; no symbol in its middle suggests a day the source never gave.
 */
export interface Mark {
  readonly id: string;
  readonly role: MarkRole;
  readonly approx: boolean;
  readonly description: string;
  /** The figure's position: its symbol's centre, or the middle of its span or range. */
  readonly x: number;
  readonly y: number;
  /** The role's symbol, drawn at x, y; undefined when the figure has no single value on a known day. */
  readonly symbol: string | undefined;
  /** The date span, drawn as a line with end ticks at y (or a box's sides, with a range). */
  readonly span: { readonly x1: number; readonly x2: number } | undefined;
  /** The range, from its low end (y1, lower on screen) to its high end (y2). */
  readonly range: { readonly y1: number; readonly y2: number } | undefined;
  /** Whether y is a best estimate given inside the range (drawn as the symbol, or a line across a box). */
  readonly estimate: boolean;
  /** An open bound's arrow, clear of the symbol: from y1 (near the figure) to its tip at y2. */
  readonly arrow: { readonly direction: 'up' | 'down'; readonly y1: number; readonly y2: number } | undefined;
  /** Everything the mark covers: where a focus ring goes, and what a label sits beside. */
  readonly box: Box;
  /** The mark's label, its leader, or its numbered callout; undefined only when the chart's note says so. */
  readonly label: PlacedLabel | undefined;
}

/** Length of an open bound's arrow, clear of its symbol: long enough to read at any size. */
export const ARROW_LENGTH = 26;
/** The shortest bar a range is drawn as, so its caps stay apart. */
const MIN_RANGE = 4;
/** Half the width of a range's caps and the height of a span's end ticks. */
export const CAP = 6;
/** The dashed ring drawn around the symbol of an approximate figure: the same sign on every shape. */
export function approxRingRadius(role: MarkRole): number {
  return symbolRadius(role) + 3;
}

/**
 * What a mark draws, as boxes a label must keep clear of: the symbol; each line (bar, caps, span, end ticks, a
 * box's four sides, arrow) as a thin box of its own, so that a label may sit inside a date span's box or
 * between a bar's caps' reach without touching a line.
 */
export function markParts(mark: Omit<Mark, 'label' | 'box'>): Box[] {
  const parts: Box[] = [];
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    parts.push({
      left: Math.min(x1, x2) - STROKE,
      right: Math.max(x1, x2) + STROKE,
      top: Math.min(y1, y2) - STROKE,
      bottom: Math.max(y1, y2) + STROKE,
    });
  const { x, y, span, range, arrow } = mark;
  if (mark.symbol !== undefined) {
    parts.push(boxAround(x, y, mark.approx ? approxRingRadius(mark.role) + 1 : symbolRadius(mark.role)));
  }
  if (span && range) {
    line(span.x1, range.y2, span.x2, range.y2);
    line(span.x1, range.y1, span.x2, range.y1);
    line(span.x1, range.y2, span.x1, range.y1);
    line(span.x2, range.y2, span.x2, range.y1);
    if (mark.estimate) line(span.x1, y, span.x2, y);
  } else if (span) {
    line(span.x1, y, span.x2, y);
    line(span.x1, y - CAP, span.x1, y + CAP);
    line(span.x2, y - CAP, span.x2, y + CAP);
  } else if (range) {
    // A claimed range's tinted band is as wide as its caps and a little more.
    const half = mark.role === 'claimed' ? CAP + 2 : CAP;
    if (mark.role === 'claimed') parts.push({ left: x - half, right: x + half, top: range.y2, bottom: range.y1 });
    line(x, range.y1, x, range.y2);
    line(x - CAP, range.y1, x + CAP, range.y1);
    line(x - CAP, range.y2, x + CAP, range.y2);
  }
  if (arrow) {
    line(x, arrow.y1, x, arrow.y2);
    // The head: 5 px either side of the tip, 8 px back from it.
    const back = arrow.direction === 'up' ? arrow.y2 + 8 : arrow.y2 - 8;
    parts.push({
      left: x - 5 - STROKE,
      right: x + 5 + STROKE,
      top: Math.min(arrow.y2, back) - STROKE,
      bottom: Math.max(arrow.y2, back) + STROKE,
    });
  }
  return parts;
}

/** Half a line's stroke, and a little air. */
const STROKE = 1.5;

/** A mark's geometry before its label is placed, from its point and the panel's scales. */
export function markGeometry(options: {
  readonly point: TimelinePoint;
  readonly x: (instant: number) => number;
  readonly y: (value: number) => number;
  readonly plot: { readonly top: number; readonly bottom: number };
}): Omit<Mark, 'label' | 'box'> {
  const { point, x, y, plot } = options;
  const span = point.span ?? dateInterval(point.date);
  // Left and right edges on the page: in a right-to-left chart the period's end is left of its start.
  const x1 = Math.min(x(span.start), x(span.end));
  const x2 = Math.max(x(span.start), x(span.end));
  const spanned = isImprecise(point.date) && x2 - x1 >= 6;
  const low = point.low ?? point.value;
  const high = point.high ?? point.value;
  const clamp = (pixel: number) => Math.min(plot.bottom, Math.max(plot.top, pixel));
  let cy: number;
  let range: Mark['range'];
  let arrow: Mark['arrow'];
  let estimate = false;
  let pointLike = true;
  if (low !== undefined && high !== undefined) {
    cy = point.value === undefined ? clamp(y((low + high) / 2)) : clamp(y(point.value));
    if (high > low) {
      // A range is a range however short: a bar of at least MIN_RANGE pixels, centred on its true extent.
      const y1 = clamp(y(low));
      const y2 = clamp(y(high));
      const middle = (y1 + y2) / 2;
      const half = Math.max(y1 - y2, MIN_RANGE) / 2;
      range = { y1: tenths(middle + half), y2: tenths(middle - half) };
      estimate = point.value !== undefined;
      pointLike = estimate;
      if (point.value === undefined) cy = middle;
    }
  } else {
    cy = clamp(y((low ?? high) as number));
  }
  const symbol = !spanned && pointLike ? symbolPath(point.role) : undefined;
  if (low === undefined || high === undefined) {
    const direction = low !== undefined ? 'up' : 'down';
    const sign = direction === 'up' ? -1 : 1;
    // From just clear of the symbol (or of the span's line), on for ARROW_LENGTH.
    const start = cy + sign * (symbol === undefined ? 3 : symbolRadius(point.role) + 2);
    arrow = { direction, y1: tenths(start), y2: tenths(start + sign * ARROW_LENGTH) };
  }
  return {
    id: point.id,
    role: point.role,
    approx: point.approx,
    description: point.description,
    x: tenths((x1 + x2) / 2),
    y: tenths(cy),
    symbol,
    span: spanned ? { x1: tenths(x1), x2: tenths(x2) } : undefined,
    range,
    estimate,
    arrow,
  };
}

/** The mark's whole footprint. */
export function markBox(mark: Omit<Mark, 'label' | 'box'>): Box {
  const parts = markParts(mark);
  return parts.length ? union(parts) : boxAround(mark.x, mark.y, 4);
}

/** A date that is not one known day: an interval, a month or year, or a hedged day. */
function isImprecise(date: EdtfDate): boolean {
  const { start, end } = date;
  return (
    date.isInterval ||
    start.precision !== 'day' ||
    start.approximate ||
    start.uncertain ||
    end.approximate ||
    end.uncertain
  );
}
