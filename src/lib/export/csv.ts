import { csvFormatRows } from 'd3-dsv';

/** One value of a download: text, a number, true/false, or nothing (an empty CSV cell, `null` in JSON). */
export type Cell = string | number | boolean | null;

/** A documented field of a download: its name, what it means, and an example value. */
export interface Field {
  readonly name: string;
  readonly meaning: string;
  /** An example as the file shows it; the data page prefers one taken from the site's own data. */
  readonly example: string;
  /** True when the example is the generic one, not a value from the site's own data. */
  readonly generic?: boolean;
}

/** A CSV column (or JSON field) and how to read it from a row. */
export interface Column<Row> extends Field {
  readonly value: (row: Row) => Cell;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a text cell against spreadsheet formula injection: text that starts with = + - @, a tab or a
 * carriage return gets a leading single quote, so Excel, LibreOffice and Google Sheets show it as text.
 */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell as CSV text. Numbers stay numbers (a negative number is not neutralised); only text is. */
export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return neutraliseText(cell);
}

/** A CSV file (RFC 4180 quoting, UTF-8, LF line ends): a header row of the column names, then one row each. */
export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const header = columns.map((column) => column.name);
  const body = rows.map((row) => columns.map((column) => csvCell(column.value(row))));
  return `${csvFormatRows([header, ...body])}\n`;
}

/** A row as a JSON object with the columns as keys, in column order. */
export function toRecord<Row>(columns: readonly Column<Row>[], row: Row): Record<string, Cell> {
  return Object.fromEntries(columns.map((column) => [column.name, column.value(row)]));
}

/** A JSON file: two-space indented, with a final line end. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The documented fields with an example each: the first non-empty value the site's own rows give, else the
 * field's generic example.
 */
export function withExamples<Row>(columns: readonly Column<Row>[], rows: Iterable<Row>): Field[] {
  return columns.map((column) => {
    let found: string | undefined;
    for (const row of rows) {
      const text = csvCell(column.value(row));
      if (text !== '') {
        found = text;
        break;
      }
    }
    return found === undefined
      ? { name: column.name, meaning: column.meaning, example: column.example, generic: true }
      : { name: column.name, meaning: column.meaning, example: found };
  });
}

/**
 * The items of a generator, made on first use and kept: every loop over it sees the same items, and a loop that
 * stops early leaves the rest unmade.
 */
export function lazyList<Item>(make: () => Iterator<Item>): Iterable<Item> {
  const made: Item[] = [];
  let source: Iterator<Item> | undefined;
  let done = false;
  return {
    *[Symbol.iterator]() {
      for (let index = 0; ; index++) {
        if (index < made.length) {
          yield made[index] as Item;
          continue;
        }
        if (done) return;
        source ??= make();
        const next = source.next();
        if (next.done) {
          done = true;
          return;
        }
        made.push(next.value);
        yield next.value;
      }
    },
  };
}
