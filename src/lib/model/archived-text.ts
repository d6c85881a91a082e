import { findQuote, normaliseText, type TextRange } from './quote-match.ts';

/** A run of archived text; `figures` lists the figures whose quote covers it (empty: plain text). */
export interface TextSegment {
  readonly text: string;
  readonly figures: readonly string[];
  /** Figures whose quote starts in this segment: the anchor for each goes here. */
  readonly anchors: readonly string[];
}

/** One paragraph (one non-empty line) of an archived text. */
export interface TextBlock {
  readonly segments: readonly TextSegment[];
}

/**
 * Splits an archived plain text into paragraphs and marks where each figure's quote stands, so a page can
 * highlight and anchor the quotes. Quotes may overlap; a quote spanning paragraphs is marked in each.
 */
export function archivedTextBlocks(body: string, quotes: ReadonlyArray<{ id: string; quote: string }>): TextBlock[] {
  const normalised = normaliseText(body);
  const ranges = quotes
    .map(({ id, quote }) => ({ id, range: findQuote(normalised, quote) }))
    .filter((entry): entry is { id: string; range: TextRange } => entry.range !== undefined);

  const blocks: TextBlock[] = [];
  let lineStart = 0;
  for (const line of body.split('\n')) {
    const lineEnd = lineStart + line.length;
    const trimmed = line.trim();
    if (trimmed !== '') {
      const from = lineStart + line.indexOf(trimmed);
      blocks.push({ segments: segmentsOf({ body, from, to: from + trimmed.length, ranges }) });
    }
    lineStart = lineEnd + 1;
  }
  return blocks;
}

function segmentsOf(options: {
  body: string;
  from: number;
  to: number;
  ranges: ReadonlyArray<{ id: string; range: TextRange }>;
}): TextSegment[] {
  const { body, from, to, ranges } = options;
  const cuts = new Set([from, to]);
  for (const { range } of ranges) {
    if (range.start > from && range.start < to) cuts.add(range.start);
    if (range.end > from && range.end < to) cuts.add(range.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index] as number;
    const end = points[index + 1] as number;
    const covering = ranges.filter(({ range }) => range.start <= start && range.end >= end);
    segments.push({
      text: body.slice(start, end),
      figures: covering.map(({ id }) => id),
      anchors: covering.filter(({ range }) => range.start === start).map(({ id }) => id),
    });
  }
  return segments;
}
