import { formatEdtfDate } from '../format/date.ts';
import { decimalsOf, formatFigureValue, formatFigureWithUnit, formatNumber } from '../format/number.ts';
import type { MessageId, Messages } from '../messages/messages.ts';
import type { Figure, Metric } from '../model/types.ts';
import { isPercentageUnit } from './percentage-unit.ts';
import type { ComputedRelation } from './relation.ts';
import { valueInterval } from './value-interval.ts';

const DAY = 86_400_000;
/** The largest whole number `number.spelled` writes as a word. */
const SPELLED_UP_TO = 12;

export interface SentenceInput {
  readonly claimed: Figure;
  readonly other: Figure;
  readonly relation: ComputedRelation;
  readonly metricById: ReadonlyMap<string, Metric>;
  readonly messages: Messages;
}

/**
 * One plain sentence: who estimated what and when, then how it compares with the claimed value, e.g. "NATO
 * estimated 7,000–15,000 people two days earlier: five to eleven times the claimed 1,351 people."
 */
export function relationSentence(input: SentenceInput): string {
  const { claimed, other, relation, metricById, messages } = input;
  const when = whenPhrase({ claimed, other, metricById, messages });
  const claimedValue = when.relative
    ? valueOf(claimed, metricById, messages)
    : messages.format('claimed.dated', {
        value: valueOf(claimed, metricById, messages),
        when: absoluteWhen(claimed, metricById, messages),
      });
  const values = {
    by: other.by,
    other: valueOf(other, metricById, messages),
    when: when.text,
    claimed: messages.format('claimed.phrase', {
      wording: isWorded(claimed) ? 'worded' : 'plain',
      value: claimedValue,
    }),
    claimedValue,
    shape: isRange(other) ? 'range' : 'other',
    otherMetric: metricById.get(other.metric)?.label ?? other.metric,
    claimedMetric: metricById.get(claimed.metric)?.label ?? claimed.metric,
  };
  const say = (id: MessageId, extra: Record<string, string> = {}) =>
    sentenceCase(messages.format(id, { ...values, ...extra }), messages.locale);

  const percentage = isPercentageUnit(metricById.get(claimed.metric)?.unit);
  switch (relation.basis) {
    case 'same-date':
      if (relation.kind === 'corroborates') return say(agreement(claimed, other));
      return relation.direction === 'below'
        ? say('relation.higher', { gap: gap({ upper: other, lower: claimed, percentage, messages }) })
        : say('relation.lower', { gap: gap({ upper: claimed, lower: other, percentage, messages }) });
    case 'running-total':
      if (relation.kind === 'contradicts') {
        return say(relation.direction === 'above' ? 'relation.totalTooHigh' : 'relation.totalTooLow');
      }
      return say(other.date.min > claimed.date.min ? 'relation.totalGrewFrom' : 'relation.totalGrewTo');
    case 'loose-dates':
      return say('relation.looseDates');
    case 'too-far-apart':
      return say('relation.tooFarApart');
    case 'part-of-whole':
      return say(relation.kind === 'contradicts' ? 'relation.wholeBelowPart' : 'relation.wholeAbovePart');
    case 'whole-of-part':
      return say(relation.kind === 'contradicts' ? 'relation.partAboveWhole' : 'relation.partBelowWhole');
    case 'different-metric':
      return say('relation.differentMetric');
    case 'same-estimate':
      return say('relation.sameEstimate');
  }
}

/** The sentence for an estimate weighed against a claim that gives no number of its own. */
export function uncomparedSentence(input: Omit<SentenceInput, 'claimed' | 'relation'>): string {
  const { other, metricById, messages } = input;
  return sentenceCase(
    messages.format('relation.noClaimedFigure', {
      by: other.by,
      other: valueOf(other, metricById, messages),
      when: absoluteWhen(other, metricById, messages),
    }),
    messages.locale,
  );
}

/**
 * Whether a figure's value is worded rather than a bare number — "more than 7,000", "up to 40,000", "about 500" — so
 * a sentence says "the claim of more than 7,000 people", never "the claimed more than 7,000 people".
 */
export function isWorded(figure: Figure): boolean {
  if (figure.approx) return true;
  if (figure.value !== undefined) return false;
  return !(figure.low !== undefined && figure.high !== undefined && figure.bound !== 'strict');
}

/** A closed range written low–high, with no best estimate. */
function isRange(figure: Figure): boolean {
  return (
    figure.value === undefined &&
    figure.low !== undefined &&
    figure.high !== undefined &&
    figure.low !== figure.high &&
    figure.bound !== 'strict'
  );
}

/** A figure's value with its metric's unit: "7,000–15,000 people", "less than 100 square kilometres". */
export function valueOf(figure: Figure, metricById: ReadonlyMap<string, Metric>, messages: Messages): string {
  const unit = metricById.get(figure.metric)?.unit;
  return unit ? formatFigureWithUnit(figure, unit, { messages }) : formatFigureValue(figure, { messages });
}

function agreement(claimed: Figure, other: Figure): MessageId {
  const a = valueInterval(claimed);
  const b = valueInterval(other);
  if (a.low === a.high && b.low === b.high && a.low === b.low) return 'relation.matches';
  if (b.low <= a.low && a.high <= b.high) return 'relation.includes';
  if (a.low <= b.low && b.high <= a.high) return 'relation.within';
  return 'relation.overlaps';
}

