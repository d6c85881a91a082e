import { describe, expect, it } from 'vitest';
import type { Figure } from '../model/types.ts';
import { relationBetween, type ComputedRelation } from './relation.ts';
import { metricMap, testFigure, testMetric } from './test-fixtures.ts';

const metricById = metricMap(
  testMetric('killed', { cumulative: true, partOf: ['casualties'] }),
  testMetric('casualties', { cumulative: true }),
  testMetric('troops', { cumulative: false }),
  testMetric('troops-monthly', { cumulative: false, window: 40 }),
  testMetric('wounded-rate', { cumulative: false, partOf: ['casualty-rate'] }),
  testMetric('casualty-rate', { cumulative: false }),
);

const relation = (claimed: Figure, other: Figure) => relationBetween({ claimed, other, metricById });
const expectRelation = (claimed: Figure, other: Figure, expected: ComputedRelation) =>
  expect(relation(claimed, other)).toEqual(expected);

const mod1351 = testFigure('mod', { value: 1351, asOf: '2022-03-25', source: 'ap' });
const nato = testFigure('nato', { low: 7000, high: 15000, asOf: '2022-03-23', source: 'nato' });

describe('relationBetween, same metric at comparable dates', () => {
  it('corroborates when the values overlap', () => {
    const pravda = testFigure('kp', { value: 9861, asOf: '2022-03-21', source: 'kp' });
    expectRelation(pravda, nato, { kind: 'corroborates', basis: 'same-date', direction: undefined });
    expectRelation(nato, pravda, { kind: 'corroborates', basis: 'same-date', direction: undefined });
  });

  it('corroborates when an approximate value reaches the other only through its tolerance', () => {
    const almost500 = testFigure('a', { value: 500, approx: true, asOf: '2022-03-02', source: 'ap' });
    const exact498 = testFigure('b', { value: 498, asOf: '2022-03-02', source: 'm23' });
    expectRelation(exact498, almost500, { kind: 'corroborates', basis: 'same-date', direction: undefined });
  });

  it('contradicts with direction "below" when the claimed interval lies below the other', () => {
    expectRelation(mod1351, nato, { kind: 'contradicts', basis: 'same-date', direction: 'below' });
  });

  it('contradicts with direction "above" when the claimed interval lies above the other', () => {
    const high = testFigure('high', { value: 20000, asOf: '2022-03-25', source: 'x' });
    expectRelation(high, nato, { kind: 'contradicts', basis: 'same-date', direction: 'above' });
  });

  it('compares at the same date figures a week apart, but not 8 days apart', () => {
    const week = testFigure('w', { value: 1, asOf: '2022-03-30', source: 'x' });
    const eightDays = testFigure('e', { value: 1, asOf: '2022-03-31', source: 'x' });
    expect(relation(nato, week).basis).toBe('same-date');
    expect(relation(nato, eightDays).basis).toBe('running-total');
  });

  it('uses the metric’s own window', () => {
    const a = testFigure('a', { metric: 'troops-monthly', value: 100, asOf: '2022-03-01', source: 'x' });
    const b = testFigure('b', { metric: 'troops-monthly', value: 100, asOf: '2022-04-05', source: 'y' });
    expectRelation(a, b, { kind: 'corroborates', basis: 'same-date', direction: undefined });
  });
});

describe('relationBetween, same cumulative metric at dates further apart', () => {
  it('contradicts when a later count is below the earlier claimed one (the claimed one is "above")', () => {
    const claimed = testFigure('kp', { value: 9861, asOf: '2022-03-21', source: 'kp' });
    const later = testFigure('mod', { value: 1351, asOf: '2022-04-25', source: 'ap' });
    expectRelation(claimed, later, { kind: 'contradicts', basis: 'running-total', direction: 'above' });
  });

  it('contradicts when an earlier count is above the later claimed one (the claimed one is "below")', () => {
    const earlier = testFigure('kp', { value: 9861, asOf: '2022-03-21', source: 'kp' });
    const claimed = testFigure('mod', { value: 1351, asOf: '2022-04-25', source: 'ap' });
    expectRelation(claimed, earlier, { kind: 'contradicts', basis: 'running-total', direction: 'below' });
  });

  it('contradicts a count that falls below an earlier open lower bound', () => {
    const us = testFigure('us', { low: 7000, asOf: '2022-03-14/2022-03-20', source: 'nyt' });
    expectRelation(mod1351, us, { kind: 'contradicts', basis: 'running-total', direction: 'below' });
  });

  it('gives context for a count that grew, whichever figure is claimed', () => {
    const march2 = testFigure('r', { value: 498, asOf: '2022-03-02', source: 'm23' });
    expectRelation(mod1351, march2, { kind: 'context', basis: 'running-total', direction: undefined });
    expectRelation(march2, mod1351, { kind: 'context', basis: 'running-total', direction: undefined });
  });

  it('gives context when the later figure’s range still reaches the earlier one', () => {
    const earlier = testFigure('e', { low: 7000, high: 15000, asOf: '2022-03-01', source: 'x' });
    const later = testFigure('l', { low: 5000, high: 7000, asOf: '2022-04-01', source: 'y' });
    expectRelation(earlier, later, { kind: 'context', basis: 'running-total', direction: undefined });
  });
});

