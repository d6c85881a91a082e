import { arrowHeadPath, roleMessage, symbolPath, type MarkRole } from '../chart/symbols.ts';
import type { Mark, Panel, TimelineLayout } from '../chart/timeline-layout.ts';
import type { Messages } from '../messages/messages.ts';
import { escapeXml, num, tspans, wrapText, type TextMeasure, type TextStyle } from './text.ts';
import { FONT_STACK, LIGHT, ROLE_COLOURS } from './theme.ts';

export interface ChartImageOptions {
  /** The chart, as laid out for the page's wide variant. */
  readonly layout: TimelineLayout;
  /** The takeaway: what the chart shows, in one sentence. */
  readonly title: string;
  /** A line of context above the title, such as the claim the chart is about. */
  readonly kicker?: string | undefined;
  /** Text under the title, such as what the metric counts. */
  readonly subtitle?: string | undefined;
  /** Every figure in words, for the SVG's `<desc>`. */
  readonly description: string;
  /** Who the figures come from: one entry per source (chartSourceLines). */
  readonly sources: readonly string[];
  readonly siteName: string;
  readonly license: string;
  /** Where the chart is published, shown in the footer. */
  readonly url?: string | undefined;
  /** Shown instead of the chart when there is nothing to plot. */
  readonly emptyText?: string | undefined;
  readonly measure: TextMeasure;
  /** The site's messages: the key and the credits' words. */
  readonly messages: Messages;
}

