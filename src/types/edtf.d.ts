// The `edtf` package ships no types; this declares the part of its API Claimline uses.
declare module 'edtf' {
  /** A parsed EDTF value: `min`/`max` are UTC milliseconds bounding every date it may denote. */
  export interface ExtDateTime {
    readonly type: string;
    readonly min: number;
    readonly max: number;
  }
  /** The parser's structured result: one level-0/1/2 date, or an interval of two. */
  export interface ParsedEdtf {
    type: 'Date' | 'Year' | 'Season' | 'Interval' | 'Set' | 'List' | 'Century' | 'Decade';
    level: number;
    values: Array<number | ParsedEdtf | null>;
    approximate?: unknown;
    uncertain?: unknown;
    unspecified?: unknown;
  }
  export function parse(input: string): ParsedEdtf;
  /** From a text, or from a tree `parse` would give (skipping the grammar). */
  export default function edtf(input: string | ParsedEdtf): ExtDateTime;
}
