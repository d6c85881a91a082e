import { dateInterval, type DateInterval } from '../compare/date-interval.ts';
import type { Messages } from '../messages/messages.ts';
import type { EdtfDate } from '../model/edtf-date.ts';
import { placeLabels, markBox, type PlacedLabel } from './labels.ts';
import { symbolPath, type MarkRole } from './symbols.ts';
import { timeScale } from './time-scale.ts';
import { valueScale } from './value-scale.ts';

/** One figure to plot. */
export interface TimelinePoint {
  readonly id: string;
  readonly role: MarkRole;
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

/** One panel: the figures of one metric. */
export interface TimelineSeries {
  readonly id: string;
  /** Panel heading: the metric and its unit. */
  readonly title: string;
  readonly points: readonly TimelinePoint[];
  /** Dates worth marking, such as the start of the count. */
  readonly annotations?: ReadonlyArray<{ readonly instant: number; readonly label: string }>;
}

export interface Mark {
  readonly id: string;
  readonly role: MarkRole;
  readonly approx: boolean;
  readonly description: string;
  /** Where the symbol sits. */
  readonly x: number;
  readonly y: number;
  readonly symbol: string;
  /** Horizontal span of an imprecise date, when wider than the symbol. */
  readonly span: { readonly x1: number; readonly x2: number } | undefined;
  /** Vertical bar of a range. */
  readonly range: { readonly y1: number; readonly y2: number } | undefined;
  /** Arrow of an open bound, from the bound towards larger ("up") or smaller ("down") values. */
  readonly arrow: { readonly direction: 'up' | 'down'; readonly y1: number; readonly y2: number } | undefined;
  readonly label: PlacedLabel | undefined;
}

export interface Panel {
  readonly id: string;
  readonly title: string;
  /** The title broken into lines that fit the width. */
  readonly titleLines: readonly string[];
  readonly top: number;
  readonly height: number;
  readonly scale: 'log' | 'linear';
  readonly yTicks: ReadonlyArray<{ readonly y: number; readonly label: string }>;
  readonly marks: readonly Mark[];
  readonly annotations: ReadonlyArray<{ readonly x: number; readonly label: string }>;
  /** The plot area: where marks may be. */
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly xTicks: ReadonlyArray<{ readonly x: number; readonly label: string }>;
  /** Baseline of the shared x axis. */
  readonly axisY: number;
  readonly panels: readonly Panel[];
}

export interface TimelineOptions {
  readonly series: readonly TimelineSeries[];
  /** Width of the viewBox: 360 for phones, 720 for wider screens. */
  readonly width: number;
  /** Formats a y tick: compact numbers ("10K"). */
  readonly formatTick: (value: number) => string;
  /** The site's messages: the words a panel title gains (a log scale), and the locale of the date ticks. */
  readonly messages: Messages;
}

const ARROW = 26;

/**
 * The geometry of a timeline, as data: one panel per series stacked on a shared UTC time axis, each with its
 * own y scale (log when values span orders of magnitude). Rendering turns this into SVG; nothing here knows
 * about markup.
 */
export function timelineLayout({ series, width, formatTick, messages }: TimelineOptions): TimelineLayout {
  const compact = width < 500;
  const fontSize = 14;
  const margin = { left: compact ? 44 : 58, right: compact ? 10 : 20 };
  // The first panel (the claimed figure's metric) gets the room; further panels are context.
  const panelHeights = series.map((_, index) => (index === 0 ? (compact ? 200 : 230) : compact ? 120 : 140));
  const valuesOf = (entry: TimelineSeries) =>
    entry.points.flatMap((point) => [point.value, point.low, point.high]).filter(isNumber);
  const titleLines = series.map((entry) => {
    const log = valueScale(valuesOf(entry), { bottom: 1, top: 0 }).type === 'log';
    const title = log ? messages.format('chart.logScale', { title: entry.title }) : entry.title;
    return wrapText(title, (width - margin.left) / (fontSize * 0.6));
  });
  const gap = 18;
  const instants = series.flatMap((entry) => [
    ...entry.points.flatMap((point) => {
      const span = point.span ?? dateInterval(point.date);
      return [span.start, span.end];
    }),
    ...(entry.annotations ?? []).map((annotation) => annotation.instant),
  ]);
  const x = timeScale(
    instants.length ? instants : [0],
    { left: margin.left, right: width - margin.right },
    { locale: messages.locale },
  );

  let top = 0;
  const panels = series.map((entry, index): Panel => {
    const panelHeight = panelHeights[index] ?? 0;
    const lines = titleLines[index] ?? [];
    const titleHeight = lines.length * (fontSize + 4) + 10;
    const plot = {
      left: margin.left,
      right: width - margin.right,
      top: top + titleHeight + 8,
      bottom: top + titleHeight + panelHeight,
    };
    const y = valueScale(valuesOf(entry), { bottom: plot.bottom, top: plot.top });
    const ordered = [...entry.points].sort((a, b) => Number(b.role === 'claimed') - Number(a.role === 'claimed'));
    const geometry = dodge(
      ordered.map((point) => markGeometry({ point, x, y, plot })),
      plot,
    );
    const labels = placeLabels({
      requests: geometry.map((mark, index) => ({
        x: mark.x,
        y: mark.y,
        text: ordered[index]?.label ?? '',
        required: mark.role === 'claimed',
      })),
      obstacles: geometry.map((mark) => markBox(mark.x, mark.y, 8)),
      bounds: { left: 0, right: width, top: plot.top - 4, bottom: plot.bottom + 2 },
      fontSize,
    });
    const marks = geometry.map((mark, index) => ({ ...mark, label: round(labels[index]) }));
    const panel: Panel = {
      id: entry.id,
      title: entry.title,
      titleLines: lines,
      top,
      height: titleHeight + panelHeight,
      scale: y.type,
      yTicks: y.ticks(compact ? 4 : 5).map((value) => ({ y: r(y(value)), label: formatTick(value) })),
      marks: marks.sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : 1)),
      annotations: (entry.annotations ?? []).map((annotation) => ({
        x: r(x(annotation.instant)),
        label: annotation.label,
      })),
      plot,
    };
    top += titleHeight + panelHeight + gap;
    return panel;
  });
  const axisY = top - gap + 4;
  return {
    width,
    height: r(axisY + fontSize + 14),
    fontSize,
    axisY: r(axisY),
    xTicks: x.ticks().map((tick) => ({ x: r(x(tick.value)), label: tick.label })),
    panels,
  };
}

