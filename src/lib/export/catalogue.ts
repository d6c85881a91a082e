import { absoluteUrl } from '../routes.ts';
import { CLAIM_CSV_COLUMNS, CLAIM_FIELDS, claimEntry, claimFigureRows, RELATION_COLUMNS } from './claims.ts';
import type { MessageId, Messages } from '../messages/messages.ts';
import { documentField, lazyList, withExamples, type Field, type FieldDoc } from './csv.ts';
import {
  analysisOf,
  FIGURE_COLUMNS,
  figureRow,
  METRIC_FIELDS,
  metricEntry,
  siteHeader,
  type ExportContext,
} from './figures.ts';

/** The fields of the `site` header every JSON download starts with. */
export const SITE_FIELDS: readonly FieldDoc[] = [
  { name: 'title', meaning: 'downloads.site.title', example: { message: 'downloads.example.siteTitle' } },
  { name: 'url', meaning: 'downloads.site.url', example: 'https://factcheck.example.org' },
  { name: 'publisher', meaning: 'downloads.site.publisher', example: { message: 'downloads.example.publisher' } },
  { name: 'license', meaning: 'downloads.site.license', example: { message: 'downloads.example.license' } },
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
  const { messages } = site;
  const title = (id: MessageId) => messages.format(id);
  // Rows are made only as far as needed to find an example of every column: usually the first few, not 25,000.
  const figureRows = lazyList(function* () {
    for (const figure of site.figures) yield figureRow(context, figure);
  });
  const claimRows = lazyList(function* () {
    for (const claim of site.claims) yield* claimFigureRows(context, claim, analysisOf(context, claim));
  });
  const relations = lazyList(function* () {
    for (const claim of site.claims) yield* analysisOf(context, claim).relations;
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
      title: title('downloads.table.figureColumns'),
      fields: withExamples(FIGURE_COLUMNS, figureRows, messages),
    },
    claimCsvColumns: {
      id: 'claim-csv-columns',
      title: title('downloads.table.claimCsvColumns'),
      fields: withExamples(CLAIM_CSV_COLUMNS, claimRows, messages),
    },
    claimFields: {
      id: 'claim-fields',
      title: title('downloads.table.claimFields'),
      fields: recordExamples(CLAIM_FIELDS, claims, messages),
    },
    relationFields: {
      id: 'relation-fields',
      title: title('downloads.table.relationFields'),
      fields: withExamples(RELATION_COLUMNS, relations, messages),
    },
    metricFields: {
      id: 'metric-fields',
      title: title('downloads.table.metricFields'),
      fields: recordExamples(METRIC_FIELDS, metrics, messages),
    },
    siteFields: {
      id: 'site-fields',
      title: title('downloads.table.siteFields'),
      fields: recordExamples(SITE_FIELDS, [siteHeader(site) as unknown as Record<string, unknown>], messages),
    },
  };
}

/** Examples for JSON fields: the first text, number, true/false or list of such the records give. */
function recordExamples(
  fields: readonly FieldDoc[],
  records: Iterable<Record<string, unknown>>,
  messages: Messages,
): Field[] {
  return fields.map((field) => {
    let found: string | undefined;
    for (const record of records) {
      found = exampleOf(record[field.name]);
      if (found !== undefined) break;
    }
    return documentField(field, messages, found);
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
  const { site } = context;
  return site.messages.format('downloads.citation', {
    title: site.config.title,
    publisher: site.config.publisher.name,
    url: absoluteUrl(site.config.url, path),
  });
}
