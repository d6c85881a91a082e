import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ValidatedContent } from '../check/content.ts';
import type { ContentFile, EntryKind } from '../load/read-content.ts';
import { parseLocatedYaml } from '../load/yaml-document.ts';
import { claimSchema, metricSchema, siteSchema, sourceSchema } from '../schema/index.ts';
import { buildSite } from './build-site.ts';

const CONTENT_DIR = path.resolve('/content');
const FOLDER: Record<EntryKind, string> = { site: '', metric: 'metrics', source: 'sources', claim: 'claims' };

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

const site = {
  file: fileFor('site', 'site'),
  data: siteSchema.parse({
    title: 'S',
    description: 'D',
    url: 'https://example.org/',
    language: 'en',
    publisher: { name: 'P', url: 'https://example.org/' },
    license: 'CC BY 4.0',
    ratings: [
      { id: 'accurate', label: 'Accurate', value: 2, description: 'D' },
      { id: 'false', label: 'False', value: 1, description: 'D' },
    ],
  }),
};

const metric = (id: string, partOf: string[] = []) => ({
  file: fileFor('metric', id),
  data: metricSchema.parse({ label: id, unit: 'people', definition: 'D', partOf }),
});

const figure = (id: string, metricId: string, asOf: string) => ({
  id,
  metric: metricId,
  value: 1,
  asOf,
  by: 'B',
  quote: 'Q',
});

const source = (id: string, published: string | undefined, figures: ReturnType<typeof figure>[]) => ({
  file: fileFor('source', id, 'Q'),
  data: sourceSchema.parse({ title: id, ...(published === undefined ? {} : { published }), figures }),
});

const claim = (slug: string, fields: Record<string, unknown>) => ({
  file: fileFor('claim', slug),
  data: claimSchema.parse({
    title: slug,
    claim: 'C',
    claimant: 'X',
    claimDate: '2022-03',
    appearance: 'early',
    verdict: 'accurate',
    summary: 'S',
    published: '2022-04-01',
    ...fields,
  }),
});

function content(parts: Partial<ValidatedContent>): ValidatedContent {
  return { site, metrics: [], sources: [], claims: [], ...parts };
}

const metrics = [metric('killed', ['casualties']), metric('casualties'), metric('wounded', ['casualties'])];
const sources = [
  source('undated', undefined, [figure('u-killed', 'killed', '2022-05')]),
  source('late', '2022-06-01', [
    figure('l-killed', 'killed', '2022-06'),
    figure('l-casualties', 'casualties', '2022-06'),
  ]),
  source('early', '2022-03-25', [
    figure('e-killed', 'killed', '2022-03-25'),
    figure('a-killed', 'killed', '2022-03-25'),
  ]),
];

