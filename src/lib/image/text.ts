export type FontWeight = 400 | 600 | 700;

/** Width in pixels of `text` set at `size` px in `weight`. */
export type TextMeasure = (text: string, size: number, weight?: FontWeight) => number;

export interface TextStyle {
  readonly size: number;
  readonly weight?: FontWeight;
}

// Characters XML 1.0 does not allow anywhere, and unpaired surrogates.
/* eslint-disable no-control-regex -- matching control characters is the point */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for XML character data and attribute values: markup characters escaped, invalid ones dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

export const ELLIPSIS = '…';

/**
 * Lines `wrapText` gives at most when its caller sets no `maxLines`: more than any image has room for, so only
 * runaway text is cut (with an ellipsis, as with `maxLines`), and wrapping stays bounded however long the text.
 */
export const DEFAULT_MAX_LINES = 100;

/**
 * No character worth drawing is narrower than a tenth of an em, so a line holds at most ten code points per em
 * of its width, and never more than `MAX_LINE_CODE_POINTS`. Text with more (zero-width marks, joiners) is
 * treated as too wide, so no line, and no string that is measured, is longer than that, however long the text.
 */
const CODE_POINTS_PER_EM = 10;
const MAX_LINE_CODE_POINTS = 2000;

/** The most code points a line `maxWidth` wide can hold at `size` px: at least one. */
function lineLimit(maxWidth: number, size: number): number {
  const limit = Math.ceil((maxWidth / size) * CODE_POINTS_PER_EM);
  return limit >= 1 ? Math.min(limit, MAX_LINE_CODE_POINTS) : 1;
}

/** Whether a line fits: at most `limit` code points (counted first, cheaply), then no wider than `maxWidth`. */
function fitsTest(options: { maxWidth: number; measure: TextMeasure; style: TextStyle }): {
  fits: (line: string) => boolean;
  limit: number;
} {
  const { maxWidth, measure, style } = options;
  const limit = lineLimit(maxWidth, style.size);
  const fits = (line: string) => atMost(line, limit) && measure(line, style.size, style.weight) <= maxWidth;
  return { fits, limit };
}

/**
 * Greedy word wrap to lines no wider than `maxWidth`; a word wider than a line is broken between characters.
 * With `maxLines` (`DEFAULT_MAX_LINES` when not set), text past the last line is cut and the last line ends in
 * an ellipsis. Only as much of the text is read as the lines take, and no line is longer than the width allows.
 */
export function wrapText(
  text: string,
  options: { maxWidth: number; measure: TextMeasure; style: TextStyle; maxLines?: number },
): string[] {
  const maxLines = options.maxLines ?? DEFAULT_MAX_LINES;
  const { fits, limit } = fitsTest(options);
  // The lines kept when text is cut; one line more shows that it is, and the ones before it are final.
  const keep = Math.max(1, maxLines);
  const lines: string[] = [];
  const full = (line: string) => lines.push(line) > keep;
  const words = lazyWords(text);

  /** The words from `index` on that fit after `last` on its line, each after a space. */
  const wordsThatFit = (last: string, index: number): string[] => {
    // More UTF-16 units than twice the line's code points cannot fit, so look no further ahead than that.
    const candidates: string[] = [];
    let length = last.length;
    for (let next = words.at(index); next !== undefined; next = words.at(index + candidates.length)) {
      length += 1 + next.length;
      if (length > 2 * limit) break;
      candidates.push(next);
    }
    // The longest run that fits: what adding words one at a time until one does not fit gives.
    let low = 0;
    let high = candidates.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits([last, ...candidates.slice(0, middle)].join(' '))) low = middle;
      else high = middle - 1;
    }
    return candidates.slice(0, low);
  };

  /** Puts `word` on new lines, broken between characters where it is too wide; true once there are enough lines. */
  const breakWord = (word: string): boolean => {
    let start = 0;
    for (;;) {
      // Only the first code points of the rest that a line could hold are ever measured.
      const ends = codePointEnds(word, start, limit + 1);
      const whole = ends.length <= limit;
      if (ends.length <= 1 || (whole && fits(word.slice(start)))) return full(word.slice(start));
      const end = longestPrefix(word, start, ends, fits);
      if (full(word.slice(start, end))) return true;
      start = end;
    }
  };

  let index = 0;
  for (let word = words.at(index); word !== undefined; word = words.at(index)) {
    const last = lines.at(-1);
    const more = last === undefined ? [] : wordsThatFit(last, index);
    if (more.length > 0) {
      lines[lines.length - 1] = [last, ...more].join(' ');
      index += more.length;
      // The word after them does not fit on that line: it starts the next one.
      word = words.at(index);
      if (word === undefined) break;
    }
    if (breakWord(word)) break;
    index++;
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, keep);
  kept[kept.length - 1] = ellipsize(`${kept.at(-1) ?? ''} `, fits, limit);
  return kept;
}

