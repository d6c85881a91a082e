import type { DatePoint, EdtfDate } from '../model/edtf-date.ts';

export interface DateFormatOptions {
  /** BCP 47 tag of the site's language. */
  readonly locale: string;
}

const PARTS: Record<DatePoint['precision'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

/**
 * A date at its precision: "25 March 2022" (by locale), "March 2022", "2023 (uncertain)",
 * "14 March 2022 (approximate)", "March–April 2025".
 */
export function formatEdtfDate(date: EdtfDate, options: DateFormatOptions): string {
  if (!date.isInterval) return formatPoint(date.start, options);
  const { start, end } = date;
  const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
  if (plain && start.precision === end.precision) {
    return closeUpRange(formatter(options.locale, start.precision).formatRange(utc(start), utc(end)));
  }
  return `${formatPoint(start, options)} – ${formatPoint(end, options)}`;
}

/** A value for `<time datetime>`: the date, or the interval's start, at its precision. */
export function htmlDatetime(date: EdtfDate): string {
  const { year, month, day } = date.start;
  const pad = (value: number) => String(value).padStart(2, '0');
  const yearText = String(year).padStart(4, '0');
  if (month === undefined) return yearText;
  if (day === undefined) return `${yearText}-${pad(month)}`;
  return `${yearText}-${pad(month)}-${pad(day)}`;
}

/** "14 – 20 March 2022" → "14–20 March 2022": an en dash between single words takes no spaces. */
function closeUpRange(text: string): string {
  return text.replace(/\u2009/g, ' ').replace(/^([^\s–]+)\s+–\s+(?=[^\s–]+(?:[\s,]|$))/u, '$1–');
}

// A site formats the same few thousand dates again and again (every chart mark, table row and download).
const formatted = new Map<string, string>();
const FORMATTED_LIMIT = 50_000;

function formatPoint(point: DatePoint, options: DateFormatOptions): string {
  const key = `${options.locale}|${point.precision}|${point.year}-${point.month ?? ''}-${point.day ?? ''}|${point.approximate ? 'a' : ''}${point.uncertain ? 'u' : ''}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size >= FORMATTED_LIMIT) formatted.clear();
    text = formatPointOnce(point, options);
    formatted.set(key, text);
  }
  return text;
}

function formatPointOnce(point: DatePoint, options: DateFormatOptions): string {
  const text = formatter(options.locale, point.precision).format(utc(point));
  const qualifiers = [point.approximate ? 'approximate' : '', point.uncertain ? 'uncertain' : ''].filter(Boolean);
  return qualifiers.length ? `${text} (${qualifiers.join(', ')})` : text;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: DatePoint['precision']): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...PARTS[precision], timeZone: 'UTC' });
    formatters.set(key, found);
  }
  return found;
}

function utc(point: DatePoint): Date {
  return new Date(Date.UTC(point.year, (point.month ?? 1) - 1, point.day ?? 1));
}
