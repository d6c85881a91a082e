import edtf, { parse, type ParsedEdtf } from 'edtf';

/** An EDTF text as the edtf package reads it: the instants it spans and its parse tree. */
export interface EdtfText {
  /** Earliest instant it may denote, UTC milliseconds. */
  readonly min: number;
  /** Latest instant it may denote, UTC milliseconds. */
  readonly max: number;
  readonly tree: ParsedEdtf;
}

// Parsing is slow — the edtf package builds its grammar again on every call — and a site repeats its dates,
// while `npm run dev` checks the whole folder on every request: each text is parsed once, then remembered.
const known = new Map<string, EdtfText | null>();
const LIMIT = 10_000;

/** The EDTF reading of `value`, or null when it is not EDTF at all. Shared by the schema and the model. */
export function readEdtfText(value: string): EdtfText | null {
  let result = known.get(value);
  if (result === undefined) {
    if (known.size >= LIMIT) known.clear();
    result = parseText(value);
    known.set(value, result);
  }
  return result;
}

function parseText(value: string): EdtfText | null {
  try {
    const { min, max } = edtf(value);
    return { min, max, tree: parse(value) };
  } catch {
    return null;
  }
}
