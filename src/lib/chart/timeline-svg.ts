// A timeline's inline SVG, as a string. Every claim page carries its chart twice (phone and desktop sizes), so
// the markup is written here, where each byte is chosen, rather than by a template: no whitespace between
// elements, empty elements closed with `/>`, positions in whole units (a viewBox unit is at most a pixel and a
// half on screen), symbols drawn from the page's symbol sheet, attributes shared by every tick or label set
// once on their group or in src/styles/timeline.css. Each figure's sentence is written once, in the description
// both sizes share (timelineDescription), not again as a <title> in every mark. All text is escaped here.
import { escapeXml } from '../image/text.ts';
import type { Messages } from '../messages/messages.ts';
import { translatePath } from './svg-path.ts';
import { approxRingRadius, CAP } from './mark-geometry.ts';
import { arrowHeadPath, symbolId, symbolPath, symbolRadius, type MarkRole } from './symbols.ts';
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

/**
 * The text-anchor that puts a text's visual `start` (left edge), `middle` or `end` (right edge) at its x, in the
 * chart's direction: right to left, a text's start is its right edge. Undefined for the default, `start`.
 */
function textAnchor(visual: 'start' | 'middle' | 'end', direction: 'ltr' | 'rtl'): 'middle' | 'end' | undefined {
  if (visual === 'middle') return 'middle';
  const logical = direction === 'rtl' ? (visual === 'start' ? 'end' : 'start') : visual;
  return logical === 'start' ? undefined : logical;
}

/** The panels and the shared time axis: the part of the chart that pages and images draw alike. */
export function timelineBody(layout: TimelineLayout, paint: TimelinePaint = CLASSES): string {
  const inline = paint.mode === 'inline' ? paint.colours : undefined;
  const panels = layout.panels.map((panel) => panelSvg(layout, panel, paint)).join('');
  const axis = el(
    'g',
    { class: inline ? undefined : 'axis', 'text-anchor': 'middle', fill: inline?.muted },
    layout.xTicks
      .map((tick) =>
        el(
          'text',
          {
            x: n(tick.x),
            y: n(layout.axisY + layout.fontSize),
            'text-anchor': tick.anchor === 'middle' ? undefined : textAnchor(tick.anchor, layout.direction),
          },
          escapeXml(tick.label),
        ),
      )
      .join(''),
  );
  // Right to left, every text inherits the direction (a page's <html dir> does not reach a standalone image).
  return layout.direction === 'rtl' ? el('g', { direction: 'rtl' }, panels + axis) : panels + axis;
}

function panelSvg(layout: TimelineLayout, panel: Panel, paint: TimelinePaint): string {
  const inline = paint.mode === 'inline' ? paint.colours : undefined;
  const { fontSize } = layout;
  const lineHeight = fontSize + 4;
  const rtl = layout.direction === 'rtl';
  const left = n(panel.plot.left);
  // A title starts where its language does: at the plot's left, or right to left, at its right.
  const titleX = rtl ? n(panel.plot.right) : left;
  const [first = '', ...more] = panel.titleLines;
  const title = el(
    'text',
    {
      class: inline ? undefined : 'panel-title',
      x: titleX,
      y: n(panel.top + lineHeight),
      'font-weight': inline ? 600 : undefined,
      fill: inline?.text,
    },
    escapeXml(first) + more.map((line) => el('tspan', { x: titleX, dy: lineHeight }, escapeXml(line))).join(''),
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
      // The labels end beside the plot: at its left, or right to left (text-anchor "end" is then the left edge), at
      // its right.
      .map((tick) =>
        el(
          'text',
          { x: n(rtl ? panel.plot.right + 6 : panel.plot.left - 6), y: n(tick.y + fontSize * 0.35) },
          escapeXml(tick.label),
        ),
      )
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
        }) +
          el(
            'text',
            { x: n(rtl ? annotation.x - 4 : annotation.x + 4), y: n(panel.plot.top + fontSize) },
            escapeXml(annotation.label),
          ),
      ),
    )
    .join('');
  const marks = panel.marks.map((mark) => markSvg(mark, paint, layout.direction)).join('');
  return el('g', { 'data-metric': panel.id }, title + grid + ticks + annotations + marks);
}

