// A panel's labels: the requests, obstacles and bounds that placeLabels (labels.ts) works with, built from the
// panel's marks, ticks and annotations, and the glyph a symbol-less mark's label carries.
import { placeLabels, type Obstacle, type PlacedLabel } from './labels.ts';
import { markBox, markParts, type Mark, type TimelinePoint } from './mark-geometry.ts';
import { textWidth } from './text-width.ts';
import { tenths } from './tenths.ts';

/** Room before a label's text for the role's symbol, when its mark has none (a range or a span). */
const GLYPH = 17;

/**
 * Labels for one panel's marks, clear of each other, of every mark's parts, of the y ticks' labels and the
 * annotations' words; the claimed figure first, then from left to right.
 */
export function placePanelLabels(options: {
  points: readonly TimelinePoint[];
  geometry: ReadonlyArray<Omit<Mark, 'label' | 'box'>>;
  yTicks: ReadonlyArray<{ y: number; label: string }>;
  annotations: ReadonlyArray<{ x: number; label: string }>;
  plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  width: number;
  fontSize: number;
  rtl: boolean;
}): Array<PlacedLabel | undefined> {
  const { points, geometry, yTicks, annotations, plot, width, fontSize, rtl } = options;
  const regular = (text: string) => textWidth(text, fontSize, 'regular');
  const order = geometry
    .map((mark, index) => ({ mark, index }))
    .sort(
      (a, b) =>
        Number(b.mark.role === 'claimed') - Number(a.mark.role === 'claimed') ||
        a.mark.x - b.mark.x ||
        a.index - b.index,
    );
  const positionOf = new Map(order.map(({ index }, position) => [index, position]));
  const obstacles: Obstacle[] = [
    // Owned by the request for that mark (placeLabels lets a leader start on its own mark's parts).
    ...geometry.flatMap((mark, index) => markParts(mark).map((box) => ({ box, owner: positionOf.get(index) }))),
    ...yTicks.map((tick) => ({
      box: {
        left: rtl ? plot.right + 2 : plot.left - 6 - regular(tick.label),
        right: rtl ? plot.right + 6 + regular(tick.label) : plot.left - 2,
        top: tick.y - fontSize * 0.6,
        bottom: tick.y + fontSize * 0.6,
      },
    })),
    // An annotation's words stand after its line, in the reading direction.
    ...annotations.map((annotation) => ({
      box: {
        left: rtl ? annotation.x - 6 - regular(annotation.label) : annotation.x + 2,
        right: rtl ? annotation.x - 2 : annotation.x + 6 + regular(annotation.label),
        top: plot.top,
        bottom: plot.top + fontSize * 1.3,
      },
    })),
  ];
  const placed = placeLabels({
    requests: order.map(({ mark, index }) => ({
      anchor: markBox(mark),
      x: mark.x,
      y: mark.y,
      text: points[index]?.label ?? '',
      width: textWidth(points[index]?.label ?? '', fontSize) + (mark.symbol === undefined ? GLYPH : 0),
      required: mark.role === 'claimed',
    })),
    obstacles,
    bounds: { left: 0, right: width, top: plot.top - 6, bottom: plot.bottom + 4 },
    fontSize,
  });
  const labels: Array<PlacedLabel | undefined> = [];
  order.forEach(({ mark, index }, position) => {
    const label = placed[position];
    labels[index] = label && mark.symbol === undefined && label.kind === 'label' ? withGlyph(label, rtl) : label;
  });
  return labels.map((label) => label && roundLabel(label));
}

/**
 * A label whose mark has no symbol (a range, a date span) carries the role's symbol itself, before its text in the
 * reading direction: the shape, and not the colour alone, says what the figure is.
 */
function withGlyph(label: PlacedLabel, rtl: boolean): PlacedLabel {
  const middle = (label.box.top + label.box.bottom) / 2;
  if (rtl) {
    const right = label.box.right - 1.5;
    return { ...label, x: right - GLYPH, anchor: 'end', glyph: { x: right - 7, y: middle } };
  }
  const left = label.box.left + 1.5;
  return { ...label, x: left + GLYPH, anchor: 'start', glyph: { x: left + 7, y: middle } };
}

/** Label positions are rounded to a tenth of a pixel so output is stable and small. */
function roundLabel(label: PlacedLabel): PlacedLabel {
  const { box, leader, glyph } = label;
  return {
    ...label,
    x: tenths(label.x),
    y: tenths(label.y),
    box: { left: tenths(box.left), right: tenths(box.right), top: tenths(box.top), bottom: tenths(box.bottom) },
    ...(leader
      ? { leader: { x1: tenths(leader.x1), y1: tenths(leader.y1), x2: tenths(leader.x2), y2: tenths(leader.y2) } }
      : {}),
    ...(glyph ? { glyph: { x: tenths(glyph.x), y: tenths(glyph.y) } } : {}),
  };
}
