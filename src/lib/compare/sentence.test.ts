import { describe, expect, it } from 'vitest';
import { createMessages } from '../messages/messages.ts';
import type { Figure } from '../model/types.ts';
import { relationBetween } from './relation.ts';
import { relationSentence } from './sentence.ts';
import { metricMap, testFigure, testMetric } from './test-fixtures.ts';

const metricById = metricMap(
  testMetric('killed', { cumulative: true, partOf: ['casualties'], label: 'soldiers killed', unit: 'people' }),
  testMetric('casualties', { cumulative: true, label: 'casualties', unit: 'people' }),
  testMetric('troops', { cumulative: false, label: 'troops committed', unit: 'troops' }),
);

/** The sentence for the relation the rules compute between the two figures. */
const sentence = (claimed: Figure, other: Figure, locale = 'en-GB') =>
  relationSentence({
    claimed,
    other,
    relation: relationBetween({ claimed, other, metricById }),
    metricById,
    messages: createMessages({ locale }),
  });

const mod1351 = testFigure('mod', { value: 1351, asOf: '2022-03-25', by: 'the Russian MoD', source: 'ap' });
const nato = testFigure('nato', { low: 7000, high: 15000, asOf: '2022-03-23', by: 'NATO', source: 'nato' });

describe('relationSentence, same date', () => {
  it('names who put the number at what and when, then the gap in times', () => {
    expect(sentence(mod1351, nato)).toBe(
      'NATO put the number at 7,000–15,000 people two days earlier: five to eleven times the claimed 1,351 people.',
    );
  });

  it('says the range includes the claimed value when the other range contains the claimed value', () => {
    const pravda = testFigure('kp', { value: 9861, asOf: '2022-03-21', source: 'kp' });
    expect(sentence(pravda, nato)).toBe(
      'NATO put the number at 7,000–15,000 people two days later, a range that includes the claimed 9,861 people.',
    );
  });

  it('says "the same as" for the same exact value', () => {
    const a = testFigure('a', { value: 498, asOf: '2022-03-02', source: 'x' });
    const b = testFigure('b', { value: 498, asOf: '2022-03-02', by: 'AP', source: 'y' });
    expect(sentence(a, b)).toBe('AP put the number at 498 people the same day, the same as the claimed 498 people.');
  });

  it('says "within" when the other value lies inside the claimed range', () => {
    const pravda = testFigure('kp', { value: 9861, asOf: '2022-03-24', by: 'KP', source: 'kp' });
    expect(sentence(nato, pravda)).toBe(
      'KP put the number at 9,861 people one day later, within the claimed 7,000–15,000 people.',
    );
  });

  it('says "overlaps" for ranges that only partly overlap', () => {
    const other = testFigure('o', { low: 12000, high: 20000, asOf: '2022-03-23', by: 'X', source: 'x' });
    expect(sentence(nato, other)).toBe(
      'X put the number at 12,000–20,000 people the same day, a range that overlaps the claimed 7,000–15,000 people.',
    );
  });

  it('says "more than N times" when the other figure has no upper bound', () => {
    const us = testFigure('us', { low: 7000, asOf: '2022-03-23', by: 'US intelligence', source: 'nyt' });
    expect(sentence(mod1351, us)).toBe(
      'US intelligence put the number at more than 7,000 people two days earlier: more than five times the claimed 1,351 people.',
    );
  });

  it('says "about N times" when both ends of the ratio round alike', () => {
    const other = testFigure('o', { value: 6755, asOf: '2022-03-25', by: 'X', source: 'x' });
    expect(sentence(mod1351, other)).toBe(
      'X put the number at 6,755 people the same day: about five times the claimed 1,351 people.',
    );
  });

  it('gives ratios below 3 to one decimal', () => {
    const other = testFigure('o', { value: 3000, asOf: '2022-03-25', by: 'X', source: 'x' });
    expect(sentence(mod1351, other)).toBe(
      'X put the number at 3,000 people the same day: about 2.2 times the claimed 1,351 people.',
    );
  });

  it('says "at least N% more than" for a gap of less than half', () => {
    const other = testFigure('o', { value: 1500, asOf: '2022-03-25', by: 'X', source: 'x' });
    expect(sentence(mod1351, other)).toBe(
      'X put the number at 1,500 people the same day: at least 11% more than the claimed 1,351 people.',
    );
  });

  it('says how far the claimed figure is above an estimate below it', () => {
    const high = testFigure('h', { value: 20000, asOf: '2022-03-25', source: 'x' });
    expect(sentence(high, nato)).toBe(
      'NATO put the number at 7,000–15,000 people two days earlier; the claim, 20,000 people, is at least 33% more than that.',
    );
  });

  it('counts whole weeks from 14 days on', () => {
    const other = testFigure('o', { value: 1351, asOf: '2022-04-15', by: 'X', source: 'x' });
    const window = testMetric('killed', { cumulative: true, window: 30 });
    const relation = relationBetween({ claimed: mod1351, other, metricById: metricMap(window) });
    expect(relation.kind).toBe('corroborates');
    expect(
      relationSentence({
        claimed: mod1351,
        other,
        relation,
        metricById,
        messages: createMessages({ locale: 'en-GB' }),
      }),
    ).toBe('X put the number at 1,351 people three weeks later, the same as the claimed 1,351 people.');
  });
});