describe('relationBetween, same metric that is not cumulative', () => {
  it('gives context "too-far-apart" for dates further apart than the window, even for disjoint values', () => {
    const a = testFigure('a', { metric: 'troops', value: 190000, asOf: '2022-02-24', source: 'x' });
    const b = testFigure('b', { metric: 'troops', value: 50000, asOf: '2022-06-01', source: 'y' });
    expectRelation(a, b, { kind: 'context', basis: 'too-far-apart', direction: undefined });
    expectRelation(b, a, { kind: 'context', basis: 'too-far-apart', direction: undefined });
  });
});

describe('relationBetween, imprecise dates', () => {
  it('gives context "loose-dates" for dates that overlap but are too imprecise to be the same date', () => {
    const month = testFigure('m', { value: 20000, asOf: '2022-03', source: 'x' });
    expectRelation(month, mod1351, { kind: 'context', basis: 'loose-dates', direction: undefined });
    expectRelation(mod1351, month, { kind: 'context', basis: 'loose-dates', direction: undefined });
  });

  it('gives context "loose-dates" for a long interval that contains the other date', () => {
    const stoltenberg = testFigure('sf', { low: 15000, high: 20000, asOf: '2022-02-24/2023-04-03', source: 'sf' });
    expectRelation(mod1351, stoltenberg, { kind: 'context', basis: 'loose-dates', direction: undefined });
  });

  it('takes two figures of one source with the same date as stated together, even known only to the month', () => {
    const a = testFigure('a', { value: 100, asOf: '2022-03', source: 'same' });
    const b = testFigure('b', { value: 200, asOf: '2022-03', source: 'same' });
    const c = testFigure('c', { value: 150, low: 100, high: 200, asOf: '2022-03', source: 'same' });
    expectRelation(a, b, { kind: 'contradicts', basis: 'same-date', direction: 'below' });
    expectRelation(a, c, { kind: 'corroborates', basis: 'same-date', direction: undefined });
  });

  it('does not take the same month in two sources, or two month dates of one source, as stated together', () => {
    const a = testFigure('a', { value: 100, asOf: '2022-03', source: 'one' });
    const otherSource = testFigure('b', { value: 200, asOf: '2022-03', source: 'two' });
    const otherDate = testFigure('c', { value: 200, asOf: '2022-04', source: 'one' });
    expect(relation(a, otherSource).basis).toBe('loose-dates');
    expect(relation(a, otherDate).basis).toBe('running-total');
  });
});

describe('relationBetween, a part and its whole', () => {
  const casualties = (value: number, asOf: string) => testFigure(`c${value}`, { metric: 'casualties', value, asOf });
  const killed = (value: number, asOf: string) => testFigure(`k${value}`, { metric: 'killed', value, asOf });

  it('contradicts a claimed part above its whole at a comparable date ("part-of-whole", "above")', () => {
    expectRelation(killed(20000, '2022-03-25'), casualties(15000, '2022-03-23'), {
      kind: 'contradicts',
      basis: 'part-of-whole',
      direction: 'above',
    });
  });

  it('gives context for a claimed part not above its whole', () => {
    expectRelation(killed(1351, '2022-03-25'), casualties(40000, '2022-03-23'), {
      kind: 'context',
      basis: 'part-of-whole',
      direction: undefined,
    });
  });

  it('contradicts a claimed part above a running-total whole dated later', () => {
    expectRelation(killed(20000, '2022-03-01'), casualties(15000, '2022-06-01'), {
      kind: 'contradicts',
      basis: 'part-of-whole',
      direction: 'above',
    });
  });

  it('gives context for a claimed part above a whole dated earlier (the whole may have grown)', () => {
    expectRelation(killed(20000, '2022-06-01'), casualties(15000, '2022-03-01'), {
      kind: 'context',
      basis: 'part-of-whole',
      direction: undefined,
    });
  });

  it('gives context for a part above a whole dated later when the whole is not a running total', () => {
    const part = testFigure('p', { metric: 'wounded-rate', value: 2000, asOf: '2022-03-01' });
    const whole = testFigure('w', { metric: 'casualty-rate', value: 1000, asOf: '2022-06-01' });
    expectRelation(part, whole, { kind: 'context', basis: 'part-of-whole', direction: undefined });
    const sameDay = testFigure('w2', { metric: 'casualty-rate', value: 1000, asOf: '2022-03-01' });
    expectRelation(part, sameDay, { kind: 'contradicts', basis: 'part-of-whole', direction: 'above' });
  });

  it('contradicts a claimed whole below a part at a comparable date ("whole-of-part", "below")', () => {
    expectRelation(casualties(15000, '2022-03-23'), killed(20000, '2022-03-25'), {
      kind: 'contradicts',
      basis: 'whole-of-part',
      direction: 'below',
    });
  });

  it('gives context for a claimed whole that a part does not exceed', () => {
    expectRelation(casualties(40000, '2022-03-23'), killed(1351, '2022-03-25'), {
      kind: 'context',
      basis: 'whole-of-part',
      direction: undefined,
    });
  });

  it('contradicts a claimed running-total whole dated later than a part that exceeds it', () => {
    expectRelation(casualties(15000, '2022-06-01'), killed(20000, '2022-03-01'), {
      kind: 'contradicts',
      basis: 'whole-of-part',
      direction: 'below',
    });
  });

  it('gives context for a claimed whole dated earlier than a part that exceeds it', () => {
    expectRelation(casualties(15000, '2022-03-01'), killed(20000, '2022-06-01'), {
      kind: 'context',
      basis: 'whole-of-part',
      direction: undefined,
    });
  });
});

