/**
 * fast-check arbitraries for the property tests: random *valid* content folders (site, metrics, sources whose
 * figures quote their own bodies, claims that reference them) and the files they are written as. Not imported
 * by the site itself.
 */
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { ContentFile, EntryKind } from '../load/read-content.ts';
import { parseLocatedYaml } from '../load/yaml-document.ts';
import { buildSite } from '../model/build-site.ts';
import type { Site } from '../model/types.ts';
import { claimSchema, edtfDate, httpUrl, metricSchema, siteSchema, sourceSchema } from '../schema/index.ts';
import { MAX_FIGURE_NUMBER } from '../schema/source.ts';
import type { ValidatedContent } from './content.ts';

type Data = Record<string, unknown>;

/** A content folder as data: what each file's YAML holds, and the bodies of the Markdown files. */
export interface GeneratedContent {
  readonly site: Data;
  readonly metrics: ReadonlyArray<{ readonly id: string; readonly data: Data }>;
  readonly sources: ReadonlyArray<{ readonly id: string; readonly data: Data; readonly body: string }>;
  readonly claims: ReadonlyArray<{
    readonly slug: string;
    readonly extension: '.md' | '.mdx';
    readonly data: Data;
    readonly body: string;
  }>;
  /** How the YAML is written: the same data may be plain, quoted, flow or block. */
  readonly style: YamlStyle;
}

export interface YamlStyle {
  readonly lineWidth: number;
  readonly defaultStringType: 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE';
  readonly collectionStyle: 'any' | 'block' | 'flow';
}

/** One file of a content folder: its path inside the folder and its text (or raw bytes). */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/**
 * The settings of every property test: seeded (FC_SEED, default fixed) so that a run reproduces, FC_RUNS runs
 * (default `runs`), and no shrinking unless FC_SHRINK is set — shrinking a failure of the whole pipeline can take
 * many minutes. A failure prints its seed and path; run again with those and FC_SHRINK=1 to shrink it.
 */
export function propertyOptions<T>(runs: number): fc.Parameters<T> {
  return {
    seed: Number(process.env.FC_SEED ?? 20261122),
    numRuns: Number(process.env.FC_RUNS ?? runs),
    endOnFailure: !process.env.FC_SHRINK,
  };
}

/** Ids as file names and references use them: lower-case words joined by single hyphens. */
export const idArbitrary = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,5}){0,2}$/);

/** Strings YAML would read as something else unless they are quoted. */
const YAML_LOOKALIKES = [
  'yes',
  'no',
  'null',
  '~',
  'true',
  '2022-03-25',
  '0x1F',
  '1e3',
  '.inf',
  '- a',
  'a: b',
  '#c',
  '&a',
  '*a',
  '!tag',
  '>',
  '|',
  '"',
  "'",
  '@',
  '`',
  '%',
  '{}',
  '[]',
  '---',
  '...',
  '<script>',
  'a\nb',
  '  padded  ',
];

/**
 * What the README's contract refuses in text: C0 controls but tab and line feed, DEL and C1 controls, bidirectional
 * embeddings, overrides and isolates, U+FFFE and U+FFFF (lone surrogates cannot occur in graphemes).
 */
// eslint-disable-next-line no-control-regex -- the contract is about control characters
const NOT_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;

/** Text the contract allows but a renderer could trip on: as long as a one-line field may be, mixed directions. */
const HOSTILE_TEXTS = [
  'W'.repeat(1_000),
  `${'Ш'.repeat(400)} ${'🇺🇦'.repeat(100)}`,
  'قالت الوزارة إن \u200F1,351\u200F جنديًا قتلوا',
  '<script>alert(1)</script> ]]> &amp; &lt;',
  'e\u0301\u0301\u0301 👩‍👩‍👧‍👦 \u2028 tab\there',
];

