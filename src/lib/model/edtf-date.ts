import type { ParsedEdtf } from 'edtf';
import { readEdtfText } from '../schema/edtf-text.ts';

export type DatePrecision = 'year' | 'month' | 'day';

/** One end of an EDTF date, as precise as the text allows. Months are 1-based. */
export interface DatePoint {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

/** An EDTF string with the UTC span it may denote and its ends at their precision. */
export interface EdtfDate {
  readonly edtf: string;
  /** Earliest instant it may denote, UTC milliseconds. */
  readonly min: number;
  /** Latest instant it may denote, UTC milliseconds. */
  readonly max: number;
  readonly start: DatePoint;
  /** Same as `start` unless the date is an interval. */
  readonly end: DatePoint;
  readonly isInterval: boolean;
}

/** Parses an EDTF string already validated by the schema (`edtfDate`); throws on anything else. */
export function edtfDate(value: string): EdtfDate {
  const read = readEdtfText(value);
  if (read === null) throw new Error(`"${value}" is not an EDTF date; run the checker first`);
  const { min, max, tree: parsed } = read;
  if (parsed.type === 'Interval') {
    const [lower, upper] = parsed.values;
    const start = isParsed(lower) ? pointOf(lower) : pointFromInstant(min);
    const end = isParsed(upper) ? pointOf(upper) : pointFromInstant(max);
    return { edtf: value, min, max, start, end, isInterval: true };
  }
  const point = parsed.type === 'Date' || parsed.type === 'Year' ? pointOf(parsed) : pointFromInstant(min);
  return { edtf: value, min, max, start: point, end: point, isInterval: false };
}

/** Orders dates by their earliest instant, then their latest. */
export function compareDates(a: EdtfDate, b: EdtfDate): number {
  return a.min - b.min || a.max - b.max;
}

function isParsed(value: unknown): value is ParsedEdtf {
  return typeof value === 'object' && value !== null && 'type' in value;
}

function pointOf(parsed: ParsedEdtf): DatePoint {
  const [year, month, day] = parsed.values as Array<number | undefined>;
  const flags = { approximate: Boolean(parsed.approximate), uncertain: Boolean(parsed.uncertain) };
  if (typeof day === 'number' && typeof month === 'number') {
    return { year: year ?? 0, month: month + 1, day, precision: 'day', ...flags };
  }
  if (typeof month === 'number') return { year: year ?? 0, month: month + 1, precision: 'month', ...flags };
  return { year: year ?? 0, precision: 'year', ...flags };
}

function pointFromInstant(instant: number): DatePoint {
  const date = new Date(instant);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    precision: 'day',
    approximate: false,
    uncertain: false,
  };
}