describe('relationBetween, different metrics', () => {
  it('gives context "different-metric" for metrics that are not parts of each other, even at the same date', () => {
    const troops = testFigure('t', { metric: 'troops', value: 190000, asOf: '2022-03-25' });
    expectRelation(mod1351, troops, { kind: 'context', basis: 'different-metric', direction: undefined });
  });

  it('gives context "different-metric" for a metric it does not know', () => {
    const unknown = testFigure('u', { metric: 'unknown', value: 1, asOf: '2022-03-25' });
    expectRelation(mod1351, unknown, { kind: 'context', basis: 'different-metric', direction: undefined });
    expectRelation(unknown, mod1351, { kind: 'context', basis: 'different-metric', direction: undefined });
  });
});

describe('relationBetween, figures for a period (a metric that is not a running total)', () => {
  const warming = metricMap(testMetric('anomaly', { cumulative: false }), testMetric('total', { cumulative: true }));
  const between = (claimed: Figure, other: Figure) => relationBetween({ claimed, other, metricById: warming });
  const figure = (id: string, fields: Omit<Parameters<typeof testFigure>[1], 'metric'>, metric = 'anomaly') =>
    testFigure(id, { ...fields, metric, source: id });

  it('compares two figures for one year as of one date: 2 °C for 2024 is above 1.42–1.68 for 2024', () => {
    const claimed = figure('post', { value: 2, asOf: '2024' });
    const agency = figure('wmo', { value: 1.55, low: 1.42, high: 1.68, asOf: '2024' });
    expect(between(claimed, agency)).toEqual({ kind: 'contradicts', basis: 'same-date', direction: 'above' });
  });

  it('corroborates a rounded "about 1.5" for 2023 with 1.33–1.57 for 2023', () => {
    const claimed = figure('about', { value: 1.5, approx: true, asOf: '2023' });
    const agency = figure('agency', { value: 1.45, low: 1.33, high: 1.57, asOf: '2023' });
    expect(between(claimed, agency)).toEqual({ kind: 'corroborates', basis: 'same-date', direction: undefined });
  });

  it('compares a figure for a month with the figure for its year', () => {
    const claimed = figure('june', { value: 2, asOf: '2024-06' });
    const year = figure('year', { value: 1.55, asOf: '2024' });
    expect(between(claimed, year).basis).toBe('same-date');
  });

  it('keeps two years apart: 2023 and 2024 are not one period', () => {
    const a = figure('a', { value: 1.45, asOf: '2023' });
    const b = figure('b', { value: 1.55, asOf: '2024' });
    expect(between(a, b)).toEqual({ kind: 'context', basis: 'too-far-apart', direction: undefined });
  });

  it('keeps today’s rule for running totals: two totals for one year cannot be placed before or after', () => {
    const a = figure('a', { value: 100, asOf: '2023' }, 'total');
    const b = figure('b', { value: 200, asOf: '2023' }, 'total');
    expect(between(a, b)).toEqual({ kind: 'context', basis: 'loose-dates', direction: undefined });
  });
});

describe('relationBetween, bounds as written', () => {
  it('finds a value equal to a strict bound outside it, and inside an inclusive one', () => {
    const claimed = testFigure('claimed', { value: 100, asOf: '2025-03-20', source: 'a' });
    const lessThan = testFigure('less', { high: 100, bound: 'strict', asOf: '2025-03-20', source: 'b' });
    const upTo = testFigure('upto', { high: 100, bound: 'inclusive', asOf: '2025-03-20', source: 'c' });
    expect(relation(claimed, lessThan)).toEqual({ kind: 'contradicts', basis: 'same-date', direction: 'above' });
    expect(relation(claimed, upTo)).toEqual({ kind: 'corroborates', basis: 'same-date', direction: undefined });
  });
});