function markSvg(mark: Mark, paint: TimelinePaint, direction: 'ltr' | 'rtl'): string {
  const inline = paint.mode === 'inline' ? paint.colours : undefined;
  const colour = inline?.roles[mark.role];
  const x = Math.round(mark.x);
  const y = Math.round(mark.y);
  // A line of the mark: dashed when the figure is approximate. Pages style it by class (timeline.css).
  const line = (className: string, d: string, extra: Record<string, string | number | undefined> = {}) =>
    el('path', {
      class: inline ? undefined : className,
      d,
      ...(inline
        ? {
            fill: 'none',
            stroke: colour,
            'stroke-width': 2.5,
            'stroke-dasharray': mark.approx ? '4 3' : undefined,
            ...extra,
          }
        : {}),
    });
  const { span, range, arrow, label } = mark;
  const parts = [
    inline ? el('title', {}, escapeXml(mark.description)) : '',
    // A claimed range is highlighted as a range: a tinted band behind its bar.
    range && !span && mark.role === 'claimed'
      ? el('path', {
          class: inline ? undefined : 'mark-band',
          d: `M${x - CAP - 2},${n(range.y2)}H${x + CAP + 2}V${n(range.y1)}H${x - CAP - 2}Z`,
          ...(inline ? { fill: colour, 'fill-opacity': 0.18 } : {}),
        })
      : '',
    span && range
      ? line(
          'mark-box',
          `M${n(span.x1)},${n(range.y2)}H${n(span.x2)}V${n(range.y1)}H${n(span.x1)}Z` +
            (mark.estimate ? `M${n(span.x1)},${y}H${n(span.x2)}` : ''),
          { fill: colour, 'fill-opacity': 0.12, 'stroke-width': 2 },
        )
      : span
        ? line(
            'mark-span',
            `M${n(span.x1)},${y - CAP}V${y + CAP}M${n(span.x1)},${y}H${n(span.x2)}M${n(span.x2)},${y - CAP}V${y + CAP}`,
          )
        : range
          ? line(
              'mark-range',
              `M${x - CAP},${n(range.y1)}H${x + CAP}M${x},${n(range.y1)}V${n(range.y2)}M${x - CAP},${n(range.y2)}H${x + CAP}`,
            )
          : '',
    arrow
      ? line('mark-range', `M${x},${n(arrow.y1)}V${n(arrow.y2)}`) +
        line('mark-arrow', translatePath(arrowHeadPath(x, Math.round(arrow.y2), arrow.direction)), {
          'stroke-dasharray': undefined,
        })
      : '',
    // The symbol, centred on the figure: from the page's symbol sheet (src/components/MarkSymbols.astro), or drawn.
    mark.symbol === undefined
      ? ''
      : symbolSvg({ role: mark.role, approx: mark.approx, x, y, symbol: mark.symbol }, inline),
    // An approximate figure's dashed ring: the same sign whatever the symbol's shape.
    mark.symbol !== undefined && mark.approx
      ? el('circle', {
          class: inline ? undefined : 'mark-ring',
          cx: x,
          cy: y,
          r: n(approxRingRadius(mark.role)),
          ...(inline ? { fill: 'none', stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': '3 2' } : {}),
        })
      : '',
    label?.leader
      ? el('path', {
          class: inline ? undefined : 'mark-leader',
          d: `M${n(label.leader.x1)},${n(label.leader.y1)}L${n(label.leader.x2)},${n(label.leader.y2)}`,
          ...(inline ? { fill: 'none', stroke: colour, 'stroke-width': 1 } : {}),
        })
      : '',
    label?.kind === 'callout'
      ? el('circle', {
          class: inline ? undefined : 'mark-callout',
          cx: n((label.box.left + label.box.right) / 2),
          cy: n((label.box.top + label.box.bottom) / 2),
          r: n((label.box.bottom - label.box.top) / 2 - 1.5),
          ...(inline ? { fill: inline.background, stroke: colour, 'stroke-width': 1.5 } : {}),
        })
      : '',
    label?.glyph
      ? symbolSvg(
          {
            role: mark.role,
            approx: false,
            x: Math.round(label.glyph.x),
            y: Math.round(label.glyph.y),
            scale: glyphScale(mark.role),
          },
          inline,
        )
      : '',
    // The label is the mark's only text (styled as `.mark text` on a page); start is the default anchor.
    label
      ? el(
          'text',
          {
            x: n(label.x),
            y: n(label.y),
            'text-anchor': textAnchor(label.anchor, direction),
            ...(inline
              ? {
                  fill: colour,
                  'font-weight': mark.role === 'claimed' ? 700 : 600,
                  'font-size': label.kind === 'callout' ? 11 : undefined,
                  stroke: inline.background,
                  'stroke-width': 3,
                  'stroke-linejoin': 'round',
                  // The outline goes under the letters (a page sets this once on its <svg>).
                  'paint-order': 'stroke',
                }
              : { class: label.kind === 'callout' ? 'mark-callout-number' : undefined }),
          },
          escapeXml(label.text),
        )
      : '',
  ];
  const className = inline ? undefined : `mark mark--${mark.role}${mark.approx ? ' mark--approx' : ''}`;
  return el('g', { class: className, 'data-figure': mark.id }, parts.join(''));
}

/** The scale of a role's symbol drawn in a label: at most 6 px from its centre, so it fits the line of text. */
function glyphScale(role: MarkRole): number {
  return Math.round(Math.min(0.7, 6 / symbolRadius(role)) * 100) / 100;
}

/** A role's symbol at x, y: a use of the page's symbol sheet, or drawn with its paint for an image. */
function symbolSvg(
  symbol: { role: MarkRole; approx: boolean; x: number; y: number; symbol?: string; scale?: number },
  inline: Extract<TimelinePaint, { mode: 'inline' }>['colours'] | undefined,
): string {
  const { role, x, y, scale } = symbol;
  if (inline) {
    const transform = `translate(${x},${y})${scale ? ` scale(${scale})` : ''}`;
    return el('path', { d: symbol.symbol ?? symbolPath(role), transform, ...symbolPaint(symbol, inline) });
  }
  return scale
    ? el('use', { href: `#${symbolId(role)}`, transform: `translate(${x},${y}) scale(${scale})` })
    : el('use', { href: `#${symbolId(role)}`, x, y });
}

/**
 * Fill and stroke of a drawn symbol: hollow outlines for contradicting and context figures. An approximate
 * figure's symbol is drawn as any other, inside a dashed ring.
 */
export function symbolPaint(
  mark: { readonly role: MarkRole; readonly approx: boolean },
  colours: { readonly background: string; readonly roles: Readonly<Record<MarkRole, string>> },
): { fill: string; stroke: string; 'stroke-width': number } {
  const colour = colours.roles[mark.role];
  const outline = mark.role === 'contradicts' || mark.role === 'context';
  return {
    fill: outline ? 'none' : colour,
    stroke: colour,
    'stroke-width': outline ? 2.5 : 1.5,
  };
}

/**
 * The chart in words, for both sizes' aria-describedby: how many figures (and panels), then every figure's
 * sentence, each in a <span> naming its figure, in the order of the chart's marks: panel by panel, left to right.
 * The enhancement script (src/scripts/timeline.ts) finds each mark's sentence by its figure. Markup, escaped.
 */
export function timelineDescription(options: { layout: TimelineLayout; messages: Messages }): string {
  const { intro, sentences } = describeTimeline(options);
  const ids = options.layout.panels.flatMap((panel) => panel.marks.map((mark) => mark.id));
  return [
    escapeXml(intro),
    ...sentences.map((sentence, index) => el('span', { 'data-figure': ids[index] }, escapeXml(sentence))),
  ].join(' ');
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
