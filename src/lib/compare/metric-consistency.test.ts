import { describe, expect, it } from 'vitest';
import { metricInconsistencies } from './metric-consistency.ts';
import { relationBetween } from './relation.ts';
import { testSite, type SourceFixture } from './test-fixtures.ts';

const metrics = [
  { id: 'killed', cumulative: true, partOf: ['casualties'], label: 'Killed' },
  { id: 'casualties', cumulative: true, label: 'Casualties' },
];
const found = (sources: readonly SourceFixture[]) =>
  metricInconsistencies(testSite({ metrics, sources })).map(({ rule, figure, against }) => ({ rule, figure, against }));

describe('metricInconsistencies, running totals', () => {
  it('reports a running total that falls later, on the later figure', () => {
    const site = testSite({
      metrics,
      sources: [
        { id: 'kp', figures: [{ id: 'kp', value: 9861, asOf: '2022-03-21', by: 'KP' }] },
        { id: 'ap', figures: [{ id: 'mod', value: 1351, asOf: '2022-04-25', by: 'MoD' }] },
      ],
    });
    expect(metricInconsistencies(site)).toEqual([
      {
        rule: 'count-falls',
        figure: 'mod',
        against: 'kp',
        others: 0,
        sentence:
          'MoD put the number at 1,351 people by 25 April 2022, less than KP had given earlier: 9,861 people by 21 March 2022. A running total only grows.',
      },
    ]);
  });

  it('does not report figures within the window, however far apart their values', () => {
    expect(
      found([
        { id: 'kp', figures: [{ id: 'kp', value: 9861, asOf: '2022-03-21' }] },
        { id: 'ap', figures: [{ id: 'mod', value: 1351, asOf: '2022-03-25' }] },
      ]),
    ).toEqual([]);
  });

  it('does not report a count that grew', () => {
    expect(
      found([
        { id: 'a', figures: [{ id: 'early', value: 498, asOf: '2022-03-02' }] },
        { id: 'b', figures: [{ id: 'late', value: 1351, asOf: '2022-03-25' }] },
      ]),
    ).toEqual([]);
  });

  it('does not report a later figure whose range reaches the earlier one', () => {
    expect(
      found([
        { id: 'a', figures: [{ id: 'early', low: 7000, high: 15000, asOf: '2022-03-01' }] },
        { id: 'b', figures: [{ id: 'late', low: 5000, high: 7000, asOf: '2022-04-01' }] },
      ]),
    ).toEqual([]);
  });

  it('reports a later count against the highest earlier one', () => {
    expect(
      found([
        { id: 'a', figures: [{ id: 'first', value: 5000, asOf: '2022-03-01' }] },
        { id: 'b', figures: [{ id: 'second', value: 8000, asOf: '2022-03-15' }] },
        { id: 'c', figures: [{ id: 'third', value: 4000, asOf: '2022-04-15' }] },
      ]),
    ).toEqual([{ rule: 'count-falls', figure: 'third', against: 'second' }]);
  });

  it('reports a count that falls below an earlier open lower bound (the example’s US estimate)', () => {
    expect(
      found([
        { id: 'nyt', figures: [{ id: 'us', low: 7000, asOf: '2022-03-14/2022-03-20' }] },
        { id: 'ap', figures: [{ id: 'mod', value: 1351, asOf: '2022-03-25' }] },
      ]),
    ).toEqual([{ rule: 'count-falls', figure: 'mod', against: 'us' }]);
  });

  it('does not report a metric that is not a running total', () => {
    const site = testSite({
      metrics: [{ id: 'troops', cumulative: false }],
      sources: [
        { id: 'a', figures: [{ id: 'a', metric: 'troops', value: 190000, asOf: '2022-02-24' }] },
        { id: 'b', figures: [{ id: 'b', metric: 'troops', value: 50000, asOf: '2022-06-01' }] },
      ],
    });
    expect(metricInconsistencies(site)).toEqual([]);
  });
});

