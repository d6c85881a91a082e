import { formatEdtfDate } from '../format/date.ts';
import { formatFigureValue, formatNumber } from '../format/number.ts';
import type { Figure, Metric } from '../model/types.ts';
import type { ComputedRelation } from './relation.ts';
import { valueInterval } from './value-interval.ts';

const DAY = 86_400_000;
const SMALL_NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

export interface SentenceInput {
  readonly claimed: Figure;
  readonly other: Figure;
  readonly relation: ComputedRelation;
  readonly metricById: ReadonlyMap<string, Metric>;
  readonly locale: string;
}

/**
 * One plain sentence that names both numbers and both dates, e.g. "The estimate by NATO two days earlier
 * (7,000–15,000) is 5 to 11 times the claimed 1,351."
 */
export function relationSentence(input: SentenceInput): string {
  const { claimed, other, relation, metricById, locale } = input;
  const value = (figure: Figure) => formatFigureValue(figure, { locale });
  const when = timePhrase({ claimed, other, locale });
  const subject = `The estimate by ${other.by} ${when} (${value(other)})`;
  const claimedText = `the claimed ${value(claimed)}${when.startsWith('as of') ? ` (${dateOf(claimed, locale)})` : ''}`;
  const label = (figure: Figure) => metricById.get(figure.metric)?.label ?? figure.metric;

  switch (relation.basis) {
    case 'same-date':
      if (relation.kind === 'corroborates') return `${subject} ${agreement(claimed, other)} ${claimedText}.`;
      return relation.direction === 'below'
        ? `${subject} ${timesAbove(other, claimed, locale)} ${claimedText}.`
        : `${capitalise(claimedText)} ${timesAbove(claimed, other, locale)} the estimate by ${other.by} ${when} (${value(other)}).`;
    case 'running-total':
      if (relation.kind === 'contradicts') {
        return relation.direction === 'above'
          ? `${subject} is lower than ${claimedText}, although a running total cannot fall.`
          : `${subject} is higher than ${claimedText}, although a running total cannot fall.`;
      }
      return other.date.min > claimed.date.min
        ? `${subject} is consistent with a count that grew from ${claimedText}.`
        : `${subject} is consistent with a count that grew to ${claimedText}.`;
    case 'loose-dates':
      return `${subject} cannot be placed before or after ${claimedText}: their dates are too imprecise to compare.`;
    case 'too-far-apart':
      return `${subject} is too far in time from ${claimedText} to compare.`;
    case 'part-of-whole':
      return relation.kind === 'contradicts'
        ? `${capitalise(claimedText)} (${label(claimed)}) is more than the estimate by ${other.by} ${when} of ${label(other)} (${value(other)}), which must include it.`
        : `${subject} counts ${label(other)}, which include ${label(claimed)}; it is not below ${claimedText}.`;
    case 'whole-of-part':
      return relation.kind === 'contradicts'
        ? `${subject} counts ${label(other)} alone, yet is more than ${claimedText} of ${label(claimed)}, which must include them.`
        : `${subject} counts ${label(other)}, a part of ${label(claimed)}; it does not exceed ${claimedText}.`;
    case 'different-metric':
      return `${subject} counts ${label(other)}, not ${label(claimed)}, so it is context for ${claimedText}, not a check on it.`;
    case 'same-estimate':
      return `${capitalise(claimedText)} is this same estimate, as another source reports it (${value(other)}); it cannot check itself.`;
  }
}

function agreement(claimed: Figure, other: Figure): string {
  const a = valueInterval(claimed);
  const b = valueInterval(other);
  if (a.low === a.high && b.low === b.high && a.low === b.low) return 'matches';
  if (b.low <= a.low && a.high <= b.high) return 'includes';
  if (a.low <= b.low && b.high <= a.high) return 'falls within';
  return 'overlaps';
}

/** "is 5 to 11 times", "is more than 5 times", "is at least 20% above": how far `upper` sits above `lower`. */
function timesAbove(upper: Figure, lower: Figure, locale: string): string {
  const up = valueInterval({ ...upper, approx: false });
  const down = valueInterval({ ...lower, approx: false });
  if (!(down.high > 0) || !Number.isFinite(down.high) || !(up.low > 0)) return 'is above';
  const least = up.low / down.high;
  const most = Number.isFinite(up.high) && down.low > 0 ? up.high / down.low : Number.POSITIVE_INFINITY;
  if (least < 1.5) {
    const percent = Math.round((least - 1) * 100);
    return percent < 1 ? 'is just above' : `is at least ${formatNumber(percent, { locale })}% above`;
  }
  const round = (ratio: number) =>
    formatNumber(ratio < 3 ? Math.round(ratio * 10) / 10 : Math.round(ratio), { locale });
  if (!Number.isFinite(most)) return `is more than ${round(least)} times`;
  if (round(least) === round(most)) return `is about ${round(least)} times`;
  return `is ${round(least)} to ${round(most)} times`;
}

/** "the same day", "two days earlier", "three weeks later", or "dated March 2022" for imprecise dates. */
function timePhrase({ claimed, other, locale }: { claimed: Figure; other: Figure; locale: string }): string {
  const precise = (figure: Figure) =>
    !figure.date.isInterval &&
    figure.date.start.precision === 'day' &&
    !figure.date.start.approximate &&
    !figure.date.start.uncertain;
  if (!precise(claimed) || !precise(other)) return `as of ${dateOf(other, locale)}`;
  const days = Math.round((other.date.min - claimed.date.min) / DAY);
  const side = days < 0 ? 'earlier' : 'later';
  const count = Math.abs(days);
  if (count === 0) return 'the same day';
  if (count === 1) return `a day ${side}`;
  if (count < 14) return `${spell(count)} days ${side}`;
  if (count < 60) return `${spell(Math.round(count / 7))} weeks ${side}`;
  return `as of ${dateOf(other, locale)}`;
}

function dateOf(figure: Figure, locale: string): string {
  return formatEdtfDate(figure.date, { locale });
}

function spell(count: number): string {
  return SMALL_NUMBERS[count] ?? String(count);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