/** The words of a text (its runs of non-space characters), found only as far as they are asked for. */
function lazyWords(text: string): { at: (index: number) => string | undefined } {
  const found: string[] = [];
  const pattern = /\S+/g;
  let done = false;
  return {
    at(index) {
      while (!done && found.length <= index) {
        const match = pattern.exec(text);
        if (match) found.push(match[0]);
        else done = true;
      }
      return found[index];
    },
  };
}

/** One line no wider than `maxWidth`, ending in an ellipsis when it had to be cut. */
export function fitLine(text: string, options: { maxWidth: number; measure: TextMeasure; style: TextStyle }): string {
  const { fits, limit } = fitsTest(options);
  const line = leadingWords(text, 2 * (limit + 1));
  return fits(line) ? line : ellipsize(line, fits, limit);
}

/**
 * The text trimmed with its spaces collapsed (its words joined by single spaces), but only as far as a line cut
 * from it can reach: past `length` UTF-16 units (more than a line holds), up to the first word that starts there
 * and is more than punctuation, as `ellipsize` looks no further.
 */
function leadingWords(text: string, length: number): string {
  const words = lazyWords(text);
  let line = words.at(0) ?? '';
  for (let index = 1, word = words.at(index); word !== undefined; word = words.at(++index)) {
    const start = line.length + 1;
    line = `${line} ${word}`;
    if (start > length && !/^[,;:.–—-]+$/u.test(word)) break;
  }
  return line;
}

/** Spaces and punctuation dropped before an ellipsis. */
const TRAILING = /[\s,;:.–—-]/u;

/**
 * The longest start of `text` that, with an ellipsis after it, still fits: cut at a word boundary when that
 * keeps at least half the line, with trailing spaces and punctuation dropped before the ellipsis. A line that
 * fits has at most `limit` code points, so only that many are tried, and then any spaces and punctuation after.
 */
function ellipsize(text: string, fits: (line: string) => boolean, limit: number): string {
  const cut = (prefix: string) => `${trimTrailing(prefix)}${ELLIPSIS}`;
  const ends = codePointEnds(text, 0, limit + 1);
  let end = longestPrefix(text, 0, ends, (prefix) => fits(cut(prefix)));
  // Past the code points tried, a prefix still fits as long as what it adds is dropped again before the ellipsis.
  if (end === ends.at(-1)) while (end < text.length && TRAILING.test(text.charAt(end))) end++;
  const head = text.slice(0, end);
  const boundary = head.lastIndexOf(' ');
  const atWord = boundary > head.length / 2 ? head.slice(0, boundary) : head;
  return cut(atWord);
}

/** `text` without the spaces and punctuation at its end. */
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/**
 * Where the longest prefix of `text` from `start` that satisfies `ok` ends: one of `ends` (the ends of its first
 * code points, from `codePointEnds`), at least the first.
 */
function longestPrefix(text: string, start: number, ends: readonly number[], ok: (prefix: string) => boolean): number {
  let low = 1;
  let high = ends.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (ok(text.slice(start, ends[middle - 1]))) low = middle;
    else high = middle - 1;
  }
  return ends[low - 1] ?? start;
}

/** The UTF-16 offsets at which each of the first `count` code points of `text` from `start` ends. */
function codePointEnds(text: string, start: number, count: number): number[] {
  const ends: number[] = [];
  let index = start;
  while (index < text.length && ends.length < count) {
    index += isSurrogatePair(text, index) ? 2 : 1;
    ends.push(index);
  }
  return ends;
}

/** Whether `text` has at most `limit` code points, counted no further than that. */
function atMost(text: string, limit: number): boolean {
  if (text.length <= limit) return true;
  if (text.length > 2 * limit) return false;
  let count = 0;
  for (let index = 0; index < text.length; index += isSurrogatePair(text, index) ? 2 : 1) {
    if (++count > limit) return false;
  }
  return true;
}

function isSurrogatePair(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  if (high < 0xd800 || high > 0xdbff) return false;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

/** Wraps lines in `<tspan>`s, one per line, `lineHeight` apart, starting at x. */
export function tspans(lines: readonly string[], x: number, lineHeight: number): string {
  return lines
    .map((line, index) => `<tspan x="${num(x)}" dy="${index === 0 ? 0 : num(lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
}

/** A number for SVG output: at most two decimals, no trailing zeros, never "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
