import { describe, expect, it } from 'vitest';
import type { Figure } from '../model/types.ts';
import { relationBetween } from './relation.ts';
import { relationSentence } from './sentence.ts';
import { metricMap, testFigure, testMetric } from './test-fixtures.ts';

const metricById = metricMap(
  testMetric('killed', { cumulative: true, partOf: ['casualties'], label: 'Killed' }),
  testMetric('casualties', { cumulative: true, label: 'Casualties' }),
  testMetric('troops', { cumulative: false, label: 'Troops' }),
);

/** The sentence for the relation the rules compute between the two figures. */
const sentence = (claimed: Figure, other: Figure, locale = 'en-GB') =>
  relationSentence({
    claimed,
    other,
    relation: relationBetween({ claimed, other, metricById }),
    metricById,
    locale,
  });

const mod1351 = testFigure('mod', { value: 1351, asOf: '2022-03-25', by: 'the Russian MoD', source: 'ap' });
const nato = testFigure('nato', { low: 7000, high: 15000, asOf: '2022-03-23', by: 'NATO', source: 'nato' });

describe('relationSentence, same date', () => {
  it('writes the issue’s example exactly', () => {
    expect(sentence(mod1351, nato)).toBe(
      'The estimate by NATO two days earlier (7,000–15,000) is 5 to 11 times the claimed 1,351.',
    );
  });

  it('says "includes" when the other range contains the claimed value', () => {
    const pravda = testFigure('kp', { value: 9861, asOf: '2022-03-21', source: 'kp' });
    expect(sentence(pravda, nato)).toBe(
      'The estimate by NATO two days later (7,000–15,000) includes the claimed 9,861.',
    );
  });

  it('says "matches" for the same exact value', () => {
    const a = testFigure('a', { value: 498, asOf: '2022-03-02', source: 'x' });
    const b = testFigure('b', { value: 498, asOf: '2022-03-02', by: 'AP', source: 'y' });
    expect(sentence(a, b)).toBe('The estimate by AP the same day (498) matches the claimed 498.');
  });

  it('says "falls within" when the other value lies inside the claimed range', () => {
    const pravda = testFigure('kp', { value: 9861, asOf: '2022-03-24', by: 'KP', source: 'kp' });
    expect(sentence(nato, pravda)).toBe(
      'The estimate by KP a day later (9,861) falls within the claimed 7,000–15,000.',
    );
  });

  it('says "overlaps" for ranges that only partly overlap', () => {
    const other = testFigure('o', { low: 12000, high: 20000, asOf: '2022-03-23', by: 'X', source: 'x' });
    expect(sentence(nato, other)).toBe(
      'The estimate by X the same day (12,000–20,000) overlaps the claimed 7,000–15,000.',
    );
  });

  it('says "more than N times" when the other figure has no upper bound', () => {
    const us = testFigure('us', { low: 7000, asOf: '2022-03-23', by: 'US intelligence', source: 'nyt' });
    expect(sentence(mod1351, us)).toBe(
      'The estimate by US intelligence two days earlier (more than 7,000) is more than 5 times the claimed 1,351.',
    );
  });

  it('says "about N times" when both ends of the ratio round alike', () => {
    const other = testFigure('o', { value: 6755, asOf: '2022-03-25', by: 'X', source: 'x' });
    expect(sentence(mod1351, other)).toBe('The estimate by X the same day (6,755) is about 5 times the claimed 1,351.');
  });

  it('gives ratios below 3 to one decimal', () => {
    const other = testFigure('o', { value: 3000, asOf: '2022-03-25', by: 'X', source: 'x' });
    expect(sentence(mod1351, other)).toBe(
      'The estimate by X the same day (3,000) is about 2.2 times the claimed 1,351.',
    );
  });

  it('says "at least N% above" for a gap of less than half', () => {
    const other = testFigure('o', { value: 1500, asOf: '2022-03-25', by: 'X', source: 'x' });
    expect(sentence(mod1351, other)).toBe(
      'The estimate by X the same day (1,500) is at least 11% above the claimed 1,351.',
    );
  });

  it('puts the claimed figure first when it is the higher one', () => {
    const high = testFigure('h', { value: 20000, asOf: '2022-03-25', source: 'x' });
    expect(sentence(high, nato)).toBe(
      'The claimed 20,000 is at least 33% above the estimate by NATO two days earlier (7,000–15,000).',
    );
  });

  it('counts whole weeks from 14 days on', () => {
    const other = testFigure('o', { value: 1351, asOf: '2022-04-15', by: 'X', source: 'x' });
    const window = testMetric('killed', { cumulative: true, window: 30 });
    const relation = relationBetween({ claimed: mod1351, other, metricById: metricMap(window) });
    expect(relation.kind).toBe('corroborates');
    expect(relationSentence({ claimed: mod1351, other, relation, metricById, locale: 'en-GB' })).toBe(
      'The estimate by X three weeks later (1,351) matches the claimed 1,351.',
    );
  });
});

