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
  readonly offsets: readonly number[];
}

export function normaliseText(original: string): NormalisedText {
  let text = '';
  const offsets: number[] = [];
  let inSpace = false;
  for (let index = 0; index < original.length; index++) {
    const char = original.charAt(index);
    if (/\s/.test(char)) {
      if (!inSpace && text.length > 0) {
        text += ' ';
        offsets.push(index);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    text += QUOTE_MARKS[char] ?? char;
    offsets.push(index);
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    offsets.pop();
  }
  return { text, offsets };
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
