import { CLAIM_CSV_COLUMNS, CLAIM_FIELDS, claimEntry, claimFigureRows, RELATION_COLUMNS } from './claims.ts';
import { analyseClaim } from '../compare/claim-analysis.ts';
import { lazyList, withExamples, type Field } from './csv.ts';
import {
  absoluteUrl,
  FIGURE_COLUMNS,
  figureRow,
  METRIC_FIELDS,
  metricEntry,
  siteHeader,
  type ExportContext,
} from './figures.ts';

/** The fields of the `site` header every JSON download starts with. */
export const SITE_FIELDS: readonly Field[] = [
  { name: 'title', meaning: 'Title of the site', example: 'Counting the losses' },
  { name: 'url', meaning: 'Its canonical address', example: 'https://factcheck.example.org' },
  {
    name: 'publisher',
    meaning: 'Who publishes it: an object with name and url',
    example: '{ "name": "Example Desk", … }',
  },
  { name: 'license', meaning: 'Licence of the content and data', example: 'CC BY 4.0' },
];

/** A named list of fields, documented on the data page. */
export interface FieldTable {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly Field[];
}

/** Everything the data page documents, with examples taken from the site's own data where it has any. */
export interface DataCatalogue {
  readonly figureColumns: FieldTable;
  readonly claimCsvColumns: FieldTable;
  readonly claimFields: FieldTable;
  readonly relationFields: FieldTable;
  readonly metricFields: FieldTable;
  readonly siteFields: FieldTable;
}

export function dataCatalogue(context: ExportContext): DataCatalogue {
  const { site } = context;
  // Rows are made only as far as needed to find an example of every column: usually the first few, not 25,000.
  const figureRows = lazyList(function* () {
    for (const figure of site.figures) yield figureRow(context, figure);
  });
  const claimRows = lazyList(function* () {
    for (const claim of site.claims) yield* claimFigureRows(context, claim, analyseClaim(site, claim));
  });
  const relations = lazyList(function* () {
    for (const claim of site.claims) yield* analyseClaim(site, claim).relations;
  });
  const claims = lazyList(function* () {
    for (const claim of site.claims) yield claimEntry(context, claim) as unknown as Record<string, unknown>;
  });
  const metrics = lazyList(function* () {
    for (const metric of site.metrics) yield metricEntry(context, metric) as unknown as Record<string, unknown>;
  });
  return {
    figureColumns: {
      id: 'figure-columns',
      title: 'Columns of figures.csv and of each metric’s CSV',
      fields: withExamples(FIGURE_COLUMNS, figureRows),
    },
    claimCsvColumns: {
      id: 'claim-csv-columns',
      title: 'Columns of each fact-check’s CSV',
      fields: withExamples(CLAIM_CSV_COLUMNS, claimRows),
    },
    claimFields: {
      id: 'claim-fields',
      title: 'Fields of each claim in claims.json and in each fact-check’s JSON',
      fields: recordExamples(CLAIM_FIELDS, claims),
    },
    relationFields: {
      id: 'relation-fields',
      title: 'Fields of each object in a claim’s relations',
      fields: withExamples(RELATION_COLUMNS, relations),
    },
    metricFields: {
      id: 'metric-fields',
      title: 'Fields of the metric in each metric’s JSON',
      fields: recordExamples(METRIC_FIELDS, metrics),
    },
    siteFields: {
      id: 'site-fields',
      title: 'Fields of the site header of every JSON file',
      fields: recordExamples(SITE_FIELDS, [siteHeader(site) as unknown as Record<string, unknown>]),
    },
  };
}

/** Examples for JSON fields: the first text, number, true/false or list of such the records give. */
function recordExamples(fields: readonly Field[], records: Iterable<Record<string, unknown>>): Field[] {
  return fields.map((field) => {
    let found: string | undefined;
    for (const record of records) {
      found = exampleOf(record[field.name]);
      if (found !== undefined) break;
    }
    return found === undefined ? { ...field, generic: true } : { ...field, example: found };
  });
}

function exampleOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) {
    return JSON.stringify(value);
  }
  return undefined;
}

/**
 * How to cite a download: "<site title>, <publisher>, <url>, accessed <date>". The date is the reader's to fill
 * in, so the page carries no build date.
 */
export function citation(context: ExportContext, path: string): string {
  const { title, publisher } = context.site.config;
  return `${title}, ${publisher.name}, ${absoluteUrl(context.site, path)}, accessed [date]`;
}
