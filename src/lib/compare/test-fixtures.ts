/**
 * Test fixtures for the compare and chart tests: metrics, figures and small linked Sites built from inline
 * data, the way `build-site.test.ts` builds them. Not imported by the site itself.
 */
import path from 'node:path';
import type { ValidatedContent } from '../check/content.ts';
import type { ContentFile, EntryKind } from '../load/read-content.ts';
import { parseLocatedYaml } from '../load/yaml-document.ts';
import { buildSite } from '../model/build-site.ts';
import { figureSpan } from './date-interval.ts';
import { edtfDate } from '../model/edtf-date.ts';
import type { Figure, Metric, Site } from '../model/types.ts';
import { claimSchema, metricSchema, siteSchema, sourceSchema } from '../schema/index.ts';
import type { LocalizedText } from '../schema/index.ts';

const CONTENT_DIR = path.resolve('/content');
const FOLDER: Record<EntryKind, string> = { site: '', metric: 'metrics', source: 'sources', claim: 'claims' };

/** The fields of a metric file that a test may set; the rest get the schema's defaults. */
export interface MetricFields {
  readonly cumulative?: boolean;
  readonly window?: number;
  readonly partOf?: readonly string[];
  readonly since?: string;
  readonly label?: string;
  /** Default "people". */
  readonly unit?: string;
}

/** The fields of a figure that a test may set. `asOf` is the only required one. */
export interface FigureFields {
  readonly metric?: string;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  readonly approx?: boolean;
  readonly asOf: string;
  /** Another report of the same estimate. */
  readonly sameAs?: string;
  /** How the text words the bounds. */
  readonly bound?: 'strict' | 'inclusive';
  readonly by?: string;
  readonly source?: string;
}

/** A linked Metric, as `buildSite` would make it (without `parts`, which no compared rule reads). */
export function testMetric(id: string, fields: MetricFields = {}): Metric {
  const { label, unit, definition, ...data } = metricSchema.parse({
    label: id,
    unit: 'people',
    definition: 'D',
    ...fields,
  });
  const inEnglish = (text: LocalizedText) => (typeof text === 'string' ? text : (text['en'] ?? ''));
  return {
    ...data,
    label: inEnglish(label),
    unit: inEnglish(unit),
    definition: inEnglish(definition),
    id,
    sinceDate: data.since === undefined ? undefined : edtfDate(data.since),
    parts: [],
  };
}

/** A linked Figure: of metric `killed`, by "B", from source `s`, unless told otherwise; its span is not clipped. */
export function testFigure(id: string, fields: FigureFields): Figure {
  const { source = 's', metric = 'killed', by = 'B', approx = false, asOf, value, low, high, bound } = fields;
  return {
    id,
    metric,
    approx,
    asOf,
    by,
    quote: 'Q',
    source,
    date: edtfDate(asOf),
    span: figureSpan({ date: edtfDate(asOf) }),
    estimate: id,
    ...(value === undefined ? {} : { value }),
    ...(low === undefined ? {} : { low }),
    ...(high === undefined ? {} : { high }),
    ...(bound === undefined ? {} : { bound }),
  };
}

export function metricMap(...metrics: Metric[]): Map<string, Metric> {
  return new Map(metrics.map((metric) => [metric.id, metric]));
}

function fileFor(kind: EntryKind, id: string, body = ''): ContentFile {
  const extension = kind === 'metric' || kind === 'site' ? '.yaml' : '.md';
  const absolutePath = path.join(CONTENT_DIR, FOLDER[kind], `${id}${extension}`);
  return {
    kind,
    id,
    file: path.relative(CONTENT_DIR, absolutePath),
    absolutePath,
    yaml: parseLocatedYaml({ file: id, text: '' }),
    body,
    bodyLine: 1,
    extension,
  };
}

/** A source file of the fixture: its id and figures (each figure's `source` is ignored: it is this id). */
export interface SourceFixture {
  readonly id: string;
  readonly figures: ReadonlyArray<{ readonly id: string } & FigureFields>;
}

/** A claim file of the fixture: its slug and any claim fields (figure, compare, …). */
export interface ClaimFixture {
  readonly slug: string;
  readonly [field: string]: unknown;
}

/** A linked Site from inline metrics, sources and claims, through the schemas and `buildSite`. */
export function testSite(options: {
  metrics: ReadonlyArray<{ readonly id: string } & MetricFields>;
  sources: readonly SourceFixture[];
  claims?: readonly ClaimFixture[];
  language?: string;
}): Site {
  const { metrics, sources, claims = [], language = 'en-GB' } = options;
  const content: ValidatedContent = {
    site: {
      file: fileFor('site', 'site'),
      data: siteSchema.parse({
        title: 'S',
        description: 'D',
        url: 'https://example.org/',
        language,
        publisher: { name: 'P', url: 'https://example.org/' },
        license: 'CC BY 4.0',
        ratings: [{ id: 'accurate', label: 'Accurate', value: 1, description: 'D' }],
      }),
    },
    metrics: metrics.map(({ id, ...fields }) => ({
      file: fileFor('metric', id),
      data: metricSchema.parse({ label: id, unit: 'people', definition: 'D', ...fields }),
    })),
    sources: sources.map(({ id, figures }) => ({
      file: fileFor('source', id, 'Q'),
      data: sourceSchema.parse({
        title: id,
        figures: figures.map(({ source: _source, metric = 'killed', by = 'B', ...figure }) => ({
          metric,
          by,
          quote: 'Q',
          ...figure,
        })),
      }),
    })),
    claims: claims.map(({ slug, ...fields }) => ({
      file: fileFor('claim', slug),
      data: claimSchema.parse({
        title: slug,
        claim: 'C',
        claimant: 'X',
        claimDate: '2022-03',
        appearance: sources[0]?.id ?? 's',
        verdict: 'accurate',
        summary: 'S',
        published: '2022-04-01',
        ...fields,
      }),
    })),
  };
  return buildSite(content, { contentDir: CONTENT_DIR });
}