describe('relationSentence, running totals', () => {
  it('says an earlier smaller count is consistent with a count that grew to the claimed one', () => {
    const march2 = testFigure('r', { value: 498, asOf: '2022-03-02', by: 'Russia', source: 'm23' });
    expect(sentence(mod1351, march2)).toBe(
      'The estimate by Russia three weeks earlier (498) is consistent with a count that grew to the claimed 1,351.',
    );
  });

  it('phrases imprecise dates "as of March–April 2025" with the claimed date in parentheses', () => {
    const n900 = testFigure('n', { value: 250000, asOf: '2025-03/2025-04', by: 'NATO', source: 'n900' });
    expect(sentence(mod1351, n900)).toBe(
      'The estimate by NATO as of March–April 2025 (250,000) is consistent with a count that grew from the claimed 1,351 (25 March 2022).',
    );
  });

  it('phrases a date known only to the month "as of March 2022", whichever figure is imprecise', () => {
    const month = testFigure('m', { value: 100, asOf: '2022-02', by: 'X', source: 'x' });
    expect(sentence(mod1351, month)).toBe(
      'The estimate by X as of February 2022 (100) is consistent with a count that grew to the claimed 1,351 (25 March 2022).',
    );
    expect(sentence(month, mod1351)).toBe(
      'The estimate by the Russian MoD as of 25 March 2022 (1,351) is consistent with a count that grew from the claimed 100 (February 2022).',
    );
  });

  it('phrases precise dates 60 days or more apart "as of" their date', () => {
    const later = testFigure('l', { value: 20000, asOf: '2022-06-01', by: 'X', source: 'x' });
    expect(sentence(mod1351, later)).toBe(
      'The estimate by X as of 1 June 2022 (20,000) is consistent with a count that grew from the claimed 1,351 (25 March 2022).',
    );
  });

  it('says a later lower count contradicts a running total', () => {
    const later = testFigure('l', { value: 1000, asOf: '2022-04-25', by: 'X', source: 'x' });
    expect(sentence(mod1351, later)).toBe(
      'The estimate by X four weeks later (1,000) is lower than the claimed 1,351, although a running total cannot fall.',
    );
  });

  it('says an earlier higher count contradicts a running total', () => {
    const us = testFigure('us', { low: 7000, asOf: '2022-03-14/2022-03-20', by: 'US intelligence', source: 'nyt' });
    expect(sentence(mod1351, us)).toBe(
      'The estimate by US intelligence as of 14–20 March 2022 (more than 7,000) is higher than the claimed 1,351 (25 March 2022), although a running total cannot fall.',
    );
  });
});

describe('relationSentence, context', () => {
  it('says dates that overlap are too imprecise to compare', () => {
    const month = testFigure('m', { value: 20000, asOf: '2022-03', by: 'X', source: 'x' });
    expect(sentence(mod1351, month)).toBe(
      'The estimate by X as of March 2022 (20,000) cannot be placed before or after the claimed 1,351 (25 March 2022): their dates are too imprecise to compare.',
    );
  });

  it('says a figure of a metric that is not a running total is too far in time', () => {
    const a = testFigure('a', { metric: 'troops', value: 190000, asOf: '2022-02-24', source: 'x' });
    const b = testFigure('b', { metric: 'troops', value: 50000, asOf: '2022-03-24', by: 'Y', source: 'y' });
    expect(sentence(a, b)).toBe(
      'The estimate by Y four weeks later (50,000) is too far in time from the claimed 190,000 to compare.',
    );
  });

  it('names both metrics for a different metric', () => {
    const troops = testFigure('t', { metric: 'troops', value: 190000, asOf: '2022-03-25', by: 'Y', source: 'y' });
    expect(sentence(mod1351, troops)).toBe(
      'The estimate by Y the same day (190,000) counts Troops, not Killed, so it is context for the claimed 1,351, not a check on it.',
    );
  });

  it('explains a part above its whole, and a part within it', () => {
    const high = testFigure('k', { value: 20000, asOf: '2022-03-25', source: 'x' });
    const whole = testFigure('c', { metric: 'casualties', high: 15000, asOf: '2022-03-23', by: 'NATO', source: 'n' });
    expect(sentence(high, whole)).toBe(
      'The claimed 20,000 (Killed) is more than the estimate by NATO two days earlier of Casualties (up to 15,000), which must include it.',
    );
    expect(sentence(mod1351, whole)).toBe(
      'The estimate by NATO two days earlier (up to 15,000) counts Casualties, which include Killed; it is not below the claimed 1,351.',
    );
  });

  it('explains a whole below its part, and a whole above it', () => {
    const part = testFigure('k', { value: 20000, asOf: '2022-03-25', by: 'X', source: 'x' });
    const whole = testFigure('c', { metric: 'casualties', high: 15000, asOf: '2022-03-23', source: 'n' });
    expect(sentence(whole, part)).toBe(
      'The estimate by X two days later (20,000) counts Killed alone, yet is more than the claimed up to 15,000 of Casualties, which must include them.',
    );
    expect(sentence(whole, mod1351)).toBe(
      'The estimate by the Russian MoD two days later (1,351) counts Killed, a part of Casualties; it does not exceed the claimed up to 15,000.',
    );
  });
});

describe('relationSentence, locale', () => {
  it('formats numbers and dates in the site’s language', () => {
    expect(sentence(mod1351, nato, 'de-DE')).toBe(
      'The estimate by NATO two days earlier (7.000–15.000) is 5 to 11 times the claimed 1.351.',
    );
  });
});