describe('metricInconsistencies, running totals of mixed precision', () => {
  it('reports a fall against an earlier long interval even when a closer figure is within the window', () => {
    // 23 March is within the window of 20 March, but wholly after 1–21 March and outside its window.
    expect(
      found([
        { id: 'a', figures: [{ id: 'close', value: 100, asOf: '2022-03-20' }] },
        { id: 'b', figures: [{ id: 'long', value: 10000, asOf: '2022-03-01/2022-03-21' }] },
        { id: 'c', figures: [{ id: 'later', value: 5000, asOf: '2022-03-23' }] },
      ]),
    ).toEqual([{ rule: 'count-falls', figure: 'later', against: 'long' }]);
  });

  it('does not report a day within the window of an earlier figure that an interval before it was not', () => {
    // 27 February is outside the window of 1–31 March but within the window of 2 March.
    expect(
      found([
        { id: 'a', figures: [{ id: 'early', value: 100, asOf: '2022-02-27' }] },
        { id: 'b', figures: [{ id: 'month', value: 1, asOf: '2022-03-01/2022-03-31' }] },
        { id: 'c', figures: [{ id: 'day', value: 50, asOf: '2022-03-02' }] },
      ]),
    ).toEqual([{ rule: 'count-falls', figure: 'month', against: 'early' }]);
  });

  it('does not report a hedged date that may fall before the earlier figure', () => {
    // "2022-03~" may be any day from 29 January to 3 May, so it cannot be placed after 10 February.
    expect(
      found([
        { id: 'a', figures: [{ id: 'early', value: 100, asOf: '2022-02-10' }] },
        { id: 'b', figures: [{ id: 'day', value: 1, asOf: '2022-02-27' }] },
        { id: 'c', figures: [{ id: 'hedged', value: 50, asOf: '2022-03~' }] },
      ]),
    ).toEqual([{ rule: 'count-falls', figure: 'day', against: 'early' }]);
  });

  it('reports on exactly the figures that a running-total contradiction puts below an earlier one', () => {
    // Figures of every precision: days, months, weeks, a year, hedged days and months, open bounds.
    const figures: Array<{ id: string; asOf: string; value?: number; low?: number; high?: number }> = [
      { id: 'a', asOf: '2022-02-27', value: 9000 },
      { id: 'b', asOf: '2022-03', low: 8000 },
      { id: 'c', asOf: '2022-03-01/2022-03-31', value: 3000 },
      { id: 'd', asOf: '2022-03-02', value: 500 },
      { id: 'e', asOf: '2022-03-14/2022-03-20', low: 7000 },
      { id: 'f', asOf: '2022-03-20', value: 100 },
      { id: 'g', asOf: '2022-03-21', value: 9861 },
      { id: 'h', asOf: '2022-03-23', low: 7000, high: 15000 },
      { id: 'i', asOf: '2022-03-25', value: 1351 },
      { id: 'j', asOf: '2022-03-25~', value: 1200 },
      { id: 'k', asOf: '2022-04', value: 6000 },
      { id: 'l', asOf: '2022-04-10?', value: 20000 },
      { id: 'm', asOf: '2022-05-01', high: 10000 },
      { id: 'n', asOf: '2022-06~', value: 12000 },
      { id: 'o', asOf: '2023', value: 11000 },
      { id: 'p', asOf: '2022-02-24/2023-04-03', low: 15000, high: 20000 },
    ];
    const site = testSite({ metrics, sources: figures.map((figure) => ({ id: `s-${figure.id}`, figures: [figure] })) });
    const reported = new Set(
      metricInconsistencies(site)
        .filter((inconsistency) => inconsistency.rule === 'count-falls')
        .map((inconsistency) => inconsistency.figure),
    );
    const all = site.figuresByMetric.get('killed') ?? [];
    const expected = new Set(
      all
        .filter((claimed) =>
          all.some((other) => {
            const relation = relationBetween({ claimed, other, metricById: site.metricById });
            return (
              relation.basis === 'running-total' && relation.kind === 'contradicts' && relation.direction === 'below'
            );
          }),
        )
        .map((figure) => figure.id),
    );
    expect(expected.size).toBeGreaterThan(2);
    expect([...reported].sort()).toEqual([...expected].sort());
  });
});

