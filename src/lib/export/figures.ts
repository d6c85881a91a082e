import { formatFigureValue } from '../format/number.ts';
import { dateInterval, type DateInterval } from '../compare/date-interval.ts';
import type { EdtfDate } from '../model/edtf-date.ts';
import type { Claim, Figure, Metric, Site, Source } from '../model/types.ts';
import { analyseClaim, type ClaimAnalysis } from '../compare/claim-analysis.ts';
import { absoluteUrl, type Routes } from '../routes.ts';
import { toCsv, toJson, toRecord, type Cell, type Column, type FieldDoc } from './csv.ts';

/** What every builder needs: the linked site and its routes (under the build's base path). */
export interface ExportContext {
  readonly site: Site;
  readonly routes: Routes;
  /** A claim's analysis, from its view (src/lib/views/claim-view.ts); analysed afresh when not given. */
  readonly analysis?: ((claim: Claim) => ClaimAnalysis) | undefined;
}

/** The claim's analysis, from the context's views when it has them. */
export function analysisOf(context: ExportContext, claim: Claim): ClaimAnalysis {
  return context.analysis?.(claim) ?? analyseClaim(context.site, claim);
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
    url: absoluteUrl(site.config.url, routes.figure(figure)),
    shown: formatFigureValue(figure, { messages: site.messages }),
  };
}

const optional = (value: string | number | undefined): Cell => value ?? null;

/** The columns of every figure download (`figures.csv`, a metric's CSV), in this order. */
export const FIGURE_COLUMNS: readonly Column<FigureRow>[] = [
  {
    name: 'figure',
    meaning: 'downloads.figure.figure',
    example: 'mod-killed-2022-03-25',
    value: (row) => row.figure.id,
  },
  {
    name: 'metric',
    meaning: 'downloads.figure.metric',
    example: 'ru-killed',
    value: (row) => row.figure.metric,
  },
  {
    name: 'metric_label',
    meaning: 'downloads.figure.metric_label',
    example: { message: 'downloads.example.metricLabel' },
    value: (row) => optional(row.metric?.label),
  },
  {
    name: 'unit',
    meaning: 'downloads.figure.unit',
    example: { message: 'downloads.example.unit' },
    value: (row) => optional(row.metric?.unit),
  },
  {
    name: 'value',
    meaning: 'downloads.figure.value',
    example: '1351',
    value: (row) => optional(row.figure.value),
  },
  {
    name: 'low',
    meaning: 'downloads.figure.low',
    example: '7000',
    value: (row) => optional(row.figure.low),
  },
  {
    name: 'high',
    meaning: 'downloads.figure.high',
    example: '15000',
    value: (row) => optional(row.figure.high),
  },
  {
    name: 'approx',
    meaning: 'downloads.figure.approx',
    example: 'false',
    value: (row) => row.figure.approx,
  },
  {
    name: 'value_text',
    meaning: 'downloads.figure.value_text',
    example: { message: 'downloads.example.valueText' },
    value: (row) => row.shown,
  },
  {
    name: 'as_of',
    meaning: 'downloads.figure.as_of',
    example: '2022-03-25',
    value: (row) => row.figure.asOf,
  },
  {
    name: 'as_of_start',
    meaning: 'downloads.figure.as_of_start',
    example: '2022-03-01',
    value: (row) => isoSpan(row.figure.span).start,
  },
  {
    name: 'as_of_end',
    meaning: 'downloads.figure.as_of_end',
    example: '2022-03-31',
    value: (row) => isoSpan(row.figure.span).end,
  },
  {
    name: 'date_note',
    meaning: 'downloads.figure.date_note',
    example: { message: 'downloads.example.dateNote' },
    value: (row) => optional(row.figure.dateNote),
  },
  {
    name: 'by',
    meaning: 'downloads.figure.by',
    example: { message: 'downloads.example.by' },
    value: (row) => row.figure.by,
  },
  {
    name: 'quote',
    meaning: 'downloads.figure.quote',
    example: { message: 'downloads.example.quote' },
    value: (row) => row.figure.quote,
  },
  {
    name: 'note',
    meaning: 'downloads.figure.note',
    example: { message: 'downloads.example.note' },
    value: (row) => optional(row.figure.note),
  },
  {
    name: 'source',
    meaning: 'downloads.figure.source',
    example: 'ap-2022-03-25',
    value: (row) => row.figure.source,
  },
  {
    name: 'source_title',
    meaning: 'downloads.figure.source_title',
    example: { message: 'downloads.example.sourceTitle' },
    value: (row) => optional(row.source?.title),
  },
  {
    name: 'source_url',
    meaning: 'downloads.figure.source_url',
    example: 'https://news.example.org/article',
    value: (row) => optional(row.source?.url),
  },
  {
    name: 'figure_url',
    meaning: 'downloads.figure.figure_url',
    example: 'https://factcheck.example.org/sources/ap-2022-03-25/#mod-killed-2022-03-25',
    value: (row) => row.url,
  },
  {
    name: 'same_as',
    meaning: 'downloads.figure.same_as',
    example: 'm23-nato-killed',
    value: (row) => optional(row.figure.sameAs),
  },
  {
    name: 'bound',
    meaning: 'downloads.figure.bound',
    example: 'strict',
    value: (row) => optional(row.figure.bound),
  },
  {
    name: 'attribution',
    meaning: 'downloads.figure.attribution',
    example: { message: 'downloads.example.attribution' },
    value: (row) => optional(row.figure.attribution),
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
export const METRIC_FIELDS: readonly FieldDoc[] = [
  { name: 'id', meaning: 'downloads.metric.id', example: 'ru-killed' },
  { name: 'url', meaning: 'downloads.metric.url', example: 'https://factcheck.example.org/metrics/ru-killed/' },
  { name: 'label', meaning: 'downloads.metric.label', example: { message: 'downloads.example.metricLabel' } },
  { name: 'unit', meaning: 'downloads.metric.unit', example: { message: 'downloads.example.unit' } },
  { name: 'definition', meaning: 'downloads.metric.definition', example: { message: 'downloads.example.definition' } },
  { name: 'cumulative', meaning: 'downloads.metric.cumulative', example: 'true' },
  { name: 'since', meaning: 'downloads.metric.since', example: '2022-02-24' },
  { name: 'window', meaning: 'downloads.metric.window', example: '7' },
  { name: 'part_of', meaning: 'downloads.metric.part_of', example: '["ru-casualties"]' },
  { name: 'parts', meaning: 'downloads.metric.parts', example: '["ru-killed"]' },
  {
    name: 'figures',
    meaning: 'downloads.metric.figures',
    example: '[{ "figure": "mod-killed-2022-03-25", … }]',
  },
];

export function metricEntry(context: ExportContext, metric: Metric): MetricEntry {
  const { site, routes } = context;
  return {
    id: metric.id,
    url: absoluteUrl(site.config.url, routes.metric(metric.id)),
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
