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

/** A plain number for readers: grouped thousands, up to two decimals ("1,351", "0.25"). */
export function formatNumber(value: number, { locale }: NumberFormatOptions): string {
  let formatter = cache.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    cache.set(locale, formatter);
  }
  return formatter.format(value);
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
    bounds = messages.format(figure.bound === 'inclusive' ? 'value.atLeast' : 'value.moreThan', { low: n(low) });
  } else if (high !== undefined) {
    bounds = messages.format(figure.bound === 'strict' ? 'value.lessThan' : 'value.upTo', { high: n(high) });
  }
  let text: string;
  if (value === undefined) text = withUnit(bounds);
  else if (bounds === '') text = withUnit(n(value));
  else if (low !== undefined && high !== undefined) {
    text = messages.format('value.withRange', { value: withUnit(n(value)), range: bounds });
  } else text = messages.format('value.withBound', { value: withUnit(n(value)), bound: bounds });
  return figure.approx ? messages.format('value.approximate', { value: text }) : text;
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
