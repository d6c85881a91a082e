import type { Messages } from '../messages/messages.ts';
import type { DatePoint, EdtfDate } from '../model/edtf-date.ts';

export interface DateFormatOptions {
  /** The site's messages: their locale formats the date, their words qualify it. */
  readonly messages: Messages;
}

const PARTS: Record<DatePoint['precision'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

/**
 * A date at its precision: "25 March 2022" (by locale), "March 2022", "2023 (uncertain)",
 * "around 14 March 2022", "March–April 2025".
 */
export function formatEdtfDate(date: EdtfDate, options: DateFormatOptions): string {
  if (!date.isInterval) return formatPoint(date.start, options);
  const { start, end } = date;
  const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
  if (plain && start.precision === end.precision) {
    return closeUpRange(formatter(options.messages.locale, start.precision).formatRange(utc(start), utc(end)));
  }
  return options.messages.format('date.interval', {
    start: formatPoint(start, options),
    end: formatPoint(end, options),
  });
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

// A site formats the same few thousand dates again and again (every chart mark, table row and download); each
// site's messages keep their own.
const formattedBy = new WeakMap<Messages, Map<string, string>>();
const FORMATTED_LIMIT = 50_000;

function formatPoint(point: DatePoint, { messages }: DateFormatOptions): string {
  let formatted = formattedBy.get(messages);
  if (!formatted) {
    formatted = new Map();
    formattedBy.set(messages, formatted);
  }
  const key = `${point.precision}|${point.year}-${point.month ?? ''}-${point.day ?? ''}|${point.approximate ? 'a' : ''}${point.uncertain ? 'u' : ''}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size >= FORMATTED_LIMIT) formatted.clear();
    text = formatPointOnce(point, messages);
    formatted.set(key, text);
  }
  return text;
}

function formatPointOnce(point: DatePoint, messages: Messages): string {
  const date = formatter(messages.locale, point.precision).format(utc(point));
  if (point.approximate && point.uncertain) return messages.format('date.approximateUncertain', { date });
  if (point.approximate) return messages.format('date.approximate', { date });
  if (point.uncertain) return messages.format('date.uncertain', { date });
  return date;
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