/** Text shown to readers: any Unicode (graphemes, so no lone surrogates) the contract allows, never only spaces. */
export const textArbitrary = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 24 }) },
    { weight: 1, arbitrary: fc.constantFrom(...YAML_LOOKALIKES) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  )
  .filter((value) => value.trim().length > 0 && !NOT_TEXT.test(value));

/** One word of an archived text: no whitespace inside, so quotes can be cut at word boundaries. */
const wordArbitrary = fc
  .oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 10 }) },
    { weight: 1, arbitrary: fc.constantFrom('“quoted”', '‘single’', '"', "'", '---', '1,351', '—', '#', '*') },
  )
  .map((word) => word.replace(/\s+/g, ''))
  .filter((word) => word.length > 0 && !NOT_TEXT.test(word));

const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '\n\n', '\t', ' \n '];

const urlArbitrary = fc
  .webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true })
  .filter((url) => httpUrl.safeParse(url).success);

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** A single EDTF date: a year, month or day, maybe approximate (~), uncertain (?) or both (%). */
const edtfPointArbitrary = fc
  .record({
    year: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1990, max: 2030 }) }, fc.integer({ min: 0, max: 9999 })),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom('year', 'month', 'day'),
    qualifier: fc.constantFrom('', '', '', '?', '~', '%'),
  })
  .map(({ year, month, day, precision, qualifier }) => {
    const y = pad(year, 4);
    if (precision === 'year') return `${y}${qualifier}`;
    if (precision === 'month') return `${y}-${pad(month, 2)}${qualifier}`;
    return `${y}-${pad(month, 2)}-${pad(Math.min(day, daysInMonth(year, month)), 2)}${qualifier}`;
  });

const dateTimeArbitrary = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => `${date.toISOString().slice(0, 19)}Z`);

/**
 * An EDTF date of every form the schema accepts: a day, month or year with or without a qualifier, a UTC
 * date-time, or an interval of two dates in order.
 */
export const edtfArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: edtfPointArbitrary },
  { weight: 1, arbitrary: dateTimeArbitrary },
  {
    weight: 2,
    arbitrary: fc
      .tuple(edtfPointArbitrary, edtfPointArbitrary)
      .map(([a, b]) => (a < b ? `${a}/${b}` : `${b}/${a}`))
      // "2022/2022-05" is refused (the end falls inside the start); so are reversed bounds.
      .filter((value) => edtfDate.safeParse(value).success),
  },
);

/** Numbers as editors write them, and the odd extreme one within the schema's ±1e15. */
const numberArbitrary = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 2_000_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 1, arbitrary: fc.double({ min: -MAX_FIGURE_NUMBER, max: MAX_FIGURE_NUMBER, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 0.5, 1e-300, 5e-324, MAX_FIGURE_NUMBER, -MAX_FIGURE_NUMBER) },
);

/** value, low and/or high, in order (low ≤ value ≤ high); at least one of them. */
const valueFieldsArbitrary = fc
  .tuple(
    fc.array(numberArbitrary, { minLength: 3, maxLength: 3 }),
    fc.constantFrom('v', 'l', 'h', 'lh', 'lvh', 'lv', 'vh'),
  )
  .map(([numbers, shape]) => {
    const [low, value, high] = [...numbers].sort((a, b) => a - b) as [number, number, number];
    return {
      ...(shape.includes('l') ? { low } : {}),
      ...(shape.includes('v') ? { value } : {}),
      ...(shape.includes('h') ? { high } : {}),
    };
  });

function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined });
}

/** Drops undefined fields, so an optional field is either absent or valid. */
function defined(data: Record<string, unknown>): Data {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}

const ratingArbitrary = fc.record({
  id: idArbitrary,
  label: textArbitrary,
  value: fc.integer({ min: -10, max: 10 }),
  description: textArbitrary,
  assessments: optional(fc.subarray(['within', 'above', 'below', 'mixed', 'none'])),
});

