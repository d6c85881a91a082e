import { calloutNote, timelineLegend } from '../chart/legend.ts';
import { symbolPath, type MarkRole } from '../chart/symbols.ts';
import type { TimelineLayout } from '../chart/timeline-layout.ts';
import { symbolPaint, timelineBody, type TimelinePaint } from '../chart/timeline-svg.ts';
import type { Messages } from '../messages/messages.ts';
import { escapeXml, num, tspans, wrapText, type TextMeasure, type TextStyle } from './text.ts';
import type { RatingTone } from '../format/rating-tone.ts';
import { FONT_STACK, LIGHT, ROLE_COLOURS, TONE_COLOURS } from './theme.ts';

export interface ChartImageOptions {
  /** The chart, as laid out for the page's wide variant. */
  readonly layout: TimelineLayout;
  /** The takeaway: what the chart shows, in one sentence. */
  readonly title: string;
  /** A line of context above the title, such as the claim the chart is about. */
  readonly kicker?: string | undefined;
  /** A fact-check's verdict, under the kicker, in its rating's colour: the image shared alone says it. */
  readonly verdict?: { readonly label: string; readonly tone: RatingTone } | undefined;
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

const KICKER: TextStyle = { size: 14, weight: 400 };
const VERDICT: TextStyle = { size: 16, weight: 700 };
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
  // Right to left, a text block ends (visually) at the right edge: an explicit anchor, since resvg ignores
  // `direction`. The key stays a left-to-right row of entries.
  const rtl = messages.direction === 'rtl';
  const textX = rtl ? width - PAD : PAD;

  const block = (text: string, style: TextStyle, lineHeight: number, fill: string, maxLines?: number) => {
    const lines = wrapText(text, { maxWidth: inner, measure, style, ...(maxLines ? { maxLines } : {}) });
    if (lines.length === 0) return;
    const attributes = `font-size="${style.size}" font-weight="${style.weight ?? 400}" fill="${fill}"`;
    const baseline = y + style.size * 0.92;
    parts.push(
      rtl
        ? // One text per line: resvg reorders right-to-left text across the lines of one text element.
          lines
            .map(
              (line, index) =>
                `<text x="${num(textX)}" y="${num(baseline + index * lineHeight)}" text-anchor="end" ${attributes}>${escapeXml(line)}</text>`,
            )
            .join('')
        : `<text x="${num(textX)}" y="${num(baseline)}" ${attributes}>${tspans(lines, textX, lineHeight)}</text>`,
    );
    y += lines.length * lineHeight;
  };

  if (options.kicker) {
    block(options.kicker, KICKER, 19, LIGHT.muted, 3);
    y += 4;
  }
  if (options.verdict) {
    const verdict = messages.format('image.chart.verdict', { verdict: options.verdict.label });
    block(verdict, VERDICT, 21, TONE_COLOURS[options.verdict.tone].fg, 2);
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
    parts.push(`<g transform="translate(${PAD},${num(y)})">${timelineBody(layout, INLINE)}</g>`);
    y += layout.height + 10;
    const legend = legendSvg(layout, { x: PAD, y, maxWidth: inner, measure, messages });
    parts.push(legend.svg);
    y += legend.height;
    const note = calloutNote(layout, messages);
    if (note) {
      y += 6;
      block(note, SOURCES, 17, LIGHT.muted);
    }
  }
  y += 10;
  if (options.sources.length > 0) {
    block(
      messages.format('chart.sources', { sources: options.sources.join(messages.format('punctuation.semicolon')) }),
      SOURCES,
      17,
      LIGHT.muted,
    );
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

/** The page's chart with the light theme's paint on every element: a standalone image has no stylesheet. */
const COLOURS = {
  background: LIGHT.bg,
  text: LIGHT.text,
  muted: LIGHT.muted,
  border: LIGHT.border,
  roles: ROLE_COLOURS,
};
const INLINE: TimelinePaint = { mode: 'inline', colours: COLOURS };

/** An SVG element's paint attributes, in order. */
function attributes(paint: Record<string, string | number>): string {
  return Object.entries(paint)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');
}

/** The key: each role shown, then the kinds of line the chart uses, flowed into rows. */
function legendSvg(
  layout: TimelineLayout,
  box: { x: number; y: number; maxWidth: number; measure: TextMeasure; messages: Messages },
): { svg: string; height: number } {
  const icons: Record<'range' | 'span' | 'approx', string> = {
    range: `<path d="M4,-8H14M9,-8V8M4,8H14" fill="none" stroke="${LIGHT.muted}" stroke-width="2.5"/>`,
    span: `<path d="M2,-6V6M2,0H16M16,-6V6" fill="none" stroke="${LIGHT.muted}" stroke-width="2.5"/>`,
    approx: `<circle cx="9" cy="0" r="7" fill="none" stroke="${LIGHT.muted}" stroke-width="1.5" stroke-dasharray="3 2"/>`,
  };
  const symbol = (role: MarkRole) =>
    `<path d="${symbolPath(role)}" transform="translate(9,0) scale(${role === 'claimed' ? 0.6 : 0.8})" ${attributes(symbolPaint({ role, approx: false }, COLOURS))}/>`;
  const items = timelineLegend(layout).map((entry) => ({
    icon: entry.kind === 'role' ? symbol(entry.role) : icons[entry.kind],
    label: box.messages.format(entry.message),
  }));
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
