// A timeline's inline SVG, as a string. Every claim page carries its chart twice (phone and desktop sizes), so
// the markup is written here, where each byte is chosen, rather than by a template: no whitespace between
// elements, empty elements closed with `/>`, positions in whole units (a viewBox unit is at most a pixel and a
// half on screen), symbols drawn from the page's symbol sheet, attributes shared by every tick or label set
// once on their group or in src/styles/timeline.css. Each figure's sentence is written once, in the description
// both sizes share (timelineDescription), not again as a <title> in every mark. All text is escaped here.
import { escapeXml } from '../image/text.ts';
import type { Messages } from '../messages/messages.ts';
import { translatePath } from './svg-path.ts';
import { arrowHeadPath, symbolId } from './symbols.ts';
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
  const panels = layout.panels.map((panel) => panelSvg(layout, panel)).join('');
  const axis = el(
    'g',
    { class: 'axis', 'text-anchor': 'middle' },
    layout.xTicks
      .map((tick) => el('text', { x: n(tick.x), y: n(layout.axisY + layout.fontSize) }, escapeXml(tick.label)))
      .join(''),
  );
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
    panels + axis,
  );
}

function panelSvg(layout: TimelineLayout, panel: Panel): string {
  const { fontSize } = layout;
  const lineHeight = fontSize + 4;
  const left = n(panel.plot.left);
  const [first = '', ...more] = panel.titleLines;
  const title = el(
    'text',
    { class: 'panel-title', x: left, y: n(panel.top + lineHeight) },
    escapeXml(first) + more.map((line) => el('tspan', { x: left, dy: lineHeight }, escapeXml(line))).join(''),
  );
  const grid = el('path', {
    class: 'grid',
    d: panel.yTicks.map((tick) => `M${left},${n(tick.y)}H${n(panel.plot.right)}`).join(''),
  });
  const ticks = el(
    'g',
    { class: 'ticks', 'text-anchor': 'end' },
    panel.yTicks
      .map((tick) => el('text', { x: n(panel.plot.left - 6), y: n(tick.y + fontSize * 0.35) }, escapeXml(tick.label)))
      .join(''),
  );
  const annotations = panel.annotations
    .map((annotation) =>
      el(
        'g',
        { class: 'annotation' },
        el('path', { d: `M${n(annotation.x)},${n(panel.plot.top)}V${n(panel.plot.bottom)}` }) +
          el('text', { x: n(annotation.x + 4), y: n(panel.plot.top + fontSize) }, escapeXml(annotation.label)),
      ),
    )
    .join('');
  const marks = panel.marks.map(markSvg).join('');
  return el('g', { 'data-metric': panel.id }, title + grid + ticks + annotations + marks);
}

function markSvg(mark: Mark): string {
  const x = Math.round(mark.x);
  const y = Math.round(mark.y);
  const parts = [
    mark.span ? el('path', { class: 'mark-span', d: `M${n(mark.span.x1)},${y}H${n(mark.span.x2)}` }) : '',
    mark.range ? el('path', { class: 'mark-range', d: `M${x},${n(mark.range.y1)}V${n(mark.range.y2)}` }) : '',
    mark.arrow
      ? el('path', { class: 'mark-range', d: `M${x},${n(mark.arrow.y1)}V${n(mark.arrow.y2)}` }) +
        el('path', {
          class: 'mark-arrow',
          d: translatePath(arrowHeadPath(x, Math.round(mark.arrow.y2), mark.arrow.direction)),
        })
      : '',
    // The symbol, from the page's symbol sheet (src/components/MarkSymbols.astro), centred on the figure.
    el('use', { href: `#${symbolId(mark.role)}`, x, y }),
    // The label is the mark's only text (styled as `.mark text`); start is the default anchor.
    mark.label
      ? el(
          'text',
          {
            x: n(mark.label.x),
            y: n(mark.label.y),
            'text-anchor': mark.label.anchor === 'start' ? undefined : mark.label.anchor,
          },
          escapeXml(mark.label.text),
        )
      : '',
  ];
  const className = `mark mark--${mark.role}${mark.approx ? ' mark--approx' : ''}`;
  return el('g', { class: className, 'data-figure': mark.id }, parts.join(''));
}

/**
 * The chart in words, for both sizes' aria-describedby: how many figures (and panels), then every figure's
 * sentence, each in a <span>, in the order of the chart's marks: panel by panel, left to right. The enhancement
 * script (src/scripts/timeline.ts) pairs the n-th span with the n-th mark for its tooltips. Markup, escaped.
 */
export function timelineDescription(options: { layout: TimelineLayout; messages: Messages }): string {
  const { layout, messages } = options;
  const marks = layout.panels.flatMap((panel) => panel.marks);
  const intro = escapeXml(chartIntro({ messages, figures: marks.length, panels: layout.panels.length }));
  return [intro, ...marks.map((mark) => `<span>${escapeXml(mark.description)}</span>`)].join(' ');
}

/** What a chart shows, in one sentence: "9 figures, plotted by date in 2 panels, one for each measure." */
export function chartIntro(options: { messages: Messages; figures: number; panels: number }): string {
  const { messages, figures, panels } = options;
  return messages.format('chart.description', { count: figures, panels });
}