/**
 * "five to eleven times", "more than five times", "at least 20% more than": how far `upper` sits above `lower`. For
 * a percentage ("11.7%"), in percentage points: "1.29 percentage points more than".
 */
function gap(options: { upper: Figure; lower: Figure; percentage: boolean; messages: Messages }): string {
  const { upper, lower, percentage, messages } = options;
  if (percentage) return pointsGap({ upper, lower, messages });
  const up = valueInterval({ ...upper, approx: false });
  const down = valueInterval({ ...lower, approx: false });
  if (!(down.high > 0) || !Number.isFinite(down.high) || !(up.low > 0)) return messages.format('gap.above');
  const least = up.low / down.high;
  const most = Number.isFinite(up.high) && down.low > 0 ? up.high / down.low : Number.POSITIVE_INFINITY;
  if (least < 1.5) {
    // Rounded down, so that "at least" holds; the nudge keeps 2.9 / 2 (1.4499… in binary) at 45%, not 44%.
    const ratio = Math.floor((least - 1) * 100 + 1e-9) / 100;
    return ratio < 0.01 ? messages.format('gap.just') : messages.format('gap.percent', { ratio });
  }
  const round = (ratio: number) => (ratio < 3 ? Math.round(ratio * 10) / 10 : Math.round(ratio));
  // Both ends of a range in words, or both in digits: never "five to 13 times".
  const wordable = (ratio: number) => Number.isInteger(round(ratio)) && round(ratio) <= SPELLED_UP_TO;
  const inWords = wordable(least) && (!Number.isFinite(most) || wordable(most));
  const say = (ratio: number) =>
    inWords ? messages.format('number.spelled', { n: round(ratio) }) : formatNumber(round(ratio), messages);
  if (!Number.isFinite(most)) return messages.format('gap.moreThanTimes', { n: say(least) });
  if (round(least) === round(most)) return messages.format('gap.aboutTimes', { n: say(least) });
  return messages.format('gap.times', { low: say(least), high: say(most) });
}

/**
 * How many percentage points `upper` is above `lower`, at least: "1.29 percentage points more than", or "at least …"
 * when either is a range, a bound or an approximation. Rounded to the decimals the two values are written with.
 */
function pointsGap(options: { upper: Figure; lower: Figure; messages: Messages }): string {
  const { upper, lower, messages } = options;
  const up = valueInterval({ ...upper, approx: false });
  const down = valueInterval({ ...lower, approx: false });
  if (!Number.isFinite(up.low) || !Number.isFinite(down.high)) return messages.format('gap.above');
  const scale = 10 ** Math.max(decimalsOf(up.low), decimalsOf(down.high));
  const points = Math.floor((up.low - down.high) * scale + 1e-9) / scale;
  if (!(points > 0)) return messages.format('gap.just');
  const single = (figure: Figure, interval: { low: number; high: number }) =>
    !figure.approx && interval.low === interval.high;
  const exact = single(upper, up) && single(lower, down);
  return messages.format('gap.points', { n: points, exact: exact ? 'yes' : 'no' });
}

interface WhenInput {
  readonly claimed: Figure;
  readonly other: Figure;
  readonly metricById: ReadonlyMap<string, Metric>;
  readonly messages: Messages;
}

/**
 * When the other estimate was made: relative to the claimed figure when both are exact days less than two months
 * apart ("the same day", "two days earlier", "three weeks later"), else its own date ("by 23 March 2022").
 */
function whenPhrase({ claimed, other, metricById, messages }: WhenInput): { text: string; relative: boolean } {
  const precise = (figure: Figure) =>
    !figure.date.isInterval &&
    figure.date.start.precision === 'day' &&
    !figure.date.start.approximate &&
    !figure.date.start.uncertain;
  const days = Math.round((other.date.min - claimed.date.min) / DAY);
  const count = Math.abs(days);
  if (!precise(claimed) || !precise(other) || count >= 60) {
    return { text: absoluteWhen(other, metricById, messages), relative: false };
  }
  const spelled = (n: number) => messages.format('number.spelled', { n });
  if (count === 0) return { text: messages.format('when.sameDay'), relative: true };
  if (count < 14) {
    return {
      text: messages.format(days < 0 ? 'when.daysEarlier' : 'when.daysLater', { days: count, spelled: spelled(count) }),
      relative: true,
    };
  }
  const weeks = Math.round(count / 7);
  return {
    text: messages.format(days < 0 ? 'when.weeksEarlier' : 'when.weeksLater', { weeks, spelled: spelled(weeks) }),
    relative: true,
  };
}

/**
 * A figure's own date as the metric reads it: a running total "by" a date; any other value "on" its day or "for"
 * the period it describes ("for 2024").
 */
export function absoluteWhen(figure: Figure, metricById: ReadonlyMap<string, Metric>, messages: Messages): string {
  const date = formatEdtfDate(figure.date, { messages });
  const metric = metricById.get(figure.metric);
  if (metric?.cumulative) return messages.format('when.by', { date, span: figure.date.isInterval ? 'yes' : 'no' });
  const oneDay = !figure.date.isInterval && figure.date.start.precision === 'day';
  return messages.format(oneDay ? 'when.on' : 'when.for', { date });
}

/** The first letter upper-cased, as a sentence that starts with a name written in lower case ("the ministry"). */
export function sentenceCase(text: string, locale: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(locale) + text.slice(head.length);
}
