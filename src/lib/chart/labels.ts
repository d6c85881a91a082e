/** A text label and the box it covers. */
export interface PlacedLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end' | 'middle';
  readonly text: string;
}

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface LabelRequest {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** Must be shown: may cover marks (never another label) when no free place exists. */
  readonly required?: boolean;
}

/**
 * Places each label beside its anchor point (right, left, above, below, in that order of preference) where it
 * overlaps no earlier label, no mark and stays inside `bounds`; a label with no free place is left out (the
 * table beside the chart carries every value), unless it is `required`, when it may cover marks. Requests are
 * placed in the order given.
 */
export function placeLabels(options: {
  requests: readonly LabelRequest[];
  obstacles: readonly Box[];
  bounds: Box;
  fontSize: number;
}): Array<PlacedLabel | undefined> {
  const { requests, bounds, fontSize } = options;
  const marks: Box[] = [...options.obstacles];
  const labels: Box[] = [];
  const gap = 11;
  return requests.map(({ x, y, text, required = false }) => {
    const width = text.length * fontSize * 0.58;
    const height = fontSize;
    const candidates: PlacedLabel[] = [
      { x: x + gap, y: y + fontSize * 0.35, anchor: 'start', text },
      { x: x - gap, y: y + fontSize * 0.35, anchor: 'end', text },
      { x, y: y - gap - 2, anchor: 'middle', text },
      { x, y: y + gap + fontSize, anchor: 'middle', text },
    ];
    const free = (box: Box, ignoreMarks: boolean) =>
      inside(box, bounds) &&
      !labels.some((other) => overlaps(box, other)) &&
      (ignoreMarks || !marks.some((other) => overlaps(box, other)));
    for (const ignoreMarks of required ? [false, true] : [false]) {
      for (const candidate of candidates) {
        const box = boxOf(candidate, width, height);
        if (!free(box, ignoreMarks)) continue;
        labels.push(box);
        return candidate;
      }
    }
    return undefined;
  });
}

/** The box a symbol of radius `r` covers around x, y. */
export function markBox(x: number, y: number, r: number): Box {
  return { left: x - r, right: x + r, top: y - r, bottom: y + r };
}

function boxOf(label: PlacedLabel, width: number, height: number): Box {
  const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { left, right: left + width, top: label.y - height * 0.8, bottom: label.y + height * 0.2 };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(box: Box, bounds: Box): boolean {
  return box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
}
