import { boxOfSegment, inside, overlaps, segmentCrosses, segmentsCross, type Box, type Segment } from './box.ts';
import { boxGrid } from './box-grid.ts';

/**
 * Where a mark's label went: beside the mark, or further off on a leader line, as the label's text; or, when
 * no room was left for the text anywhere near, as a numbered callout keyed under the chart.
 */
export interface PlacedLabel {
  readonly kind: 'label' | 'callout';
  /** The text's anchor point: its baseline, at its start, end or middle. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end' | 'middle';
  /** The label's text; a callout's is its number, once the layout has numbered every callout. */
  readonly text: string;
  /** What it covers, its halo included. */
  readonly box: Box;
  /** The line from the mark to a label set apart from it. */
  readonly leader?: Segment | undefined;
  /** Where the role's symbol is drawn before the text, for a mark that has none of its own (the layout's). */
  readonly glyph?: { readonly x: number; readonly y: number } | undefined;
}

export interface LabelRequest {
  /** What the label names: the whole mark (symbol, bar, arrow, date span). The label goes beside it. */
  readonly anchor: Box;
  /** The figure's own position, which a label beside the mark lines up with. */
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** Width of the text, as `textWidth` estimates it, plus anything drawn before it. */
  readonly width: number;
  /**
   * Must be shown as its text (the claimed figure): when nothing within reach is free, the text, and not a
   * callout, goes anywhere in the bounds on a leader.
   */
  readonly required?: boolean | undefined;
}

/** Something no label may cover: a mark's symbol or line, a tick label. `owner` is the request it belongs to. */
export interface Obstacle {
  readonly box: Box;
  readonly owner?: number | undefined;
}

/**
 * The most numbered callouts a chart gets: past a handful, numbers and their leaders tangle and the key under
 * the chart grows longer than the table; the chart's note then says how many figures are unlabelled.
 */
const MAX_CALLOUTS = 9;
/** Past this many labels in a panel, or this many set apart on leaders, callouts or left out, labels go only
 * beside their marks (the claimed figure's still anywhere): a bound on the work of a crowded chart. */
const MAX_SEARCHED = 150;
const MAX_SET_APART = 40;
/** Room kept around a label for its halo. */
const HALO = 1.5;
/** Space between a mark and a label beside it. */
const GAP = 4;
/** How far a label may be set off from its mark on a leader line, and the grid its places are tried on. */
const REACH = 130;
const STEP = 6;

/**
 * Places every request's label clear of every other label, every obstacle and every leader line, inside
 * `bounds`, in the order given (put the one that matters most first). Each label tries, in turn: beside its
 * mark (right, left, above, below); set off on a leader line within reach, nearest first, the leader crossing
 * no other mark; as a numbered callout (for the caller to number and key), the same places; and last, as a
 * callout anywhere, its leader free to cross marks and other leaders; at most MAX_CALLOUTS callouts in all. A
 * request that finds no room is `undefined`: the caller must say so where the reader sees it (the chart's note).
 */
