import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check/check-content.ts';
import { testSite } from '../compare/test-fixtures.ts';
import { chartSourceLines, chartSourceTitles, metricChartTitle, metricTimelineSeries } from './site-timelines.ts';

const cwd = fileURLToPath(new URL('../../..', import.meta.url));
const { site } = checkContent({ dir: 'content', cwd });
if (!site) throw new Error('the example content does not build');
const figures = site.figures.filter((figure) => figure.metric === 'ru-killed');
const sources = [...new Set(figures.map((figure) => figure.source))];

describe('chart credits', () => {
  it('name each source of the plotted figures once, in the order of its first figure', () => {
    expect(sources.length).toBeGreaterThan(1);
    const titles = sources.map((id) => `“${site.sourceById.get(id)?.title}”`);
    expect(chartSourceTitles(site, figures)).toEqual(titles);
    expect(chartSourceLines(site, figures).map((line) => line.slice(0, line.indexOf('” (') + 1))).toEqual(titles);
  });

  it('say who made the estimates in the long form, and leave that to the table in the short one', () => {
    const lines = chartSourceLines(site, figures).join(' ');
    const short = chartSourceTitles(site, figures).join(' ');
    for (const figure of figures) expect(lines).toContain(figure.by);
    const titles = sources.map((id) => site.sourceById.get(id)?.title ?? '').join(' ');
    const notInTitles = figures.filter((figure) => !titles.includes(figure.by));
    expect(notInTitles.length).toBeGreaterThan(0);
    for (const figure of notInTitles) expect(short).not.toContain(figure.by);
  });
});

describe('a metric chart', () => {
  // NATO's range of 23 March 2022 as its briefing gave it, and as the AP reported it (sameAs): one estimate.
  const site = testSite({
    metrics: [{ id: 'killed', cumulative: true }],
    sources: [
      { id: 'briefing', figures: [{ id: 'nato', low: 7000, high: 15000, asOf: '2022-03-23', by: 'NATO' }] },
      {
        id: 'ap',
        figures: [
          { id: 'ap-nato', low: 7000, high: 15000, approx: true, asOf: '2022-03-23', by: 'NATO', sameAs: 'nato' },
          { id: 'mod', value: 1351, asOf: '2022-03-25', by: 'the ministry' },
        ],
      },
    ],
  });
  const metric = site.metricById.get('killed');
  if (!metric) throw new Error('no metric');

  it('draws each estimate once, however many sources report it', () => {
    const points = metricTimelineSeries(site, metric).flatMap((series) => series.points.map((point) => point.id));
    expect(points.sort()).toEqual(['mod', 'nato']);
  });

  it('counts estimates, not reports, in its title', () => {
    expect(metricChartTitle(site, metric)).toMatch(/^2 estimates/);
  });
});

describe('a metric chart’s title', () => {
  it('runs from the lowest any estimate reaches to the highest, a range counting by its ends', () => {
    const rates = testSite({
      metrics: [{ id: 'rate', cumulative: false, unit: '%' }],
      sources: [
        {
          id: 's',
          figures: [
            { id: 'under', metric: 'rate', high: 2, bound: 'strict', asOf: '2024', by: 'A' },
            { id: 'point', metric: 'rate', value: 3.2, asOf: '2024', by: 'B' },
            { id: 'range', metric: 'rate', low: 3, high: 3.5, asOf: '2024', by: 'C' },
          ],
        },
      ],
    });
    const metric = rates.metricById.get('rate');
    if (!metric) throw new Error('no metric');
    expect(metricChartTitle(rates, metric)).toBe('3 estimates of rate, from less than 2% for 2024 to 3–3.5% for 2024');
  });
});
