import type { Messages } from '../messages/messages.ts';

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

/**
 * A number for readers, with grouped thousands and every decimal it was written with ("1,351", "0.25",
 * "0.00035", "1,234,567.891"): a figure is shown as its source gives it, never rounded to look tidier (a
 * limit of two decimals showed 0.0004 mg/l as 0).
 */
export function formatNumber(value: number, { locale }: NumberFormatOptions): string {
  const decimals = Math.min(20, decimalsOf(value));
  const key = `${locale} ${decimals}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals });
    cache.set(key, formatter);
  }
  return formatter.format(value);
}

/**
 * Digits after the decimal point in the shortest way to write the number to 15 significant digits, as a source
 * or a YAML file would: 12.29 has 2, 1e-7 has 7, 11 has 0, and 0.1 + 0.2 (0.30000000000000004) has 1.
 */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [mantissa = '', exponent = '0'] = String(Number(Math.abs(value).toPrecision(15))).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

export interface FigureFormatOptions {
  /** The site's messages: the words around the numbers, and the locale of the numbers. */
  readonly messages: Messages;
}

/**
 * A figure as a reader says it: "1,351", "about 500", "7,000–15,000", "more than 900,000", "up to 40,000",
 * "about 7,000–15,000", "12,000 (range 10,000–15,000)"; with `bound`, as the text words it: "less than 100" (strict),
 * "at least 7,000" (inclusive).
 */
export function formatFigureValue(figure: FigureValue, options: FigureFormatOptions): string {
  return formatFigure(figure, options, undefined);
}

/** The same with the metric's unit: "7,000–15,000 people", "less than 100 square kilometres". */
export function formatFigureWithUnit(figure: FigureValue, unit: string, options: FigureFormatOptions): string {
  return formatFigure(figure, options, unit);
}

/** The unit goes right after the number it measures: "12,000 people (range 10,000–15,000)", "1.55 °C". */
function formatFigure(figure: FigureValue, { messages }: FigureFormatOptions, unit: string | undefined): string {
  const n = (value: number) => formatNumber(value, messages);
  const withUnit = (text: string) => {
    if (!unit) return text;
    // The percent sign is written as the language writes it: "12.5%", "12,5 %" (French), "%12,5" (Turkish).
    if (unit.trim() === '%') return percentSign(messages.locale, text);
    return messages.format('value.withUnit', { value: text, unit });
  };
  const { value, low, high } = figure;
  // A hedged bound alone is hedged inside: "more than about 600", never "about more than 600".
  const hedgedBound = figure.approx && value === undefined && (low === undefined || high === undefined);
  const bound = (number: number) =>
    hedgedBound ? messages.format('value.approximate', { value: n(number) }) : n(number);
  let bounds = '';
  if (low !== undefined && high !== undefined) {
    bounds =
      low === high
        ? n(low)
        : messages.format(figure.bound === 'strict' ? 'value.betweenStrict' : 'value.range', {
            low: n(low),
            high: n(high),
          });
  } else if (low !== undefined) {
    bounds = messages.format(figure.bound === 'inclusive' ? 'value.atLeast' : 'value.moreThan', { low: bound(low) });
  } else if (high !== undefined) {
    bounds = messages.format(figure.bound === 'strict' ? 'value.lessThan' : 'value.upTo', { high: bound(high) });
  }
  let text: string;
  if (value === undefined) text = withUnit(bounds);
  else if (bounds === '') text = withUnit(n(value));
  else if (low !== undefined && high !== undefined) {
    text = messages.format('value.withRange', { value: withUnit(n(value)), range: bounds });
  } else text = messages.format('value.withBound', { value: withUnit(n(value)), bound: bounds });
  return figure.approx && !hedgedBound ? messages.format('value.approximate', { value: text }) : text;
}

const percentSigns = new Map<string, { before: string; after: string }>();

/** A number already formatted, with the percent sign placed and spaced as `Intl` writes it for the locale. */
function percentSign(locale: string, text: string): string {
  let sign = percentSigns.get(locale);
  if (!sign) {
    const parts = new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent' }).formatToParts(1);
    const numeric = parts.map((part) => part.type === 'integer');
    const first = numeric.indexOf(true);
    const last = numeric.lastIndexOf(true);
    sign = {
      before: parts
        .slice(0, first)
        .map((part) => part.value)
        .join(''),
      after: parts
        .slice(last + 1)
        .map((part) => part.value)
        .join(''),
    };
    percentSigns.set(locale, sign);
  }
  return `${sign.before}${text}${sign.after}`;
}