const languageArbitrary = fc.oneof(
  fc.constantFrom('en', 'en-GB', 'fr', 'de', 'ar', 'ja', 'uk', 'ru', 'zh-Hant-TW', 'pt-BR'),
  fc.stringMatching(/^[a-z]{2,3}(?:-[A-Z]{2})?$/),
);

const siteArbitrary = fc
  .record({
    title: textArbitrary,
    description: textArbitrary,
    url: urlArbitrary,
    language: languageArbitrary,
    publisher: fc.record({ name: textArbitrary, url: urlArbitrary }),
    repository: optional(urlArbitrary),
    contentPath: optional(fc.constantFrom('content', '.', './content/', 'sites/fact checks')),
    license: textArbitrary,
    about: optional(textArbitrary),
    submit: optional(urlArbitrary),
    ratings: fc.uniqueArray(ratingArbitrary, { minLength: 1, maxLength: 5, selector: (rating) => rating.id }),
  })
  .map(({ publisher, ratings, ...rest }) => ({
    ...defined(rest),
    publisher,
    ratings: ratings.map((rating) => defined(rating)),
  }));

function metricArbitrary(allIds: readonly string[]): fc.Arbitrary<Data> {
  return fc
    .record({
      label: textArbitrary,
      unit: textArbitrary,
      definition: textArbitrary,
      cumulative: optional(fc.boolean()),
      since: optional(edtfArbitrary),
      window: optional(fc.integer({ min: 0, max: 3660 })),
      partOf: optional(fc.subarray([...allIds])),
    })
    .map(defined);
}

/** A figure without its id (ids are given once every source is drawn, so that they are unique). */
function figureDraftArbitrary(metricIds: readonly string[]) {
  return fc.record({
    metric: fc.constantFrom(...metricIds),
    values: valueFieldsArbitrary,
    approx: optional(fc.boolean()),
    asOf: edtfArbitrary,
    dateNote: optional(textArbitrary),
    by: textArbitrary,
    note: optional(textArbitrary),
    quoteStart: fc.nat(),
    quoteWords: fc.integer({ min: 1, max: 8 }),
  });
}

function sourceDraftArbitrary(metricIds: readonly string[]) {
  return fc.record({
    words: fc.array(wordArbitrary, { minLength: 1, maxLength: 40 }),
    separators: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 40, maxLength: 40 }),
    fields: fc.record({
      title: textArbitrary,
      untitled: optional(fc.boolean()),
      publisher: optional(textArbitrary),
      author: optional(textArbitrary),
      published: optional(edtfArbitrary),
      dateNote: optional(textArbitrary),
      url: optional(urlArbitrary),
      archived: optional(urlArbitrary),
      note: optional(textArbitrary),
    }),
    figures: fc.array(figureDraftArbitrary(metricIds), { maxLength: 4 }),
  });
}

type SourceDraft = ReturnType<typeof sourceDraftArbitrary> extends fc.Arbitrary<infer T> ? T : never;

/** A source file from its draft: the body is the words joined, and each quote a run of those words. */
function sourceFromDraft(id: string, draft: SourceDraft, figureIds: readonly string[]) {
  const body = draft.words.map((word, index) => `${word}${draft.separators[index] ?? ' '}`).join('');
  const figures = draft.figures.map((figure, index) => {
    const start = figure.quoteStart % draft.words.length;
    const quote = draft.words.slice(start, start + figure.quoteWords).join(' ');
    return defined({
      id: figureIds[index],
      metric: figure.metric,
      ...figure.values,
      approx: figure.approx,
      asOf: figure.asOf,
      dateNote: figure.dateNote,
      by: figure.by,
      quote,
      note: figure.note,
    });
  });
  return { id, data: defined({ ...draft.fields, figures }), body };
}

