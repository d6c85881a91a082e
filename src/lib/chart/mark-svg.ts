// One mark of a timeline as SVG: its bar, span or box, arrow, symbol, approximation ring, leader, callout, glyph and
// label, painted by class (pages) or inline (images).
import { escapeXml } from '../image/text.ts';
import { approxRingRadius, CAP, type Mark } from './mark-geometry.ts';
import { el, n, textAnchor } from './svg-element.ts';
import { translatePath } from './svg-path.ts';
import { arrowHeadPath, symbolId, symbolPath, symbolRadius, type MarkRole } from './symbols.ts';

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

export function markSvg(mark: Mark, paint: TimelinePaint, direction: 'ltr' | 'rtl'): string {
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