describe('relationSentence, running totals', () => {
  it('says an earlier smaller count is in line with a count that grew to the claimed one', () => {
    const march2 = testFigure('r', { value: 498, asOf: '2022-03-02', by: 'Russia', source: 'm23' });
    expect(sentence(mod1351, march2)).toBe(
      'Russia put the number at 498 people three weeks earlier. A running total can grow from that to the claimed 1,351 people, so this does not check the claim.',
    );
  });

  it('dates estimates known only to a span "as of March–April 2025" and then dates the claimed figure too', () => {
    const n900 = testFigure('n', { value: 250000, asOf: '2025-03/2025-04', by: 'NATO', source: 'n900' });
    expect(sentence(mod1351, n900)).toBe(
      'NATO put the number at 250,000 people as of March–April 2025. A running total can grow that far from the claimed 1,351 people by 25 March 2022, so this does not check the claim.',
    );
  });

  it('dates a month known only to the month "by February 2022", whichever figure is imprecise', () => {
    const month = testFigure('m', { value: 100, asOf: '2022-02', by: 'X', source: 'x' });
    expect(sentence(mod1351, month)).toBe(
      'X put the number at 100 people by February 2022. A running total can grow from that to the claimed 1,351 people by 25 March 2022, so this does not check the claim.',
    );
    expect(sentence(month, mod1351)).toBe(
      'The Russian MoD put the number at 1,351 people by 25 March 2022. A running total can grow that far from the claimed 100 people by February 2022, so this does not check the claim.',
    );
  });

  it('dates precise estimates 60 days or more apart "by" their date', () => {
    const later = testFigure('l', { value: 20000, asOf: '2022-06-01', by: 'X', source: 'x' });
    expect(sentence(mod1351, later)).toBe(
      'X put the number at 20,000 people by 1 June 2022. A running total can grow that far from the claimed 1,351 people by 25 March 2022, so this does not check the claim.',
    );
  });

  it('says a later lower count contradicts a running total', () => {
    const later = testFigure('l', { value: 1000, asOf: '2022-04-25', by: 'X', source: 'x' });
    expect(sentence(mod1351, later)).toBe(
      'X put the number at 1,000 people four weeks later, so the claim, 1,351 people, is too high: a running total only grows.',
    );
  });

  it('says an earlier higher count contradicts a running total', () => {
    const us = testFigure('us', { low: 7000, asOf: '2022-03-14/2022-03-20', by: 'US intelligence', source: 'nyt' });
    expect(sentence(mod1351, us)).toBe(
      'US intelligence put the number at more than 7,000 people as of 14–20 March 2022, so the claim, 1,351 people by 25 March 2022, is too low: a running total only grows.',
    );
  });
});

