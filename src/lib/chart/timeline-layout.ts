import { dateInterval } from '../compare/date-interval.ts';
import type { Messages } from '../messages/messages.ts';
import { markBox, markGeometry, type Mark, type TimelinePoint } from './mark-geometry.ts';
import { placePanelLabels } from './panel-labels.ts';
import { axisLabels, type AxisLabel } from './time-axis.ts';
import { timeScale, type TimeScale } from './time-scale.ts';
import { valueScale } from './value-scale.ts';
import { tenths } from './tenths.ts';

export type { Mark, TimelinePoint } from './mark-geometry.ts';

/** One panel: the figures of one metric. */
export interface TimelineSeries {
  readonly id: string;
  /** Panel heading: the metric and its unit. */
  readonly title: string;
  readonly points: readonly TimelinePoint[];
  /** Dates worth marking, such as the start of the count. */
  readonly annotations?: ReadonlyArray<{ readonly instant: number; readonly label: string }>;
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
  /**
   * The direction of the site's language. Right to left, time runs from right to left and the y ticks stand on
   * the right; positions and anchors here are always visual (`start` is a label's left edge), and the SVG writer
   * turns them into the text-anchor of a right-to-left text.
   */
  readonly direction: 'ltr' | 'rtl';
  /** The time axis's labels: centred on their tick, or starting at the plot's edge when one would run past it. */
  readonly xTicks: readonly AxisLabel[];
  /** Baseline of the shared x axis. */
  readonly axisY: number;
  readonly panels: readonly Panel[];
  /** The marks that carry a number instead of their label, in that order: the key under the chart lists them. */
  readonly callouts: ReadonlyArray<{ readonly number: number; readonly text: string; readonly markId: string }>;
  /** How many marks found no room even for a numbered callout: the chart's note says so. */
  readonly unlabelled: number;
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

/**
 * The geometry of a timeline, as data: one panel per series stacked on a shared UTC time axis, each with its
 * own y scale (log when values span orders of magnitude), every mark labelled clear of every other label,
 * line and tick (placeLabels). Rendering turns this into SVG; nothing here knows about markup.
 */
export function timelineLayout({ series, width, formatTick, messages }: TimelineOptions): TimelineLayout {
  const compact = width < 500;
  const fontSize = 14;
  const rtl = messages.direction === 'rtl';
  // The y ticks' column and the far side; right to left, the column is on the right.
  const margin = { ticks: compact ? 44 : 58, far: compact ? 10 : 20 };
  const plotLeft = rtl ? margin.far : margin.ticks;
  const plotRight = width - (rtl ? margin.ticks : margin.far);
  // The first panel (the claimed figure's metric) gets the room; further panels are context.
  const panelHeights = series.map((_, index) => (index === 0 ? (compact ? 200 : 230) : compact ? 120 : 140));
  const valuesOf = (entry: TimelineSeries) =>
    entry.points.flatMap((point) => [point.value, point.low, point.high]).filter(isNumber);
  const titleLines = series.map((entry) => {
    const log = valueScale(valuesOf(entry), { bottom: 1, top: 0 }).type === 'log';
    const title = log ? messages.format('chart.logScale', { title: entry.title }) : entry.title;
    return wrapText(title, (width - margin.ticks) / (fontSize * 0.6));
  });
  const gap = 18;
  const instants = series.flatMap((entry) => [
    ...entry.points.flatMap((point) => {
      const span = point.span ?? dateInterval(point.date);
      return [span.start, span.end];
    }),
    ...(entry.annotations ?? []).map((annotation) => annotation.instant),
  ]);
  const forward = timeScale(
    instants.length ? instants : [0],
    { left: plotLeft, right: plotRight },
    { locale: messages.locale },
  );
  // Right to left, the same scale mirrored: the earliest date on the right.
  const x: TimeScale = rtl
    ? Object.assign((instant: number) => plotLeft + plotRight - forward(instant), {
        domain: forward.domain,
        ticks: forward.ticks,
        year: forward.year,
      })
    : forward;

  let top = 0;
  const panels = series.map((entry, index): Panel => {
    const panelHeight = panelHeights[index] ?? 0;
    const lines = titleLines[index] ?? [];
    const titleHeight = lines.length * (fontSize + 4) + 10;
    const plot = {
      left: plotLeft,
      right: plotRight,
      top: top + titleHeight + 8,
      bottom: top + titleHeight + panelHeight,
    };
    const values = valuesOf(entry);
    const y = valueScale([...values, ...arrowRoom(entry.points, values)], { bottom: plot.bottom, top: plot.top });
    const yTicks = y.ticks(compact ? 4 : 5).map((value) => ({ y: tenths(y(value)), label: formatTick(value) }));
    const geometry = dodge(
      entry.points.map((point) => markGeometry({ point, x, y, plot })),
      plot,
    );
    const annotations = (entry.annotations ?? []).map((annotation) => ({
      x: tenths(x(annotation.instant)),
      label: annotation.label,
    }));
    const labels = placePanelLabels({
      points: entry.points,
      geometry,
      yTicks,
      annotations,
      plot,
      width,
      fontSize,
      rtl,
    });
    const marks: Mark[] = geometry.map((mark, index) => ({ ...mark, box: markBox(mark), label: labels[index] }));
    const panel: Panel = {
      id: entry.id,
      title: entry.title,
      titleLines: lines,
      top,
      height: titleHeight + panelHeight,
      scale: y.type,
      yTicks,
      // In date order: left to right, or right to left.
      marks: marks.sort((a, b) => (rtl ? b.x - a.x : a.x - b.x) || (a.id < b.id ? -1 : 1)),
      annotations,
      plot,
    };
    top += titleHeight + panelHeight + gap;
    return panel;
  });
  // The time axis's labels start 8 px below the last plot, clear of its lowest y tick's label, so a date label
  // may stand under the y ticks' column.
  const axisY = top - gap + 8;
  const numbered = numberCallouts(panels, new Intl.NumberFormat(messages.locale));
  return {
    width,
    height: tenths(axisY + fontSize + 14),
    fontSize,
    direction: messages.direction,
    axisY: tenths(axisY),
    xTicks: axisLabels(x, { left: 2, right: width - 2, rtl }, fontSize),
    panels: numbered.panels,
    callouts: numbered.callouts,
    unlabelled: panels.reduce((count, panel) => count + panel.marks.filter((mark) => !mark.label).length, 0),
  };
}

/**
 * Values an open bound's arrow needs room up to, so that it is drawn at full length inside the plot: a factor
 * of five beyond the bound on a log scale, a quarter of the panel's spread on a linear one.
 */
function arrowRoom(points: readonly TimelinePoint[], values: readonly number[]): number[] {
  const log = valueScale(values, { bottom: 1, top: 0 }).type === 'log';
  const spread = Math.max(0, ...values) - Math.min(0, ...values);
  return points.flatMap((point) => {
    if (point.low !== undefined && point.high === undefined) return [log ? point.low * 5 : point.low + spread / 4];
    if (point.high !== undefined && point.low === undefined) return [log ? point.high / 5 : point.high - spread / 4];
    return [];
  });
}

/** Callouts numbered 1, 2, … (in the language's digits) panel by panel, in date order. */
function numberCallouts(
  panels: readonly Panel[],
  digits: Intl.NumberFormat,
): Pick<TimelineLayout, 'panels' | 'callouts'> {
  const callouts: Array<TimelineLayout['callouts'][number]> = [];
  const numbered = panels.map((panel) => ({
    ...panel,
    marks: panel.marks.map((mark) => {
      if (mark.label?.kind !== 'callout') return mark;
      const number = callouts.length + 1;
      callouts.push({ number, text: mark.label.text, markId: mark.id });
      return { ...mark, label: { ...mark.label, text: digits.format(number) } };
    }),
  }));
  return { panels: numbered, callouts };
}

/**
 * Marks that would cover each other (less than a symbol apart in both x and y: figures of the same date and
 * about the same value) are spread sideways, 10 px apart and centred on their date, at most 40 px in all, and
 * kept inside the plot. The date span stays where it is.
 */
function dodge<M extends { x: number; y: number }>(marks: M[], plot: { left: number; right: number }): M[] {
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
      if (x !== entry.mark.x) shifted[entry.index] = { ...entry.mark, x: tenths(x) };
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

function isNumber(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