export function placeLabels(options: {
  readonly requests: readonly LabelRequest[];
  readonly obstacles: readonly Obstacle[];
  readonly bounds: Box;
  readonly fontSize: number;
}): Array<PlacedLabel | undefined> {
  const { requests, obstacles, bounds, fontSize } = options;
  // What is placed so far, and the obstacles, filed by where they are: a place is weighed against its neighbours.
  const labels = boxGrid<Box>();
  const leaders = boxGrid<Segment>();
  const blocked = boxGrid<Obstacle>();
  for (const obstacle of obstacles) blocked.add(obstacle.box, obstacle);
  const free = (box: Box) =>
    inside(box, bounds) &&
    !labels.some(box, (other) => overlaps(box, other)) &&
    !blocked.some(box, (obstacle) => overlaps(box, obstacle.box)) &&
    !leaders.some(box, (leader) => segmentCrosses(leader, box));
  const clearLeader = (leader: Segment, owner: number, lastResort: boolean) => {
    const area = boxOfSegment(leader, 0);
    return (
      !labels.some(area, (other) => segmentCrosses(leader, other)) &&
      (lastResort ||
        (!blocked.some(area, (obstacle) => obstacle.owner !== owner && segmentCrosses(leader, obstacle.box)) &&
          !leaders.some(area, (other) => segmentsCross(leader, other))))
    );
  };
  const anywhere = Math.max(bounds.right - bounds.left, bounds.bottom - bounds.top);
  let calloutCount = 0;
  let setApart = 0;

  return requests.map((request, owner) => {
    const shapes: Array<{ kind: PlacedLabel['kind']; width: number; height: number }> = [
      { kind: 'label', width: request.width, height: fontSize * 1.05 },
      // A callout: a number in a ring.
      { kind: 'callout', width: fontSize * 1.3, height: fontSize * 1.3 },
    ];
    // Within reach, as a label and then as a callout; then, as a last resort, anywhere, the leader free to
    // cross marks and leaders (never a label): the claimed figure as a label, any other as a callout.
    const callouts = calloutCount < MAX_CALLOUTS ? shapes : shapes.slice(0, 1);
    // A crowded panel (hundreds of figures, or many already set apart) stops searching far: each search weighs
    // thousands of places against every mark, and the chart's note names what stays unlabelled.
    const searching = requests.length <= MAX_SEARCHED && setApart < MAX_SET_APART;
    const tries = searching
      ? [
          { reach: REACH, shapes: callouts },
          { reach: anywhere, shapes: request.required ? shapes.slice(0, 1) : callouts.slice(1) },
        ]
      : [{ reach: request.required ? anywhere : 0, shapes: shapes.slice(0, 1) }];
    for (const { reach, shapes: kinds } of tries) {
      for (const shape of kinds) {
        for (const candidate of candidates(request, shape, { fontSize, reach, bounds })) {
          if (!free(candidate.box)) continue;
          if (candidate.leader && !clearLeader(candidate.leader, owner, reach !== REACH)) continue;
          labels.add(candidate.box, candidate.box);
          if (candidate.leader) leaders.add(boxOfSegment(candidate.leader, 0), candidate.leader);
          if (candidate.kind === 'callout') calloutCount++;
          if (candidate.leader || candidate.kind === 'callout') setApart++;
          return candidate;
        }
      }
    }
    setApart++;
    return undefined;
  });
}

/** Every place a label of this size may go, best first: beside the mark, then further out on a leader. */
function* candidates(
  request: LabelRequest,
  shape: { kind: PlacedLabel['kind']; width: number; height: number },
  { fontSize, reach, bounds }: { fontSize: number; reach: number; bounds: Box },
): Generator<PlacedLabel> {
  const { anchor: mark, text } = request;
  const { kind, width, height } = shape;
  // A label box from its left and its vertical middle, halo included.
  const at = (left: number, middle: number, side: 'start' | 'end' | 'middle', leader?: Segment): PlacedLabel => {
    const box = {
      left: left - HALO,
      right: left + width + HALO,
      top: middle - height / 2 - HALO,
      bottom: middle + height / 2 + HALO,
    };
    const x = side === 'start' ? left : side === 'end' ? left + width : left + width / 2;
    // The baseline of text whose middle is `middle` (a callout's number sits in the middle of its ring).
    const y = middle + fontSize * 0.35;
    return { kind, x, y, anchor: side, text, box, leader };
  };
  const y = Math.min(mark.bottom, Math.max(mark.top, request.y));
  const x = Math.min(mark.right, Math.max(mark.left, request.x));
  const tall = mark.bottom - mark.top > 2 * height;
  const wide = mark.right - mark.left > width;
  // Beside the mark: at the figure's height, then along a tall bar; above and below, then along a wide span.
  for (const middle of tall ? [y, mark.top + height / 2, mark.bottom - height / 2] : [y]) {
    yield at(mark.right + GAP, middle, 'start');
    yield at(mark.left - GAP - width, middle, 'end');
  }
  for (const left of wide ? [x - width / 2, mark.left, mark.right - width] : [x - width / 2]) {
    yield at(left, mark.top - GAP - height / 2, 'middle');
    yield at(left, mark.bottom + GAP + height / 2, 'middle');
  }
  // Set off on a leader: anywhere within reach, nearest first (ties: right, then left, above, below).
  for (const place of leaderPlaces(mark, { width, height, reach, bounds })) {
    const box = { left: place.left, right: place.left + width, top: place.top, bottom: place.top + height };
    const side = box.left >= mark.right ? 'start' : box.right <= mark.left ? 'end' : 'middle';
    yield at(box.left, box.top + height / 2, side, leaderBetween(mark, box));
  }
}

