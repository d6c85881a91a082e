import { csvParse, csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { edtfDate } from '../model/edtf-date.ts';
import { dateSpan, FIGURE_COLUMNS, figuresCsv, METRIC_FIELDS, metricCsv, metricJson } from './figures.ts';
import { testSite } from '../compare/test-fixtures.ts';
import { exportContext } from './test-site.ts';

const context = exportContext();
const { site } = context;

describe('figuresCsv', () => {
  const rows = csvParse(figuresCsv(context));

  it('has one row per figure of the site, by date then id', () => {
    expect(rows.map((row) => row.figure)).toEqual(site.figures.map((figure) => figure.id));
  });

  it('keeps its columns in the documented order', () => {
    expect(csvParseRows(figuresCsv(context))[0]).toEqual(FIGURE_COLUMNS.map((column) => column.name));
    expect(rows.columns.slice(0, 10)).toEqual([
      'figure',
      'metric',
      'metric_label',
      'unit',
      'value',
      'low',
      'high',
      'approx',
      'value_text',
      'as_of',
    ]);
  });

  it('writes numbers as plain numbers, a negative one without a quote, and leaves absent bounds empty', () => {
    const nato = rows.find((row) => row.figure === 'nato');
    expect(nato).toMatchObject({
      value: '',
      low: '7000',
      high: '15000',
      approx: 'true',
      value_text: 'about 7,000–15,000',
    });
    expect(rows.find((row) => row.figure === 'change')).toMatchObject({ value: '-5', metric: 'rate' });
  });

  it('neutralises text cells that a spreadsheet would run as a formula', () => {
    const byOf = (id: string) => rows.find((row) => row.figure === id)?.by;
    expect(byOf('nato')).toBe('\'=HYPERLINK("http://x","NATO")');
    expect(byOf('month')).toBe("'@KP");
    expect(byOf('hedged')).toBe("'+Someone");
    expect(byOf('change')).toBe("'-Analyst");
    expect(byOf('mod')).toBe('the Russian MoD');
  });

  it('keeps EDTF dates as written and adds the first and last day they may mean', () => {
    const dates = Object.fromEntries(rows.map((row) => [row.figure, [row.as_of, row.as_of_start, row.as_of_end]]));
    expect(dates).toEqual({
      mod: ['2022-03-25', '2022-03-25', '2022-03-25'],
      nato: ['2022-03-23', '2022-03-23', '2022-03-23'],
      month: ['2022-03', '2022-03-01', '2022-03-31'],
      hedged: ['2022-03-24~', '2022-03-23', '2022-03-25'],
      span: ['2025-03/2025-04', '2025-03-01', '2025-04-30'],
      change: ['2023?', '2022-01-01', '2024-12-31'],
    });
  });

  it('links each figure to its quote on the site, under the canonical URL', () => {
    expect(rows.find((row) => row.figure === 'mod')?.figure_url).toBe('https://example.org/sources/ap/#mod');
  });

  it('is the same text every time it is built', () => {
    expect(figuresCsv(exportContext())).toBe(figuresCsv(context));
  });
});

describe('as_of_start and as_of_end', () => {
  it('widen an uncertain date no earlier than the metric’s since', () => {
    const clipped = testSite({
      metrics: [{ id: 'killed', cumulative: true, since: '2022-02-24' }],
      sources: [{ id: 's', figures: [{ id: 'x', value: 300000, asOf: '2023?' }] }],
    });
    const [row] = csvParse(figuresCsv(exportContext(clipped)));
    expect([row?.as_of_start, row?.as_of_end]).toEqual(['2022-02-24', '2024-12-31']);
  });
});

describe('dateSpan', () => {
  it('widens approximate and uncertain months by a calendar month', () => {
    expect(dateSpan(edtfDate('2022-03~'))).toEqual({ start: '2022-02-01', end: '2022-04-30' });
    expect(dateSpan(edtfDate('2022-01/2022-02?'))).toEqual({ start: '2022-01-01', end: '2022-03-31' });
  });
});

describe('a metric’s downloads', () => {
  const metric = site.metricById.get('killed');
  if (!metric) throw new Error('no metric');

  it('lists the metric’s figures only, with the columns of figures.csv', () => {
    const rows = csvParse(metricCsv(context, metric));
    expect(rows.columns).toEqual(FIGURE_COLUMNS.map((column) => column.name));
    expect(rows.map((row) => row.figure)).toEqual(['month', 'nato', 'hedged', 'mod', 'span']);
  });

  it('gives the metric’s fields in the documented order in JSON, with numbers as numbers', () => {
    const json = JSON.parse(metricJson(context, metric));
    expect(Object.keys(json)).toEqual(['site', 'metric']);
    expect(Object.keys(json.metric)).toEqual(METRIC_FIELDS.map((field) => field.name));
    expect(json.metric).toMatchObject({ id: 'killed', cumulative: true, url: 'https://example.org/metrics/killed/' });
    expect(json.metric.figures[1]).toMatchObject({ figure: 'nato', value: null, low: 7000, high: 15000, approx: true });
    expect(json.site).toEqual({
      title: 'S',
      url: 'https://example.org/',
      publisher: { name: 'P', url: 'https://example.org/' },
      license: 'CC BY 4.0',
    });
  });

  it('keeps formula characters in JSON text, where no spreadsheet reads them', () => {
    const json = JSON.parse(metricJson(context, metric));
    expect(json.metric.figures[1].by).toBe('=HYPERLINK("http://x","NATO")');
  });
});