describe('relationSentence, context', () => {
  it('says dates that overlap are too imprecise to compare', () => {
    const month = testFigure('m', { value: 20000, asOf: '2022-03', by: 'X', source: 'x' });
    expect(sentence(mod1351, month)).toBe(
      'X put the number at 20,000 people by March 2022; the dates are too imprecise to tell whether that came before or after the claimed 1,351 people by 25 March 2022.',
    );
  });

  it('says a figure of a metric that is not a running total is too far in time', () => {
    const a = testFigure('a', { metric: 'troops', value: 190000, asOf: '2022-02-24', source: 'x' });
    const b = testFigure('b', { metric: 'troops', value: 50000, asOf: '2022-03-24', by: 'Y', source: 'y' });
    expect(sentence(a, b)).toBe(
      'Y put the number at 50,000 troops four weeks later, too far in time from the claimed 190,000 troops to compare.',
    );
  });

  it('names both metrics for a different metric', () => {
    const troops = testFigure('t', { metric: 'troops', value: 190000, asOf: '2022-03-25', by: 'Y', source: 'y' });
    expect(sentence(mod1351, troops)).toBe(
      'Y put troops committed at 190,000 troops the same day: a different measure from soldiers killed, so it gives context but cannot check the claim.',
    );
  });

  it('explains a part above its whole, and a part within it', () => {
    const high = testFigure('k', { value: 20000, asOf: '2022-03-25', source: 'x' });
    const whole = testFigure('c', { metric: 'casualties', high: 15000, asOf: '2022-03-23', by: 'NATO', source: 'n' });
    expect(sentence(high, whole)).toBe(
      'NATO put casualties at up to 15,000 people two days earlier. That total includes soldiers killed, so it leaves no room for the claimed 20,000 people.',
    );
    expect(sentence(mod1351, whole)).toBe(
      'NATO put casualties at up to 15,000 people two days earlier, which leaves room for the claimed 1,351 people.',
    );
  });

  it('explains a whole below its part, and a whole above it', () => {
    const part = testFigure('k', { value: 20000, asOf: '2022-03-25', by: 'X', source: 'x' });
    const whole = testFigure('c', { metric: 'casualties', high: 15000, asOf: '2022-03-23', source: 'n' });
    expect(sentence(whole, part)).toBe(
      'X put soldiers killed alone at 20,000 people two days later, already more than the claim of up to 15,000 people of casualties, which must include them.',
    );
    expect(sentence(whole, mod1351)).toBe(
      'The Russian MoD put soldiers killed, a part of casualties, at 1,351 people two days later, which fits within the claim of up to 15,000 people.',
    );
  });
});

describe('relationSentence, locale', () => {
  it('formats numbers and dates in the site’s language, in the words of its catalog', () => {
    expect(sentence(mod1351, nato, 'de-DE')).toMatch(/^NATO: 7\.000–15\.000 .*1\.351/);
  });

  it('writes English, with the language’s numbers, for a language without a catalog', () => {
    expect(sentence(mod1351, nato, 'sv-SE')).toBe(
      'NATO put the number at 7\u00a0000–15\u00a0000 people two days earlier: five to eleven times the claimed 1\u00a0351 people.',
    );
  });
});

describe('relationSentence, periods and states', () => {
  const temperature = metricMap(
    testMetric('gmst', { cumulative: false, label: 'global mean temperature', unit: '°C' }),
  );
  const say = (claimed: Figure, other: Figure) =>
    relationSentence({
      claimed,
      other,
      relation: relationBetween({ claimed, other, metricById: temperature }),
      metricById: temperature,
      messages: createMessages({ locale: 'en-GB' }),
    });

  it('dates an annual value "for" its year and words a claim above it with the gap', () => {
    const post = testFigure('post', { metric: 'gmst', value: 2, asOf: '2024', source: 'p' });
    const wmo = testFigure('wmo', {
      metric: 'gmst',
      value: 1.55,
      low: 1.42,
      high: 1.68,
      asOf: '2024',
      by: 'the WMO',
      source: 'w',
    });
    expect(say(post, wmo)).toBe(
      'The WMO put the number at 1.55 °C (range 1.42–1.68) for 2024; the claim, 2 °C for 2024, is at least 19% more than that.',
    );
  });

  it('dates a value of one day "on" that day when the dates are far apart', () => {
    const a = testFigure('a', { metric: 'gmst', value: 1.2, asOf: '2020-01-01', source: 'a' });
    const b = testFigure('b', { metric: 'gmst', value: 1.3, asOf: '2024-01-01', by: 'B', source: 'b' });
    expect(say(a, b)).toBe(
      'B put the number at 1.3 °C on 1 January 2024, too far in time from the claimed 1.2 °C on 1 January 2020 to compare.',
    );
  });
});

