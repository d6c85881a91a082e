import { formatFigureValue } from '../format/number.ts';
import { dateInterval, type DateInterval } from '../compare/date-interval.ts';
import type { EdtfDate } from '../model/edtf-date.ts';
import type { Figure, Metric, Site, Source } from '../model/types.ts';
import type { Routes } from '../routes.ts';
import { toCsv, toJson, toRecord, type Cell, type Column, type Field } from './csv.ts';

/** What every builder needs: the linked site and its routes (under the build's base path). */
export interface ExportContext {
  readonly site: Site;
  readonly routes: Routes;
}

/** A path of the site as an absolute URL under the canonical `url` of site.yaml, as the pages' canonical links. */
export function absoluteUrl(site: Site, path: string): string {
  return new URL(path, site.config.url).href;
}

/**
 * The first and last day (ISO 8601, UTC) an EDTF date may mean, by the comparison rules' own widening
 * (`dateInterval`): "2022-03" is 2022-03-01 to 2022-03-31, "2022-03-14~" is 2022-03-13 to 2022-03-15, "2023?" is
 * 2022-01-01 to 2024-12-31.
 */
export function dateSpan(date: EdtfDate): { readonly start: string; readonly end: string } {
  return isoSpan(dateInterval(date));
}

/** The first and last day (ISO 8601, UTC) of a span of time. */
export function isoSpan(span: DateInterval): { readonly start: string; readonly end: string } {
  return { start: isoDay(span.start), end: isoDay(span.end) };
}

function isoDay(instant: number): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/** The header of every JSON download: whose data it is and under which licence. */
export interface SiteHeader {
  readonly title: string;
  readonly url: string;
  readonly publisher: { readonly name: string; readonly url: string };
  readonly license: string;
}

export function siteHeader(site: Site): SiteHeader {
  const { title, url, publisher, license } = site.config;
  return { title, url, publisher: { name: publisher.name, url: publisher.url }, license };
}

/** A figure with what its columns read: its metric, its source and its place on the site. */
export interface FigureRow {
  readonly figure: Figure;
  readonly metric: Metric | undefined;
  readonly source: Source | undefined;
  readonly url: string;
  readonly shown: string;
}

export function figureRow({ site, routes }: ExportContext, figure: Figure): FigureRow {
  return {
    figure,
    metric: site.metricById.get(figure.metric),
    source: site.sourceById.get(figure.source),
    url: absoluteUrl(site, routes.figure(figure)),
    shown: formatFigureValue(figure, { messages: site.messages }),
  };
}

const optional = (value: string | number | undefined): Cell => value ?? null;

/** The columns of every figure download (`figures.csv`, a metric's CSV), in this order. */
export const FIGURE_COLUMNS: readonly Column<FigureRow>[] = [
  {
    name: 'figure',
    meaning: 'Id of the figure, unique across the site',
    example: 'mod-killed-2022-03-25',
    value: (row) => row.figure.id,
  },
  {
    name: 'metric',
    meaning: 'Id of the metric the figure counts',
    example: 'ru-killed',
    value: (row) => row.figure.metric,
  },
  {
    name: 'metric_label',
    meaning: 'What the metric counts',
    example: 'Russian military personnel killed',
    value: (row) => optional(row.metric?.label),
  },
  {
    name: 'unit',
    meaning: 'Unit of value, low and high',
    example: 'people',
    value: (row) => optional(row.metric?.unit),
  },
  {
    name: 'value',
    meaning: 'The best estimate, a number; empty when the source gives only bounds',
    example: '1351',
    value: (row) => optional(row.figure.value),
  },
  {
    name: 'low',
    meaning: 'Lower bound ("more than", or the start of a range), a number; empty when there is none',
    example: '7000',
    value: (row) => optional(row.figure.low),
  },
  {
    name: 'high',
    meaning: 'Upper bound ("up to", or the end of a range), a number; empty when there is none',
    example: '15000',
    value: (row) => optional(row.figure.high),
  },
  {
    name: 'approx',
    meaning: 'true when the source hedges ("about", "roughly"); the comparison then widens the figure by 10 %',
    example: 'false',
    value: (row) => row.figure.approx,
  },
  {
    name: 'value_text',
    meaning: 'The figure as the pages write it, in the site’s language',
    example: 'about 7,000–15,000',
    value: (row) => row.shown,
  },
  {
    name: 'as_of',
    meaning:
      'Date the figure stands as of, in EDTF as written: a day, month or year, ~ approximate, ? uncertain, / an interval',
    example: '2022-03-25',
    value: (row) => row.figure.asOf,
  },
  {
    name: 'as_of_start',
    meaning:
      "First day as_of may mean (ISO 8601, UTC); approximate and uncertain dates are widened by one unit, never before the metric's since",
    example: '2022-03-01',
    value: (row) => isoSpan(row.figure.span).start,
  },
  {
    name: 'as_of_end',
    meaning: 'Last day as_of may mean (ISO 8601, UTC), read the same way, never after the source was published',
    example: '2022-03-31',
    value: (row) => isoSpan(row.figure.span).end,
  },
  {
    name: 'date_note',
    meaning: 'How the date was inferred when the source does not state it',
    example: 'Inferred from "on Friday"',
    value: (row) => optional(row.figure.dateNote),
  },
  {
    name: 'by',
    meaning: 'Who made the estimate',
    example: 'Russian Ministry of Defence',
    value: (row) => row.figure.by,
  },
  {
    name: 'quote',
    meaning: 'The exact words of the source that state the figure',
    example: 'To date, 1,351 servicemen have died',
    value: (row) => row.figure.quote,
  },
  {
    name: 'note',
    meaning: 'The editor’s note on how the figure was read',
    example: 'The headline rounds it to 1,400',
    value: (row) => optional(row.figure.note),
  },
  {
    name: 'source',
    meaning: 'Id of the source that reports it',
    example: 'ap-2022-03-25',
    value: (row) => row.figure.source,
  },
  {
    name: 'source_title',
    meaning: 'Title of the source document',
    example: 'Russia raises its estimate to 1,400 troops lost in Ukraine',
    value: (row) => optional(row.source?.title),
  },
  {
    name: 'source_url',
    meaning: 'Where the source was published, when known',
    example: 'https://news.example.org/article',
    value: (row) => optional(row.source?.url),
  },
  {
    name: 'figure_url',
    meaning: 'The quote, highlighted in the archived text on this site',
    example: 'https://factcheck.example.org/sources/ap-2022-03-25/#mod-killed-2022-03-25',
    value: (row) => row.url,
  },
  {
    name: 'same_as',
    meaning: 'Id of the figure of another source that reports the same estimate; empty when none',
    example: 'm23-nato-killed',
    value: (row) => optional(row.figure.sameAs),
  },
  {
    name: 'bound',
    meaning:
      'How the text words low/high: strict ("more than", "less than": the bound itself excluded), inclusive ("at least", "up to"), or empty when not said',
    example: 'strict',
    value: (row) => optional(row.figure.bound),
  },
];