/** An SVG document as a string, with its size in user units. */
export interface SvgImage {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const PAD = 24;
const ROLE_ORDER: readonly MarkRole[] = ['claimed', 'corroborates', 'contradicts', 'context', 'figure'];

const KICKER: TextStyle = { size: 14, weight: 400 };
const TITLE: TextStyle = { size: 20, weight: 700 };
const SUBTITLE: TextStyle = { size: 14, weight: 400 };
const LEGEND: TextStyle = { size: 13, weight: 400 };
const SOURCES: TextStyle = { size: 13, weight: 400 };
const SITE: TextStyle = { size: 14, weight: 700 };
const FOOTER: TextStyle = { size: 13, weight: 400 };

/**
 * A chart as a standalone SVG document, for print and for pages that cannot embed ours: the takeaway title, the
 * timeline drawn from the same layout as the page, a key, the sources and the site's name and licence, all in
 * the image, with the light theme's colours inline and no external reference of any kind.
 */
export function chartSvg(options: ChartImageOptions): SvgImage {
  const { layout, measure, messages } = options;
  const width = layout.width + 2 * PAD;
  const inner = layout.width;
  const parts: string[] = [];
  let y = PAD;

  const block = (text: string, style: TextStyle, lineHeight: number, fill: string, maxLines?: number) => {
    const lines = wrapText(text, { maxWidth: inner, measure, style, ...(maxLines ? { maxLines } : {}) });
    if (lines.length === 0) return;
    parts.push(
      `<text x="${PAD}" y="${num(y + style.size * 0.92)}" font-size="${style.size}" font-weight="${style.weight ?? 400}" fill="${fill}">${tspans(lines, PAD, lineHeight)}</text>`,
    );
    y += lines.length * lineHeight;
  };

  if (options.kicker) {
    block(options.kicker, KICKER, 19, LIGHT.muted, 3);
    y += 6;
  }
  block(options.title, TITLE, 26, LIGHT.text, 4);
  if (options.subtitle) {
    y += 4;
    block(options.subtitle, SUBTITLE, 19, LIGHT.muted);
  }
  y += 14;

  if (layout.panels.length === 0) {
    block(options.emptyText ?? messages.format('image.nothingToPlot'), { size: 15 }, 20, LIGHT.muted);
  } else {
    parts.push(`<g transform="translate(${PAD},${num(y)})">${chartBody(layout)}</g>`);
    y += layout.height + 10;
    const legend = legendSvg(layout, { x: PAD, y, maxWidth: inner, measure, messages });
    parts.push(legend.svg);
    y += legend.height;
  }
  y += 10;
  if (options.sources.length > 0) {
    block(messages.format('chart.sources', { sources: options.sources.join('; ') }), SOURCES, 17, LIGHT.muted);
  }
  y += 12;
  parts.push(
    `<line x1="${PAD}" x2="${width - PAD}" y1="${num(y)}" y2="${num(y)}" stroke="${LIGHT.border}" stroke-width="1"/>`,
  );
  y += 12;
  block(options.siteName, SITE, 19, LIGHT.text, 2);
  block([options.license, options.url].filter(Boolean).join(' · '), FOOTER, 17, LIGHT.muted, 2);
  const height = Math.ceil(y + PAD - 4);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="${escapeXml(FONT_STACK)}" font-size="${layout.fontSize}">`,
    `<title id="chart-title">${escapeXml(options.title)}</title>`,
    `<desc id="chart-desc">${escapeXml(options.description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${LIGHT.bg}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg: `${svg}\n`, width, height };
}

/** The panels and the shared time axis, as the page draws them, with every style inline. */
function chartBody(layout: TimelineLayout): string {
  const { fontSize } = layout;
  const panels = layout.panels.map((panel) => panelSvg(panel, fontSize));
  const axis = layout.xTicks.map(
    (tick) =>
      `<text x="${num(tick.x)}" y="${num(layout.axisY + fontSize)}" text-anchor="middle" fill="${LIGHT.muted}">${escapeXml(tick.label)}</text>`,
  );
  return [...panels, `<g>${axis.join('')}</g>`].join('\n');
}

function panelSvg(panel: Panel, fontSize: number): string {
  const { plot } = panel;
  const title = `<text x="${num(plot.left)}" y="${num(panel.top + fontSize + 4)}" font-weight="600" fill="${LIGHT.text}">${tspans(panel.titleLines, plot.left, fontSize + 4)}</text>`;
  const ticks = panel.yTicks.map(
    (tick) =>
      `<line x1="${num(plot.left)}" x2="${num(plot.right)}" y1="${num(tick.y)}" y2="${num(tick.y)}" stroke="${LIGHT.border}" stroke-width="1"/>` +
      `<text x="${num(plot.left - 6)}" y="${num(tick.y + fontSize * 0.35)}" text-anchor="end" fill="${LIGHT.muted}">${escapeXml(tick.label)}</text>`,
  );
  const annotations = panel.annotations.map(
    (annotation) =>
      `<line x1="${num(annotation.x)}" x2="${num(annotation.x)}" y1="${num(plot.top)}" y2="${num(plot.bottom)}" stroke="${LIGHT.muted}" stroke-width="1" stroke-dasharray="2 3"/>` +
      `<text x="${num(annotation.x + 4)}" y="${num(plot.top + fontSize)}" fill="${LIGHT.muted}">${escapeXml(annotation.label)}</text>`,
  );
  const marks = panel.marks.map(markSvg);
  return `<g data-metric="${escapeXml(panel.id)}">${[title, ...ticks, ...annotations, ...marks].join('\n')}</g>`;
}

function markSvg(mark: Mark): string {
  const colour = ROLE_COLOURS[mark.role];
  const parts: string[] = [`<title>${escapeXml(mark.description)}</title>`];
  const dash = mark.approx ? ' stroke-dasharray="4 3"' : '';
  if (mark.span) {
    parts.push(
      `<line x1="${num(mark.span.x1)}" x2="${num(mark.span.x2)}" y1="${num(mark.y)}" y2="${num(mark.y)}" stroke="${colour}" stroke-width="7" stroke-opacity="0.3" stroke-linecap="round"/>`,
    );
  }
  if (mark.range) {
    parts.push(
      `<line x1="${num(mark.x)}" x2="${num(mark.x)}" y1="${num(mark.range.y1)}" y2="${num(mark.range.y2)}" stroke="${colour}" stroke-width="2.5"${dash}/>`,
    );
  }
  if (mark.arrow) {
    parts.push(
      `<line x1="${num(mark.x)}" x2="${num(mark.x)}" y1="${num(mark.arrow.y1)}" y2="${num(mark.arrow.y2)}" stroke="${colour}" stroke-width="2.5"${dash}/>`,
      `<path d="${arrowHeadPath(mark.x, mark.arrow.y2, mark.arrow.direction)}" fill="none" stroke="${colour}" stroke-width="2.5"/>`,
    );
  }
  parts.push(`<path d="${mark.symbol}" transform="translate(${num(mark.x)},${num(mark.y)})" ${symbolPaint(mark)}/>`);
  if (mark.label) {
    parts.push(
      `<text x="${num(mark.label.x)}" y="${num(mark.label.y)}" text-anchor="${mark.label.anchor}" fill="${colour}" font-weight="${mark.role === 'claimed' ? 700 : 600}" stroke="${LIGHT.bg}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(mark.label.text)}</text>`,
    );
  }
  return `<g data-figure="${escapeXml(mark.id)}">${parts.join('')}</g>`;
}

/** Fill and stroke of a mark's symbol: hollow outlines for contradicting and context figures, and when approximate. */
function symbolPaint(mark: { role: MarkRole; approx: boolean }): string {
  const colour = ROLE_COLOURS[mark.role];
  const outline = mark.role === 'contradicts' || mark.role === 'context';
  const fill = outline ? 'none' : mark.approx ? LIGHT.bg : colour;
  return `fill="${fill}" stroke="${colour}" stroke-width="${outline ? 2.5 : 1.5}"`;
}

/** The key: each role shown, then the kinds of line the chart uses, flowed into rows. */
function legendSvg(
  layout: TimelineLayout,
  box: { x: number; y: number; maxWidth: number; measure: TextMeasure; messages: Messages },
): { svg: string; height: number } {
  const marks = layout.panels.flatMap((panel) => panel.marks);
  const items: Array<{ icon: string; label: string }> = ROLE_ORDER.filter((role) =>
    marks.some((mark) => mark.role === role),
  ).map((role) => ({
    icon: `<path d="${symbolPath(role)}" transform="translate(9,0) scale(${role === 'claimed' ? 0.6 : 0.8})" ${symbolPaint({ role, approx: false })}/>`,
    label: box.messages.format(roleMessage(role)),
  }));
  if (marks.some((mark) => mark.range || mark.arrow)) {
    items.push({
      icon: `<line x1="9" x2="9" y1="-8" y2="8" stroke="${LIGHT.muted}" stroke-width="2.5"/>`,
      label: box.messages.format('chart.key.range'),
    });
  }
  if (marks.some((mark) => mark.span)) {
    items.push({
      icon: `<line x1="2" x2="16" y1="0" y2="0" stroke="${LIGHT.muted}" stroke-width="7" stroke-opacity="0.3" stroke-linecap="round"/>`,
      label: box.messages.format('chart.key.span'),
    });
  }
  if (marks.some((mark) => mark.approx)) {
    items.push({
      icon: `<line x1="9" x2="9" y1="-8" y2="8" stroke="${LIGHT.muted}" stroke-width="2.5" stroke-dasharray="4 3"/>`,
      label: box.messages.format('chart.key.approx'),
    });
  }
  const rowHeight = 22;
  const gap = 18;
  let x = 0;
  let row = 0;
  const placed = items.map((item) => {
    const itemWidth = 24 + box.measure(item.label, LEGEND.size, LEGEND.weight);
    if (x > 0 && x + itemWidth > box.maxWidth) {
      x = 0;
      row++;
    }
    const at = { x, y: row * rowHeight + rowHeight / 2 };
    x += itemWidth + gap;
    return `<g transform="translate(${num(at.x)},${num(at.y)})">${item.icon}<text x="24" y="${num(LEGEND.size * 0.35)}" font-size="${LEGEND.size}" fill="${LIGHT.muted}">${escapeXml(item.label)}</text></g>`;
  });
  const height = items.length === 0 ? 0 : (row + 1) * rowHeight;
  return { svg: `<g transform="translate(${num(box.x)},${num(box.y)})">${placed.join('')}</g>`, height };
}