describe('relationSentence, wording', () => {
  it('never puts brackets inside brackets, even for uncertain dates and values with ranges', () => {
    const uncertain = testFigure('u', {
      value: 300000,
      low: 250000,
      high: 350000,
      asOf: '2024?',
      by: 'NATO',
      source: 'n',
    });
    const text = sentence(mod1351, uncertain);
    expect(text).toBe(
      'NATO put the number at 300,000 people (range 250,000–350,000) by 2024 (uncertain). A running total can grow that far from the claimed 1,351 people by 25 March 2022, so this does not check the claim.',
    );
    expect(text).not.toMatch(/\([^)]*\(/);
  });
});

describe('relationSentence, gaps', () => {
  it('writes both ends of a ratio range in digits when either is not a small whole number', () => {
    const other = testFigure('o', { low: 3000, high: 7000, asOf: '2022-03-25', by: 'X', source: 'x' });
    expect(sentence(mod1351, other)).toBe(
      'X put the number at 3,000–7,000 people the same day: 2.2 to 5 times the claimed 1,351 people.',
    );
    const far = testFigure('f', { low: 7000, high: 20000, asOf: '2022-03-25', by: 'Y', source: 'y' });
    expect(sentence(mod1351, far)).toBe(
      'Y put the number at 7,000–20,000 people the same day: 5 to 15 times the claimed 1,351 people.',
    );
  });
});

describe('relationSentence, worded claims', () => {
  it('says "the claim of" a worded value, never "the claimed more than"', () => {
    const us = testFigure('us', { low: 7000, asOf: '2022-03-21', source: 'nyt' });
    const kp = testFigure('kp', { value: 9861, asOf: '2022-03-21', by: 'KP', source: 'kp' });
    expect(sentence(us, kp)).toBe(
      'KP put the number at 9,861 people the same day, within the claim of more than 7,000 people.',
    );
    const about = testFigure('about', { value: 500, approx: true, asOf: '2022-03-21', source: 'x' });
    expect(sentence(about, kp)).toContain('the claim of about 500 people');
  });

  it('calls only a closed range "a range"', () => {
    const kp = testFigure('kp', { value: 9861, asOf: '2022-03-21', source: 'kp' });
    const us = testFigure('us', { low: 7000, asOf: '2022-03-21', by: 'US intelligence', source: 'nyt' });
    expect(sentence(kp, us)).toBe(
      'US intelligence put the number at more than 7,000 people the same day, which includes the claimed 9,861 people.',
    );
    expect(sentence(kp, nato)).toContain('a range that includes the claimed 9,861 people');
  });
});

describe('relationSentence, percentages', () => {
  const rates = metricMap(testMetric('unemployment', { cumulative: false, label: 'unemployment rate', unit: '%' }));
  const say = (claimed: Figure, other: Figure, locale = 'en-GB') =>
    relationSentence({
      claimed,
      other,
      relation: relationBetween({ claimed, other, metricById: rates }),
      metricById: rates,
      messages: createMessages({ locale }),
    });
  const rate = (id: string, fields: Omit<Parameters<typeof testFigure>[1], 'metric' | 'asOf' | 'source'>) =>
    testFigure(id, { metric: 'unemployment', asOf: '2024', source: id, ...fields });

  it('gives the gap between two rates in percentage points, not as a percentage of a percentage', () => {
    const claimed = rate('claimed', { value: 11.7 });
    const ine = rate('ine', { value: 12.29, by: 'The institute' });
    expect(say(claimed, ine)).toBe(
      'The institute put the number at 12.29% for 2024: 0.59 percentage points more than the claimed 11.7% for 2024.',
    );
  });

  it('says "at least" when a value is a bound, and a single point in the singular', () => {
    const claimed = rate('claimed', { high: 11, bound: 'strict' });
    const ine = rate('ine', { value: 12, by: 'The institute' });
    expect(say(claimed, ine)).toBe(
      'The institute put the number at 12% for 2024: at least 1 percentage point more than the claim of less than 11% for 2024.',
    );
  });

  it('words the points in the site’s language', () => {
    const claimed = rate('claimed', { value: 11.7 });
    const ine = rate('ine', { value: 12.29, by: 'el INE' });
    expect(say(claimed, ine, 'es')).toContain('0,59 puntos porcentuales por encima de');
  });
});

describe('relationSentence, a relative gap that binary fractions would round the wrong way', () => {
  it('says 45% for 2.9 against less than 2, where 2.9 / 2 − 1 is 0.4499… in floating point', () => {
    const rates = metricMap(testMetric('index', { cumulative: false, label: 'index', unit: 'points' }));
    const claimed = testFigure('c', { metric: 'index', high: 2, bound: 'strict', asOf: '2024', source: 'c' });
    const other = testFigure('o', { metric: 'index', value: 2.9, asOf: '2024', by: 'X', source: 'o' });
    const text = relationSentence({
      claimed,
      other,
      relation: relationBetween({ claimed, other, metricById: rates }),
      metricById: rates,
      messages: createMessages({ locale: 'en-GB' }),
    });
    expect(text).toContain('at least 45% more than');
  });

  it('says 20% for 1,200 against 1,000, where 1.2 − 1 is 0.1999… in floating point', () => {
    const other = testFigure('o', { value: 1621.2, asOf: '2022-03-25', by: 'X', source: 'x' });
    expect(sentence(mod1351, other)).toContain('at least 20% more than');
    const thousand = testFigure('t', { value: 1000, asOf: '2022-03-25', source: 't' });
    const more = testFigure('m', { value: 1200, asOf: '2022-03-25', by: 'Y', source: 'm' });
    expect(sentence(thousand, more)).toContain('at least 20% more than');
  });
});