/** `figures.csv`: every figure of the site, one row each, by date then id. */
export function figuresCsv(context: ExportContext): string {
  return toCsv(
    FIGURE_COLUMNS,
    context.site.figures.map((figure) => figureRow(context, figure)),
  );
}

/** The figures of one metric, by date then id. */
function metricFigureRows(context: ExportContext, metric: Metric): FigureRow[] {
  return (context.site.figuresByMetric.get(metric.id) ?? []).map((figure) => figureRow(context, figure));
}

/** `metrics/<id>.csv`: every figure of the metric, with the columns of `figures.csv`, by date then id. */
export function metricCsv(context: ExportContext, metric: Metric): string {
  return toCsv(FIGURE_COLUMNS, metricFigureRows(context, metric));
}

/** The `metric` object of `metrics/<id>.json`. */
export interface MetricEntry {
  readonly id: string;
  readonly url: string;
  readonly label: string;
  readonly unit: string;
  readonly definition: string;
  readonly cumulative: boolean;
  readonly since: string | null;
  readonly window: number;
  readonly part_of: readonly string[];
  readonly parts: readonly string[];
  readonly figures: ReadonlyArray<Record<string, Cell>>;
}

/** The fields of a metric's JSON, in order; `figures` holds objects with the fields of `figures.csv`. */
export const METRIC_FIELDS: readonly Field[] = [
  { name: 'id', meaning: 'Id of the metric', example: 'ru-killed' },
  { name: 'url', meaning: 'Its page on this site', example: 'https://factcheck.example.org/metrics/ru-killed/' },
  { name: 'label', meaning: 'What it counts', example: 'Russian military personnel killed' },
  { name: 'unit', meaning: 'Unit of every value', example: 'people' },
  { name: 'definition', meaning: 'What is and is not counted', example: 'Deaths of Russian armed forces personnel.' },
  { name: 'cumulative', meaning: 'true for a running total, which cannot fall', example: 'true' },
  { name: 'since', meaning: 'EDTF start of the count, or null', example: '2022-02-24' },
  { name: 'window', meaning: 'Days apart two figures may be and still count as the same date', example: '7' },
  { name: 'part_of', meaning: 'Ids of the metrics this one is a part of', example: '["ru-casualties"]' },
  { name: 'parts', meaning: 'Ids of the metrics that are parts of this one', example: '["ru-killed"]' },
  {
    name: 'figures',
    meaning: 'Every figure of the metric, by date then id: objects with the fields of figures.csv',
    example: '[{ "figure": "mod-killed-2022-03-25", … }]',
  },
];

export function metricEntry(context: ExportContext, metric: Metric): MetricEntry {
  const { site, routes } = context;
  return {
    id: metric.id,
    url: absoluteUrl(site, routes.metric(metric.id)),
    label: metric.label,
    unit: metric.unit,
    definition: metric.definition,
    cumulative: metric.cumulative,
    since: metric.since ?? null,
    window: metric.window,
    part_of: [...metric.partOf],
    parts: [...metric.parts],
    figures: metricFigureRows(context, metric).map((row) => toRecord(FIGURE_COLUMNS, row)),
  };
}

/** `metrics/<id>.json`: the site header and the metric with its figures. */
export function metricJson(context: ExportContext, metric: Metric): string {
  return toJson({ site: siteHeader(context.site), metric: metricEntry(context, metric) });
}
