// Markdown tables laid out the way Prettier lays them out (padded cells, dashes as wide as the column), so the
// benchmark's report can be pasted into the README and still pass `prettier --check`.

export type Align = 'left' | 'right';

export interface TableOptions {
  /** Alignment per column; left when missing. */
  readonly align?: readonly Align[];
}

/** A Markdown table: a header row, a delimiter row and one row per entry. Pipes inside cells are escaped. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): string {
  const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|');
  const all = [header, ...rows].map((row) => header.map((_, column) => cell(row[column])));
  const widths = header.map((_, column) => Math.max(3, ...all.map((row) => width(row[column] ?? ''))));
  const align = (column: number): Align => options.align?.[column] ?? 'left';
  const pad = (text: string, column: number) => {
    const fill = ' '.repeat((widths[column] ?? 0) - width(text));
    return align(column) === 'right' ? fill + text : text + fill;
  };
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const delimiter = `| ${widths.map((w, column) => (align(column) === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  const [head, ...body] = all;
  return [line(head ?? []), delimiter, ...body.map(line)].join('\n');
}

/** Display width: one column per code point (the tables hold Latin text, digits and symbols such as × and ≤). */
function width(text: string): number {
  return [...text].length;
}