function claimArbitrary(options: { sourceIds: string[]; figureIds: string[]; ratingIds: string[] }) {
  const { sourceIds, figureIds, ratingIds } = options;
  const compareEntry = fc.tuple(
    fc.constantFrom(...figureIds),
    fc.constantFrom('id', 'object', 'corroborates', 'contradicts', 'context'),
  );
  return fc
    .record({
      extension: fc.constantFrom('.md' as const, '.md' as const, '.mdx' as const),
      // MDX bodies are code as much as text (`<` and `{` open tags and expressions): plain words there.
      mdxBody: fc.array(fc.stringMatching(/^[A-Za-z0-9,.]{1,8}$/), { maxLength: 20 }).map((words) => words.join(' ')),
      // The reasoning is published as Markdown, without raw HTML or links the checker would refuse, and without
      // quotation marks: a quotation must be in the claim's sources (src/lib/check/rules/unverified-quote.test.ts).
      body: fc
        .array(wordArbitrary, { maxLength: 20 })
        .map((words) => words.map((word) => word.replace(/[<>[\](){}`\\"“”]/g, '')).join(' ')),
      fields: fc.record({
        title: textArbitrary,
        claim: textArbitrary,
        claimant: textArbitrary,
        claimantType: optional(fc.constantFrom('person', 'organization')),
        claimDate: edtfArbitrary,
        dateNote: optional(textArbitrary),
        appearance: fc.constantFrom(...sourceIds),
        // One claimed figure, or (as a claim that states several numbers) a list of them.
        figure: optional(
          fc.oneof(
            fc.constantFrom(...figureIds),
            fc.uniqueArray(fc.constantFrom(...figureIds), { minLength: 1, maxLength: 3 }),
          ),
        ),
        compare: optional(fc.array(compareEntry, { maxLength: 5 })),
        verdict: fc.constantFrom(...ratingIds),
        summary: textArbitrary,
        published: edtfArbitrary,
        updated: optional(edtfArbitrary),
        author: optional(textArbitrary),
        corrections: optional(fc.array(fc.record({ date: edtfArbitrary, text: textArbitrary }), { maxLength: 3 })),
        tags: optional(fc.array(textArbitrary, { maxLength: 3 })),
      }),
    })
    .map(({ extension, mdxBody, body, fields }) => {
      const compare = fields.compare?.map(([figure, form]) =>
        form === 'id' ? figure : form === 'object' ? { figure } : { figure, stance: form },
      );
      // A claim needs `figure` or a non-empty `compare`.
      const figure = fields.figure ?? (compare && compare.length > 0 ? undefined : figureIds[0]);
      return { extension, body: extension === '.mdx' ? mdxBody : body, data: defined({ ...fields, figure, compare }) };
    });
}

const styleArbitrary: fc.Arbitrary<YamlStyle> = fc.record({
  lineWidth: fc.constantFrom(0, 20, 80),
  defaultStringType: fc.constantFrom('PLAIN' as const, 'QUOTE_DOUBLE' as const, 'QUOTE_SINGLE' as const),
  collectionStyle: fc.constantFrom('any' as const, 'block' as const, 'flow' as const),
});

/**
 * A random content folder the checker must accept without an error: every reference resolves, every quote
 * occurs in its source's text, every date is valid EDTF, every figure has low ≤ value ≤ high.
 */
export const contentArbitrary: fc.Arbitrary<GeneratedContent> = fc
  .record({
    site: siteArbitrary,
    metricIds: fc.uniqueArray(idArbitrary, { minLength: 1, maxLength: 4 }),
    sourceIds: fc.uniqueArray(idArbitrary, { minLength: 1, maxLength: 4 }),
    style: styleArbitrary,
  })
  .chain(({ site, metricIds, sourceIds, style }) =>
    fc
      .record({
        metrics: fc.tuple(...metricIds.map(() => metricArbitrary(metricIds))),
        sources: fc.tuple(...sourceIds.map(() => sourceDraftArbitrary(metricIds))),
      })
      .filter(({ sources }) => sources.some((source) => source.figures.length > 0))
      .chain(({ metrics, sources: drafts }) => {
        const count = drafts.reduce((total, draft) => total + draft.figures.length, 0);
        return fc.uniqueArray(idArbitrary, { minLength: count, maxLength: count }).chain((figureIds) => {
          let next = 0;
          const sources = drafts.map((draft, index) => {
            const ids = figureIds.slice(next, next + draft.figures.length);
            next += draft.figures.length;
            return sourceFromDraft(sourceIds[index] ?? '', draft, ids);
          });
          const ratingIds = (site.ratings as Array<{ id: string }>).map((rating) => rating.id);
          return fc
            .uniqueArray(fc.tuple(idArbitrary, claimArbitrary({ sourceIds, figureIds, ratingIds })), {
              minLength: 1,
              maxLength: 4,
              selector: ([slug]) => slug,
            })
            .map((claims): GeneratedContent => ({
              site,
              metrics: metricIds.map((id, index) => ({ id, data: metrics[index] ?? {} })),
              sources,
              claims: claims.map(([slug, claim]) => ({ slug, ...claim })),
              style,
            }));
        });
      }),
  );

/** YAML text of one file's data, in the content's style. */
export function yamlText(data: unknown, style: YamlStyle): string {
  const text = stringify(data, { ...style, aliasDuplicateObjects: false });
  // yaml 2.9's stringify may fold a double-quoted string between the two halves of a surrogate pair (an emoji, a
  // musical symbol), which a UTF-8 file cannot hold: write such data without folding.
  return text.isWellFormed() ? text : stringify(data, { ...style, lineWidth: 0, aliasDuplicateObjects: false });
}

/** The files of a content folder, in a stable order: site.yaml, metrics, sources, claims. */
export function contentFiles(content: GeneratedContent): GeneratedFile[] {
  const markdown = (data: Data, body: string) => `---\n${yamlText(data, content.style)}---\n${body}\n`;
  return [
    { path: 'site.yaml', content: yamlText(content.site, content.style) },
    ...content.metrics.map(({ id, data }) => ({ path: `metrics/${id}.yaml`, content: yamlText(data, content.style) })),
    ...content.sources.map(({ id, data, body }) => ({ path: `sources/${id}.md`, content: markdown(data, body) })),
    ...content.claims.map(({ slug, extension, data, body }) => ({
      path: `claims/${slug}${extension}`,
      content: markdown(data, body),
    })),
  ];
}

/** Writes the files below `dir` (which should be new or empty). */
export function writeContentFolder(dir: string, files: readonly GeneratedFile[]): void {
  mkdirSync(dir, { recursive: true });
  for (const file of files) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
}

const MEMORY_DIR = path.resolve('/content');

/**
 * The linked Site of generated content without writing it: each file's data through its schema, then
 * `buildSite`, as `checkContent` does once the rules pass (the check properties test that they do).
 */
export function siteOf(content: GeneratedContent): Site {
  const file = (kind: EntryKind, relative: string, id: string, body = ''): ContentFile => ({
    kind,
    id,
    file: relative,
    absolutePath: path.join(MEMORY_DIR, relative),
    yaml: parseLocatedYaml({ file: relative, text: '' }),
    body,
    bodyLine: 1,
    extension: path.extname(relative),
  });
  const validated: ValidatedContent = {
    site: { file: file('site', 'site.yaml', 'site'), data: siteSchema.parse(content.site) },
    metrics: content.metrics.map(({ id, data }) => ({
      file: file('metric', `metrics/${id}.yaml`, id),
      data: metricSchema.parse(data),
    })),
    sources: content.sources.map(({ id, data, body }) => ({
      file: file('source', `sources/${id}.md`, id, body),
      data: sourceSchema.parse(data),
    })),
    claims: content.claims.map(({ slug, extension, data, body }) => ({
      file: file('claim', `claims/${slug}${extension}`, slug, body),
      data: claimSchema.parse(data),
    })),
  };
  return buildSite(validated, { contentDir: MEMORY_DIR });
}
