/** The numeric part of a figure: a best estimate and/or bounds, and whether the text hedged. */
export interface FigureValue {
  readonly value?: number | undefined;
  readonly low?: number | undefined;
  readonly high?: number | undefined;
  readonly approx?: boolean | undefined;
  /** How the text words its bounds: strict ("more than", "less than") or inclusive ("at least", "up to"). */
  readonly bound?: 'strict' | 'inclusive' | undefined;
}

export interface NumberFormatOptions {
  /** BCP 47 tag of the site's language. */
  readonly locale: string;
}

const cache = new Map<string, Intl.NumberFormat>();

/** A plain number for readers: grouped thousands, up to two decimals ("1,351", "0.25"). */
export function formatNumber(value: number, { locale }: NumberFormatOptions): string {
  let formatter = cache.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    cache.set(locale, formatter);
  }
  return formatter.format(value);
}

/**
 * A figure as a reader says it: "1,351", "about 500", "7,000–15,000", "more than 900,000", "up to 40,000",
 * "about 7,000–15,000", "12,000 (range 10,000–15,000)"; with `bound`, as the text words it: "less than 100" (strict),
 * "at least 7,000" (inclusive).
 */
export function formatFigureValue(figure: FigureValue, options: NumberFormatOptions): string {
  const n = (value: number) => formatNumber(value, options);
  const about = figure.approx ? 'about ' : '';
  const { value, low, high } = figure;
  let bounds = '';
  if (low !== undefined && high !== undefined) {
    bounds =
      low === high
        ? n(low)
        : figure.bound === 'strict'
          ? `more than ${n(low)} and less than ${n(high)}`
          : `${n(low)}–${n(high)}`;
  } else if (low !== undefined) bounds = `${figure.bound === 'inclusive' ? 'at least' : 'more than'} ${n(low)}`;
  else if (high !== undefined) bounds = `${figure.bound === 'strict' ? 'less than' : 'up to'} ${n(high)}`;
  if (value === undefined) return `${about}${bounds}`;
  if (bounds === '') return `${about}${n(value)}`;
  return `${about}${n(value)} (${low !== undefined && high !== undefined ? 'range ' : ''}${bounds})`;
}

/** The same with the metric's unit: "7,000–15,000 people". */
export function formatFigureWithUnit(figure: FigureValue, unit: string, options: NumberFormatOptions): string {
  return `${formatFigureValue(figure, options)} ${unit}`;
}
