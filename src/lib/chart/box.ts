/** An axis-aligned rectangle in the chart's units: what a label, a symbol or a line covers. */
export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** A straight line, such as a label's leader. */
export interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** The box of a square of half-size `r` around x, y. */
export function boxAround(x: number, y: number, r: number): Box {
  return { left: x - r, right: x + r, top: y - r, bottom: y + r };
}

/** The box a straight line covers, widened by `pad` on every side (half its stroke, and a little air). */
export function boxOfSegment(segment: Segment, pad: number): Box {
  return {
    left: Math.min(segment.x1, segment.x2) - pad,
    right: Math.max(segment.x1, segment.x2) + pad,
    top: Math.min(segment.y1, segment.y2) - pad,
    bottom: Math.max(segment.y1, segment.y2) + pad,
  };
}

/** A box grown by `pad` on every side. */
export function inflate(box: Box, pad: number): Box {
  return { left: box.left - pad, right: box.right + pad, top: box.top - pad, bottom: box.bottom + pad };
}

/** The smallest box holding all of them. */
export function union(boxes: readonly Box[]): Box {
  return {
    left: Math.min(...boxes.map((box) => box.left)),
    right: Math.max(...boxes.map((box) => box.right)),
    top: Math.min(...boxes.map((box) => box.top)),
    bottom: Math.max(...boxes.map((box) => box.bottom)),
  };
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Whether `box` lies wholly inside `bounds`. */
export function inside(box: Box, bounds: Box): boolean {
  return box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
}

/** Whether a line passes through a box's interior (Liang–Barsky clipping). */
export function segmentCrosses(segment: Segment, box: Box): boolean {
  const dx = segment.x2 - segment.x1;
  const dy = segment.y2 - segment.y1;
  // The four edges in turn, as p and q of Liang–Barsky: left, right, top, bottom.
  let t0 = 0;
  let t1 = 1;
  for (let edge = 0; edge < 4; edge++) {
    const p = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy;
    const q =
      edge === 0
        ? segment.x1 - box.left
        : edge === 1
          ? box.right - segment.x1
          : edge === 2
            ? segment.y1 - box.top
            : box.bottom - segment.y1;
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** Whether two lines cross (sharing an end point does not count). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (s: Segment, x: number, y: number) => Math.sign((s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1));
  return side(a, b.x1, b.y1) * side(a, b.x2, b.y2) < 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) < 0;
}
