// A timeline's inline SVG, as a string. Every claim page carries its chart twice (phone and desktop sizes), so
// the markup is written here, where each byte is chosen, rather than by a template: no whitespace between
// elements, empty elements closed with `/>`, positions in whole units (a viewBox unit is at most a pixel and a
// half on screen), symbols drawn from the page's symbol sheet, attributes shared by every tick or label set
// once on their group or in src/styles/timeline.css. Each figure's sentence is written once, in the description
// both sizes share (timelineDescription), not again as a <title> in every mark. All text is escaped here.
import { escapeXml } from '../image/text.ts';
import type { Messages } from '../messages/messages.ts';
import { markSvg, type TimelinePaint } from './mark-svg.ts';
import { el, n, textAnchor } from './svg-element.ts';
import type { Panel, TimelineLayout } from './timeline-layout.ts';

export { symbolPaint, type TimelinePaint } from './mark-svg.ts';

export interface TimelineSvgOptions {
  readonly layout: TimelineLayout;
  /** The phone size or the desktop one. */
  readonly variant: 'compact' | 'wide';
  /** Id of the element that names the chart: its caption, shared by both sizes. */
  readonly labelledBy: string;
  /** Id of the element that describes the chart in words, shared by both sizes. */
  readonly describedBy: string;
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

const CLASSES: TimelinePaint = { mode: 'classes' };

/** The panels and the shared time axis: the part of the chart that pages and images draw alike. */
export function timelineBody(layout: TimelineLayout, paint: TimelinePaint = CLASSES): string {
  const inline = paint.mode === 'inline' ? paint.colours : undefined;
  // The direction text anchors are written for. A page inherits its <html dir>, which Chromium and every browser
  // honour; an image is drawn by resvg, which ignores `direction`, so its anchors are written as visual edges.
  const anchors = inline ? 'ltr' : layout.direction;
  const panels = layout.panels.map((panel) => panelSvg(layout, panel, { paint, anchors })).join('');
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
            'text-anchor': tick.anchor === 'middle' ? undefined : textAnchor(tick.anchor, anchors),
          },
          escapeXml(tick.label),
        ),
      )
      .join(''),
  );
  return panels + axis;
}

function panelSvg(
  layout: TimelineLayout,
  panel: Panel,
  { paint, anchors }: { paint: TimelinePaint; anchors: 'ltr' | 'rtl' },
): string {
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
      'text-anchor': textAnchor(rtl ? 'end' : 'start', anchors),
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
    {
      class: inline ? undefined : 'ticks',
      'text-anchor': textAnchor(rtl ? 'start' : 'end', anchors),
      fill: inline?.muted,
    },
    panel.yTicks
      // The labels stand beside the plot: ending at its left, or right to left, starting at its right.
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
            {
              x: n(rtl ? annotation.x - 4 : annotation.x + 4),
              y: n(panel.plot.top + fontSize),
              'text-anchor': textAnchor(rtl ? 'end' : 'start', anchors),
            },
            escapeXml(annotation.label),
          ),
      ),
    )
    .join('');
  const marks = panel.marks.map((mark) => markSvg(mark, paint, anchors)).join('');
  return el('g', { 'data-metric': panel.id }, title + grid + ticks + annotations + marks);
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
