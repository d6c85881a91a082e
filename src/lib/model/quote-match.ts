/** Where a quote sits in a text: UTF-16 offsets into the original text, end exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

const QUOTE_MARKS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
};

/**
 * A text with whitespace runs folded to one space and typographic quote marks made straight, plus, for each
 * character of the folded text, its offset in the original — so a match can be mapped back for highlighting.
 */
export interface NormalisedText {
  readonly text: string;
  readonly offsets: Readonly<ArrayLike<number>>;
}

export function normaliseText(original: string): NormalisedText {
  // One pass, linear in the length of the text: unchanged runs are copied as slices, never char by char,
  // so a long archived text (up to the 1 MiB a body may hold) takes milliseconds.
  const parts: string[] = [];
  const offsets = new Uint32Array(original.length);
  let length = 0; // characters of the folded text so far
  let runStart = 0; // start of the run of characters copied as they are
  let inSpace = false;
  for (let index = 0; index < original.length; index++) {
    const code = original.charCodeAt(index);
    const space = isSpace(code);
    const mark = space || code < 0xab ? undefined : QUOTE_MARKS[original.charAt(index)];
    if (!space && mark === undefined) {
      if (inSpace) runStart = index;
      inSpace = false;
      offsets[length++] = index;
      continue;
    }
    if (index > runStart && !inSpace) parts.push(original.slice(runStart, index));
    if (space) {
      if (!inSpace && length > 0) {
        parts.push(' ');
        offsets[length++] = index;
      }
      inSpace = true;
    } else {
      parts.push(mark as string);
      offsets[length++] = index;
      inSpace = false;
    }
    runStart = index + 1;
  }
  if (!inSpace && runStart < original.length) parts.push(original.slice(runStart));
  let text = parts.join('');
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    length--;
  }
  return { text, offsets: offsets.subarray(0, length) };
}

/** The characters JavaScript's `\s` matches, without a regular expression per character. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Finds `quote` in `text` (whitespace and quote marks normalised, case kept); undefined when absent. */
export function findQuote(text: NormalisedText, quote: string): TextRange | undefined {
  const needle = normaliseText(quote).text;
  if (needle === '') return undefined;
  const at = text.text.indexOf(needle);
  if (at === -1) return undefined;
  const start = text.offsets[at];
  const last = text.offsets[at + needle.length - 1];
  if (start === undefined || last === undefined) return undefined;
  return { start, end: last + 1 };
}
