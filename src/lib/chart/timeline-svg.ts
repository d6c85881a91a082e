// A timeline's inline SVG, as a string. Every claim page carries its chart twice (phone and desktop sizes), so
// the markup is written here, where each byte is chosen, rather than by a template: no whitespace between
// elements, empty elements closed with `/>`, positions in whole units (a viewBox unit is at most a pixel and a
// half on screen), symbols drawn from the page's symbol sheet, attributes shared by every tick or label set
// once on their group or in src/styles/timeline.css. Each figure's sentence is written once, in the description
// both sizes share (timelineDescription), not again as a <title> in every mark. All text is escaped here.
import { escapeXml } from '../image/text.ts';
import type { Messages } from '../messages/messages.ts';
import { translatePath } from './svg-path.ts';
import { arrowHeadPath, symbolId, type MarkRole } from './symbols.ts';
import type { Mark, Panel, TimelineLayout } from './timeline-layout.ts';

export interface TimelineSvgOptions {
  readonly layout: TimelineLayout;
  /** The phone size or the desktop one. */
  readonly variant: 'compact' | 'wide';
  /** Id of the element that names the chart: its caption, shared by both sizes. */
  readonly labelledBy: string;
  /** Id of the element that describes the chart in words, shared by both sizes. */
  readonly describedBy: string;
}

/** A whole number for a position: layouts are in tenths, the page needs no more than units. */
const n = (value: number) => String(Math.round(value) || 0);

/** An element: attributes left out when undefined, values escaped, `/>` when it has no content. */
function el(tag: string, attributes: Record<string, string | number | undefined>, content = ''): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  return content === '' ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${content}</${tag}>`;
}

/** The chart as one `<svg>` element, ready to be placed in HTML. */
export function timelineSvg(options: TimelineSvgOptions): string {
  const { layout, variant, labelledBy, describedBy } = options;
  return el(
    'svg',
    {
      class: `timeline-svg timeline-svg--${variant}`,
      viewBox: `0 0 ${n(layout.width)} ${n(layout.height)}`,
      role: 'img',
      'aria-labelledby': labelledBy,
      'aria-describedby': describedBy,
      'font-size': layout.fontSize,
      // Mark labels are outlined in the background colour (timeline.css) so they stay legible over grid lines:
      // the outline goes under the letters. Inherited by every text; only the labels have an outline.
      'paint-order': 'stroke',
    },
    timelineBody(layout),
  );
}

/**
 * How the chart gets its colours. A page styles it by class from src/styles/timeline.css (light and dark themes,
 * symbols from the page's symbol sheet); a standalone image has no stylesheet, so each element carries its paint
 * and each symbol its path, and each mark a <title> for the tooltip a page gives by script.
 */
export type TimelinePaint =
  | { readonly mode: 'classes' }
  | {
      readonly mode: 'inline';
      readonly colours: {
        readonly background: string;
        readonly text: string;
        readonly muted: string;
        readonly border: string;
        readonly roles: Readonly<Record<MarkRole, string>>;
      };
    };

const CLASSES: TimelinePaint = { mode: 'classes' };

/** The panels and the shared time axis: the part of the chart that pages and images draw alike. */
export function timelineBody(layout: TimelineLayout, paint: TimelinePaint = CLASSES): string {
  const inline = paint.mode === 'inline' ? paint.colours : undefined;
  const panels = layout.panels.map((panel) => panelSvg(layout, panel, paint)).join('');
  const axis = el(
    'g',
    { class: inline ? undefined : 'axis', 'text-anchor': 'middle', fill: inline?.muted },
    layout.xTicks
      .map((tick) => el('text', { x: n(tick.x), y: n(layout.axisY + layout.fontSize) }, escapeXml(tick.label)))
      .join(''),
  );
  return panels + axis;
}

function panelSvg(layout: TimelineLayout, panel: Panel, paint: TimelinePaint): string {
  const inline = paint.mode === 'inline' ? paint.colours : undefined;
  const { fontSize } = layout;
  const lineHeight = fontSize + 4;
  const left = n(panel.plot.left);
  const [first = '', ...more] = panel.titleLines;
  const title = el(
    'text',
    {
      class: inline ? undefined : 'panel-title',
      x: left,
      y: n(panel.top + lineHeight),
      'font-weight': inline ? 600 : undefined,
      fill: inline?.text,
    },
    escapeXml(first) + more.map((line) => el('tspan', { x: left, dy: lineHeight }, escapeXml(line))).join(''),
  );
  const grid = el('path', {
    class: inline ? undefined : 'grid',
    d: panel.yTicks.map((tick) => `M${left},${n(tick.y)}H${n(panel.plot.right)}`).join(''),
    ...(inline ? { fill: 'none', stroke: inline.border, 'stroke-width': 1 } : {}),
  });
  const ticks = el(
    'g',
    { class: inline ? undefined : 'ticks', 'text-anchor': 'end', fill: inline?.muted },
    panel.yTicks
      .map((tick) => el('text', { x: n(panel.plot.left - 6), y: n(tick.y + fontSize * 0.35) }, escapeXml(tick.label)))
      .join(''),
  );
  const annotations = panel.annotations
    .map((annotation) =>
      el(
        'g',
        { class: inline ? undefined : 'annotation', fill: inline?.muted },
        el('path', {
          d: `M${n(annotation.x)},${n(panel.plot.top)}V${n(panel.plot.bottom)}`,
          ...(inline ? { fill: 'none', stroke: inline.muted, 'stroke-width': 1, 'stroke-dasharray': '2 3' } : {}),
        }) + el('text', { x: n(annotation.x + 4), y: n(panel.plot.top + fontSize) }, escapeXml(annotation.label)),
      ),
    )
    .join('');
  const marks = panel.marks.map((mark) => markSvg(mark, paint)).join('');
  return el('g', { 'data-metric': panel.id }, title + grid + ticks + annotations + marks);
}

function markSvg(mark: Mark, paint: TimelinePaint): string {
  const inline = paint.mode === 'inline' ? paint.colours : undefined;
  const colour = inline?.roles[mark.role];
  const x = Math.round(mark.x);
  const y = Math.round(mark.y);
  // A dashed line: approximate. Pages dash it by class (timeline.css).
  const line = (extra: Record<string, string | number | undefined> = {}) =>
    inline
      ? {
          fill: 'none',
          stroke: colour,
          'stroke-width': 2.5,
          'stroke-dasharray': mark.approx ? '4 3' : undefined,
          ...extra,
        }
      : extra;
  const parts = [
    inline ? el('title', {}, escapeXml(mark.description)) : '',
    mark.span
      ? el('path', {
          class: inline ? undefined : 'mark-span',
          d: `M${n(mark.span.x1)},${y}H${n(mark.span.x2)}`,
          ...(inline
            ? { fill: 'none', stroke: colour, 'stroke-width': 7, 'stroke-opacity': 0.3, 'stroke-linecap': 'round' }
            : {}),
        })
      : '',
    mark.range
      ? el('path', {
          class: inline ? undefined : 'mark-range',
          d: `M${x},${n(mark.range.y1)}V${n(mark.range.y2)}`,
          ...line(),
        })
      : '',
    mark.arrow
      ? el('path', {
          class: inline ? undefined : 'mark-range',
          d: `M${x},${n(mark.arrow.y1)}V${n(mark.arrow.y2)}`,
          ...line(),
        }) +
        el('path', {
          class: inline ? undefined : 'mark-arrow',
          d: translatePath(arrowHeadPath(x, Math.round(mark.arrow.y2), mark.arrow.direction)),
          ...line({ 'stroke-dasharray': undefined }),
        })
      : '',
    // The symbol, centred on the figure: from the page's symbol sheet (src/components/MarkSymbols.astro), or drawn.
    inline
      ? el('path', { d: mark.symbol, transform: `translate(${x},${y})`, ...symbolPaint(mark, inline) })
      : el('use', { href: `#${symbolId(mark.role)}`, x, y }),
    // The label is the mark's only text (styled as `.mark text` on a page); start is the default anchor.
    mark.label
      ? el(
          'text',
          {
            x: n(mark.label.x),
            y: n(mark.label.y),
            'text-anchor': mark.label.anchor === 'start' ? undefined : mark.label.anchor,
            ...(inline
              ? {
                  fill: colour,
                  'font-weight': mark.role === 'claimed' ? 700 : 600,
                  stroke: inline.background,
                  'stroke-width': 3,
                  'stroke-linejoin': 'round',
                  // The outline goes under the letters (a page sets this once on its <svg>).
                  'paint-order': 'stroke',
                }
              : {}),
          },
          escapeXml(mark.label.text),
        )
      : '',
  ];
  const className = inline ? undefined : `mark mark--${mark.role}${mark.approx ? ' mark--approx' : ''}`;
  return el('g', { class: className, 'data-figure': mark.id }, parts.join(''));
}