/**
 * Top-left corners of a label's box on a grid around the mark, from just clear of it to `reach` away, nearest first
 * (ties: right, then left, above, below; then by top, then left). Made lazily, ring after ring of growing radius,
 * each ring sorted a pixel of distance at a time: a last-resort search's grid holds a hundred thousand places, and
 * the first few usually take the label, so the rest are never made. Places whose label (halo included) would leave
 * `bounds` are not made at all: `placeLabels` would turn each down first thing, and on a last-resort search they
 * are most of the grid.
 */
function* leaderPlaces(
  mark: Box,
  { width, height, reach, bounds }: { width: number; height: number; reach: number; bounds: Box },
): Generator<{ left: number; top: number }> {
  // The grid, made once as the whole search would make it (the same sums, so the same points to the last bit); each
  // ring visits the points within its square. Being inside the bounds is a test of the left alone and of the top
  // alone, with the same sums as the label's box in `candidates`.
  const lefts: number[] = [];
  for (let left = mark.left - reach - width; left <= mark.right + reach; left += STEP) {
    if (left - HALO >= bounds.left && left + width + HALO <= bounds.right) lefts.push(left);
  }
  const tops: number[] = [];
  for (let top = mark.top - reach - height; top <= mark.bottom + reach; top += STEP) {
    const middle = top + height / 2;
    if (middle - height / 2 - HALO >= bounds.top && middle + height / 2 + HALO <= bounds.bottom) tops.push(top);
  }
  let inner = -1;
  for (let outer = Math.min(reach, 64); inner < reach; outer = Math.min(reach, outer * 2)) {
    // Each place in the bucket of its whole distance: every place of one bucket is nearer than any of the next.
    const buckets: Array<Array<{ left: number; top: number; distance: number; order: number }> | undefined> = [];
    for (const left of lefts) {
      if (left < mark.left - outer - width) continue;
      if (left > mark.right + outer) break;
      for (const top of tops) {
        if (top < mark.top - outer - height) continue;
        if (top > mark.bottom + outer) break;
        const dx = Math.max(0, mark.left - (left + width), left - mark.right);
        const dy = Math.max(0, mark.top - (top + height), top - mark.bottom);
        const distance = Math.hypot(dx, dy);
        if (distance <= inner || distance > outer || distance < GAP + 6) continue;
        // Ties go right, then left, then above, then below: the order of the places beside the mark.
        const order = left >= mark.right ? 0 : left + width <= mark.left ? 1 : top + height <= mark.top ? 2 : 3;
        (buckets[Math.floor(distance)] ??= []).push({ left, top, distance, order });
      }
    }
    for (const bucket of buckets) {
      if (!bucket) continue;
      bucket.sort((a, b) => a.distance - b.distance || a.order - b.order || a.top - b.top || a.left - b.left);
      yield* bucket;
    }
    inner = outer;
  }
}

/** The leader from a mark to a label set apart from it: between their nearest points, a pixel off each. */
function leaderBetween(mark: Box, label: Box): Segment {
  const axis = (lowA: number, highA: number, lowB: number, highB: number): [number, number] => {
    if (lowB > highA) return [highA + 1, lowB - 1];
    if (highB < lowA) return [lowA - 1, highB + 1];
    const middle = (Math.max(lowA, lowB) + Math.min(highA, highB)) / 2;
    return [middle, middle];
  };
  const [x1, x2] = axis(mark.left, mark.right, label.left, label.right);
  const [y1, y2] = axis(mark.top, mark.bottom, label.top, label.bottom);
  return { x1, y1, x2, y2 };
}