describe('metricInconsistencies, parts and wholes', () => {
  it('reports a part above its whole at the same date, on the part', () => {
    const site = testSite({
      metrics,
      sources: [
        {
          id: 'n',
          figures: [
            { id: 'k', value: 20000, asOf: '2022-03-23', by: 'NATO' },
            { id: 'c', metric: 'casualties', high: 15000, asOf: '2022-03-23', by: 'NATO' },
          ],
        },
      ],
    });
    expect(metricInconsistencies(site)).toEqual([
      {
        rule: 'part-exceeds-whole',
        figure: 'k',
        against: 'c',
        others: 0,
        sentence:
          'NATO put Killed at 20,000 people by 23 March 2022. That is more than NATO gave for Casualties, which includes them: up to 15,000 people by 23 March 2022.',
      },
    ]);
  });

  it('reports a part above its whole stated together in one source, even known only to the month', () => {
    expect(
      found([
        {
          id: 'n',
          figures: [
            { id: 'k', value: 20000, asOf: '2022-03' },
            { id: 'c', metric: 'casualties', value: 15000, asOf: '2022-03' },
          ],
        },
      ]),
    ).toEqual([{ rule: 'part-exceeds-whole', figure: 'k', against: 'c' }]);
  });

  it('does not report a part within its whole', () => {
    expect(
      found([
        {
          id: 'n',
          figures: [
            { id: 'k', value: 1351, asOf: '2022-03-23' },
            { id: 'c', metric: 'casualties', high: 40000, asOf: '2022-03-23' },
          ],
        },
      ]),
    ).toEqual([]);
  });

  it('does not report a later part above an earlier whole (the whole may have grown)', () => {
    expect(
      found([
        { id: 'a', figures: [{ id: 'c', metric: 'casualties', value: 15000, asOf: '2022-03-01' }] },
        { id: 'b', figures: [{ id: 'k', value: 20000, asOf: '2022-06-01' }] },
      ]),
    ).toEqual([]);
  });

  it('reports an earlier part above a running-total whole dated later', () => {
    expect(
      found([
        { id: 'a', figures: [{ id: 'k', value: 20000, asOf: '2022-03-01' }] },
        { id: 'b', figures: [{ id: 'c', metric: 'casualties', value: 15000, asOf: '2022-06-01' }] },
      ]),
    ).toEqual([{ rule: 'part-exceeds-whole', figure: 'k', against: 'c' }]);
  });

  it('reports a part above many wholes once, against the lowest, counting the others', () => {
    const wholes = [15000, 9000, 12000].map((value, index) => ({
      id: `c${index}`,
      metric: 'casualties',
      value,
      asOf: '2022-03-23',
    }));
    const site = testSite({
      metrics,
      sources: [{ id: 'n', figures: [{ id: 'k', value: 20000, asOf: '2022-03-23', by: 'NATO' }, ...wholes] }],
    });
    const [only, ...rest] = metricInconsistencies(site);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ rule: 'part-exceeds-whole', figure: 'k', against: 'c1', others: 2 });
    expect(only?.sentence).toMatch(
      /: 9,000 people by 23 March 2022\. It is also more than 2 other estimates of that total\.$/,
    );
  });

  it('gives 300 parts above 300 wholes 300 inconsistencies, not 90,000', () => {
    const parts = Array.from({ length: 300 }, (_, index) => ({ id: `k${index}`, value: 1000, asOf: '2022-03-23' }));
    const wholes = Array.from({ length: 300 }, (_, index) => ({
      id: `c${index}`,
      metric: 'casualties',
      value: 1,
      asOf: '2022-03-23',
    }));
    const found = metricInconsistencies(testSite({ metrics, sources: [{ id: 'n', figures: [...parts, ...wholes] }] }));
    expect(found).toHaveLength(300);
    expect(found.every((entry) => entry.others === 299)).toBe(true);
  });
});
