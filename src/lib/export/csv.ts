import { csvFormatRows } from 'd3-dsv';
import type { MessageId, Messages } from '../messages/messages.ts';

/** One value of a download: text, a number, true/false, or nothing (an empty CSV cell, `null` in JSON). */
export type Cell = string | number | boolean | null;

/** A documented field of a download as the data page shows it: its name, what it means, and an example value. */
export interface Field {
  readonly name: string;
  readonly meaning: string;
  /** An example as the file shows it; the data page prefers one taken from the site's own data. */
  readonly example: string;
  /** True when the example is the generic one, not a value from the site's own data. */
  readonly generic?: boolean;
}

/**
 * A field as the code documents it. The name is the public API; what it means is a catalog message (in the site's
 * language); the generic example is a value that reads the same in every language (an id, a number, a date, an
 * address), or a catalog message when it is words.
 */
export interface FieldDoc {
  readonly name: string;
  readonly meaning: MessageId;
  /** A sentence added to the meaning where the field has a special case (a claim CSV's relation columns). */
  readonly note?: MessageId;
  readonly example: string | { readonly message: MessageId };
}

/** A CSV column (or JSON field) and how to read it from a row. */
export interface Column<Row> extends FieldDoc {
  readonly value: (row: Row) => Cell;
}

/**
 * A documented field in the site's language. Every meaning may name the words the pages use for relations and for
 * the claimed figure (`{agrees}`, `{disagrees}`, `{context}`, `{claimed}`), so that it follows a site's overrides.
 */
export function documentField(doc: FieldDoc, messages: Messages, example?: string): Field {
  const roles = {
    agrees: messages.format('role.corroborates'),
    disagrees: messages.format('role.contradicts'),
    context: messages.format('role.context'),
    claimed: messages.format('role.claimed'),
  };
  const meaning = messages.format(doc.meaning, roles);
  return {
    name: doc.name,
    meaning: doc.note
      ? messages.format('downloads.meaningWithNote', { meaning, note: messages.format(doc.note) })
      : meaning,
    ...(example === undefined
      ? {
          example: typeof doc.example === 'string' ? doc.example : messages.format(doc.example.message),
          generic: true,
        }
      : { example }),
  };
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
 * field's generic example; in the site's language.
 */
export function withExamples<Row>(columns: readonly Column<Row>[], rows: Iterable<Row>, messages: Messages): Field[] {
  return columns.map((column) => {
    let found: string | undefined;
    for (const row of rows) {
      const text = csvCell(column.value(row));
      if (text !== '') {
        found = text;
        break;
      }
    }
    return documentField(column, messages, found);
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
