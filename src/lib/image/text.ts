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
 * Greedy word wrap to lines no wider than `maxWidth`; a word wider than a line is broken between characters.
 * With `maxLines`, text past the last line is cut and the last line ends in an ellipsis.
 */
export function wrapText(
  text: string,
  options: { maxWidth: number; measure: TextMeasure; style: TextStyle; maxLines?: number },
): string[] {
  const { maxWidth, maxLines } = options;
  const width = (line: string) => options.measure(line, options.style.size, options.style.weight);
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && width(`${last} ${word}`) <= maxWidth) {
      lines[lines.length - 1] = `${last} ${word}`;
      continue;
    }
    let rest = word;
    while (width(rest) > maxWidth && Array.from(rest).length > 1) {
      const head = longestPrefix(rest, (prefix) => width(prefix) <= maxWidth);
      lines.push(head);
      rest = rest.slice(head.length);
    }
    lines.push(rest);
  }
  if (maxLines === undefined || lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = ellipsize(`${kept.at(-1) ?? ''} `, (line) => width(line) <= maxWidth);
  return kept;
}

/** One line no wider than `maxWidth`, ending in an ellipsis when it had to be cut. */
export function fitLine(text: string, options: { maxWidth: number; measure: TextMeasure; style: TextStyle }): string {
  const line = text.trim().replace(/\s+/g, ' ');
  const fits = (candidate: string) =>
    options.measure(candidate, options.style.size, options.style.weight) <= options.maxWidth;
  return fits(line) ? line : ellipsize(line, fits);
}

/**
 * The longest start of `text` that, with an ellipsis after it, still fits: cut at a word boundary when that
 * keeps at least half the line, with trailing spaces and punctuation dropped before the ellipsis.
 */
function ellipsize(text: string, fits: (line: string) => boolean): string {
  const cut = (prefix: string) => `${prefix.replace(/[\s,;:.–—-]+$/u, '')}${ELLIPSIS}`;
  const head = longestPrefix(text, (prefix) => fits(cut(prefix)));
  const boundary = head.lastIndexOf(' ');
  const atWord = boundary > head.length / 2 ? head.slice(0, boundary) : head;
  return cut(atWord);
}

/** The longest prefix (in whole code points, at least one) that satisfies `ok`. */
function longestPrefix(text: string, ok: (prefix: string) => boolean): string {
  const chars = Array.from(text);
  let low = 1;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (ok(chars.slice(0, middle).join(''))) low = middle;
    else high = middle - 1;
  }
  return chars.slice(0, low).join('');
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
