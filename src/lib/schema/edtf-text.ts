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

/** A plain year, month or day: most dates a site has, and 250 times faster to read without the grammar. */
const PLAIN_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The tree the edtf grammar gives a plain, real date, or undefined for anything else. */
export function plainDateTree(value: string): ParsedEdtf | undefined {
  const match = PLAIN_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  // Years before 1000 stay with the grammar: Date.UTC reads 0–99 as 1900–1999.
  if (year < 1000) return undefined;
  const values = [year];
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return undefined;
    values.push(month - 1);
    if (match[3] !== undefined) {
      const day = Number(match[3]);
      if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
      values.push(day);
    }
  }
  return { type: 'Date', level: 0, values };
}

function parseText(value: string): EdtfText | null {
  const plain = plainDateTree(value);
  if (plain) {
    const { min, max } = edtf(plain);
    return { min, max, tree: plain };
  }
  try {
    const { min, max } = edtf(value);
    return { min, max, tree: parse(value) };
  } catch {
    return null;
  }
}