function markGeometry(options: {
  point: TimelinePoint;
  x: (instant: number) => number;
  y: (value: number) => number;
  plot: { top: number; bottom: number };
}): Omit<Mark, 'label'> {
  const { point, x, y, plot } = options;
  const span = point.span ?? dateInterval(point.date);
  const x1 = x(span.start);
  const x2 = x(span.end);
  const cx = (x1 + x2) / 2;
  const low = point.low ?? point.value;
  const high = point.high ?? point.value;
  const clamp = (pixel: number) => Math.min(plot.bottom, Math.max(plot.top, pixel));
  let cy: number;
  let range: Mark['range'];
  let arrow: Mark['arrow'];
  if (low !== undefined && high !== undefined) {
    const y1 = clamp(y(low));
    const y2 = clamp(y(high));
    range = y1 - y2 >= 2 ? { y1: r(y1), y2: r(y2) } : undefined;
    cy = point.value === undefined ? (y1 + y2) / 2 : clamp(y(point.value));
  } else if (low !== undefined) {
    cy = clamp(y(low));
    arrow = { direction: 'up', y1: r(cy), y2: r(Math.max(plot.top, cy - ARROW)) };
  } else {
    cy = clamp(y(high as number));
    arrow = { direction: 'down', y1: r(cy), y2: r(Math.min(plot.bottom, cy + ARROW)) };
  }
  return {
    id: point.id,
    role: point.role,
    approx: point.approx,
    description: point.description,
    x: r(cx),
    y: r(cy),
    symbol: symbolPath(point.role),
    span: isImprecise(point.date) && x2 - x1 >= 6 ? { x1: r(x1), x2: r(x2) } : undefined,
    range,
    arrow,
  };
}

/**
 * Marks that would cover each other (less than a symbol apart in both x and y: figures of the same date and
 * about the same value) are spread sideways, 10 px apart and centred on their date, at most 40 px in all, and
 * kept inside the plot. The date span stays where it is.
 */
function dodge(marks: Array<Omit<Mark, 'label'>>, plot: { left: number; right: number }): Array<Omit<Mark, 'label'>> {
  const order = marks.map((mark, index) => ({ mark, index })).sort((a, b) => a.mark.x - b.mark.x || a.index - b.index);
  const shifted = [...marks];
  const placed = new Set<number>();
  for (const { mark, index } of order) {
    if (placed.has(index)) continue;
    const cluster = order.filter(
      (other) =>
        !placed.has(other.index) && Math.abs(other.mark.x - mark.x) < 8 && Math.abs(other.mark.y - mark.y) < 14,
    );
    const step = Math.min(10, 40 / Math.max(1, cluster.length - 1));
    cluster.forEach((entry, position) => {
      placed.add(entry.index);
      const offset = (position - (cluster.length - 1) / 2) * step;
      const x = Math.min(plot.right, Math.max(plot.left, entry.mark.x + offset));
      if (x !== entry.mark.x) shifted[entry.index] = { ...entry.mark, x: r(x) };
    });
  }
  return shifted;
}

/** Greedy word wrap to lines of at most `maxChars` characters (a longer word gets a line of its own). */
function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
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

function isNumber(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Coordinates are rounded to a tenth of a pixel so output is stable and small. */
function r(value: number): number {
  return Math.round(value * 10) / 10;
}

function round(label: PlacedLabel | undefined): PlacedLabel | undefined {
  return label ? { ...label, x: r(label.x), y: r(label.y) } : undefined;
}