describe('buildSite', () => {
  it('sorts claims newest first by publication, then by claim date, then by slug', () => {
    const built = buildSite(
      content({
        metrics,
        sources,
        claims: [
          claim('old', { figure: 'e-killed', published: '2022-03-28' }),
          claim('b-same-day', { figure: 'e-killed', published: '2022-04-01', claimDate: '2022-03-01' }),
          claim('a-same-day', { figure: 'e-killed', published: '2022-04-01', claimDate: '2022-03-01' }),
          claim('newer-claim', { figure: 'e-killed', published: '2022-04-01', claimDate: '2022-03-20' }),
          claim('newest', { figure: 'e-killed', published: '2022-05' }),
        ],
      }),
      { contentDir: CONTENT_DIR },
    );
    expect(built.claims.map((entry) => entry.slug)).toEqual([
      'newest',
      'newer-claim',
      'a-same-day',
      'b-same-day',
      'old',
    ]);
  });

  it('sorts figures by date, then by id', () => {
    const built = buildSite(content({ metrics, sources, claims: [claim('c', { figure: 'e-killed' })] }), {
      contentDir: CONTENT_DIR,
    });
    expect(built.figures.map((entry) => entry.id)).toEqual([
      'a-killed',
      'e-killed',
      'u-killed',
      'l-casualties',
      'l-killed',
    ]);
    expect(built.figuresByMetric.get('killed')?.map((entry) => entry.id)).toEqual([
      'a-killed',
      'e-killed',
      'u-killed',
      'l-killed',
    ]);
    expect(built.figuresByMetric.get('wounded')).toEqual([]);
  });

  it('gives each figure its source and parsed date', () => {
    const built = buildSite(content({ metrics, sources, claims: [claim('c', { figure: 'e-killed' })] }), {
      contentDir: CONTENT_DIR,
    });
    const found = built.figureById.get('l-casualties');
    expect(found?.source).toBe('late');
    expect(found?.date.start).toMatchObject({ year: 2022, month: 6, precision: 'month' });
  });

  it('compares a claim by default with every other figure of its figure’s metric, by date', () => {
    const built = buildSite(content({ metrics, sources, claims: [claim('c', { figure: 'e-killed' })] }), {
      contentDir: CONTENT_DIR,
    });
    const found = built.claimBySlug.get('c');
    expect(found?.compareIsExplicit).toBe(false);
    expect(found?.compare).toEqual([
      { figure: 'a-killed', stance: undefined },
      { figure: 'u-killed', stance: undefined },
      { figure: 'l-killed', stance: undefined },
    ]);
  });

  it('keeps a written compare list as written, with its stances', () => {
    const built = buildSite(
      content({
        metrics,
        sources,
        claims: [
          claim('c', { figure: 'e-killed', compare: ['l-casualties', { figure: 'u-killed', stance: 'contradicts' }] }),
        ],
      }),
      { contentDir: CONTENT_DIR },
    );
    expect(built.claimBySlug.get('c')).toMatchObject({
      compareIsExplicit: true,
      compare: [
        { figure: 'l-casualties', stance: undefined },
        { figure: 'u-killed', stance: 'contradicts' },
      ],
    });
  });

  it('compares nothing by default for a claim without a figure', () => {
    const built = buildSite(content({ metrics, sources, claims: [claim('c', { compare: ['l-killed'] })] }), {
      contentDir: CONTENT_DIR,
    });
    expect(built.claimBySlug.get('c')?.compare).toEqual([{ figure: 'l-killed', stance: undefined }]);
  });

  it('lists for each figure the claims that assert or compare it, once each, newest first', () => {
    const built = buildSite(
      content({
        metrics,
        sources,
        claims: [
          claim('asserts', { figure: 'l-killed', compare: ['l-killed', 'e-killed'], published: '2022-07-01' }),
          claim('default', { figure: 'e-killed', published: '2022-04-01' }),
        ],
      }),
      { contentDir: CONTENT_DIR },
    );
    const slugs = (id: string) => built.claimsByFigure.get(id)?.map((entry) => entry.slug);
    expect(slugs('l-killed')).toEqual(['asserts', 'default']);
    expect(slugs('e-killed')).toEqual(['asserts', 'default']);
    expect(slugs('a-killed')).toEqual(['default']);
    expect(slugs('l-casualties')).toBeUndefined();
  });

  it('lists on each metric the metrics that are part of it, and sorts metrics by id', () => {
    const built = buildSite(content({ metrics, sources, claims: [claim('c', { figure: 'e-killed' })] }), {
      contentDir: CONTENT_DIR,
    });
    expect(built.metrics.map((entry) => [entry.id, entry.parts])).toEqual([
      ['casualties', ['killed', 'wounded']],
      ['killed', []],
      ['wounded', []],
    ]);
    expect(built.metricById.get('killed')?.partOf).toEqual(['casualties']);
  });

  it('sorts sources by publication date with undated ones last, and keeps their figures in file order', () => {
    const built = buildSite(content({ metrics, sources, claims: [claim('c', { figure: 'e-killed' })] }), {
      contentDir: CONTENT_DIR,
    });
    expect(built.sources.map((entry) => entry.id)).toEqual(['early', 'late', 'undated']);
    expect(built.sourceById.get('early')?.figures).toEqual(['e-killed', 'a-killed']);
    expect(built.sourceById.get('undated')?.publishedDate).toBeUndefined();
  });

  it('gives file paths relative to the content folder with forward slashes', () => {
    const built = buildSite(content({ metrics, sources, claims: [claim('c', { figure: 'e-killed' })] }), {
      contentDir: CONTENT_DIR,
    });
    expect(built.sourceById.get('early')?.path).toBe('sources/early.md');
    expect(built.claimBySlug.get('c')?.path).toBe('claims/c.md');
  });

  it('indexes the ratings of site.yaml by id', () => {
    const built = buildSite(content({ metrics, sources, claims: [claim('c', { figure: 'e-killed' })] }), {
      contentDir: CONTENT_DIR,
    });
    expect(built.ratingById.get('false')?.label).toBe('False');
    expect(built.config.title).toBe('S');
  });

  it('refuses to build without site.yaml', () => {
    expect(() =>
      buildSite({ ...content({}), site: undefined } as ValidatedContent, { contentDir: CONTENT_DIR }),
    ).toThrow(/site\.yaml/);
  });
});