/** Fill and stroke of a drawn symbol: hollow outlines for contradicting and context figures, and when approximate. */
export function symbolPaint(
  mark: { readonly role: MarkRole; readonly approx: boolean },
  colours: { readonly background: string; readonly roles: Readonly<Record<MarkRole, string>> },
): { fill: string; stroke: string; 'stroke-width': number } {
  const colour = colours.roles[mark.role];
  const outline = mark.role === 'contradicts' || mark.role === 'context';
  return {
    fill: outline ? 'none' : mark.approx ? colours.background : colour,
    stroke: colour,
    'stroke-width': outline ? 2.5 : 1.5,
  };
}

/**
 * The chart in words, for both sizes' aria-describedby: how many figures (and panels), then every figure's
 * sentence, each in a <span>, in the order of the chart's marks: panel by panel, left to right. The enhancement
 * script (src/scripts/timeline.ts) pairs the n-th span with the n-th mark for its tooltips. Markup, escaped.
 */
export function timelineDescription(options: { layout: TimelineLayout; messages: Messages }): string {
  const { intro, sentences } = describeTimeline(options);
  return [escapeXml(intro), ...sentences.map((sentence) => `<span>${escapeXml(sentence)}</span>`)].join(' ');
}

/**
 * The chart in words, as plain text, for pages (timelineDescription) and images (their <desc>) alike: how many
 * figures and panels, then every mark's sentence in the order of the chart's marks.
 */
export function describeTimeline(options: { layout: TimelineLayout; messages: Messages }): {
  intro: string;
  sentences: string[];
} {
  const { layout, messages } = options;
  const marks = layout.panels.flatMap((panel) => panel.marks);
  return {
    intro: chartIntro({ messages, figures: marks.length, panels: layout.panels.length }),
    sentences: marks.map((mark) => mark.description),
  };
}

/** What a chart shows, in one sentence: "9 figures, plotted by date in 2 panels, one for each measure." */
export function chartIntro(options: { messages: Messages; figures: number; panels: number }): string {
  const { messages, figures, panels } = options;
  return messages.format('chart.description', { count: figures, panels });
}
