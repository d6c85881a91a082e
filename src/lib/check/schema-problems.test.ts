import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parseLocatedYaml } from '../load/yaml-document.ts';
import { claimSchema, metricSchema, siteSchema, sourceSchema } from '../schema/index.ts';
import { validateWithPositions } from './schema-problems.ts';

function validate<S extends z.ZodType>(schema: S, lines: string[], entity = 'claim') {
  const yaml = parseLocatedYaml({ file: 'x.md', text: lines.join('\n') + '\n', lineOffset: 1 });
  expect(yaml.problems).toEqual([]);
  return validateWithPositions({ schema, yaml, entity });
}

const CLAIM = [
  'title: T', //                     line 2 (after the opening fence)
  'claim: C', //                     3
  'claimant: X', //                  4
  'claimDate: 2022-03', //           5
  'appearance: some-source', //      6
  'figure: some-figure', //          7
  'verdict: accurate', //            8
  'summary: S', //                   9
  'published: 2022-03-28', //        10
];

const SOURCE_HEAD = ['title: Briefing', 'figures:']; // lines 2, 3
const FIGURE = [
  '  - id: ru-killed-2022', //       4
  '    metric: ru-killed', //        5
  '    value: 1351', //              6
  '    asOf: 2022-03-25', //         7
  '    by: Ministry', //             8
  '    quote: 1,351 servicemen', //  9
];

const SITE = [
  'title: S',
  'description: D',
  'url: https://example.org/',
  'language: en',
  'publisher:',
  '  name: Desk',
  '  url: https://example.org/',
  'license: CC BY 4.0',
  'ratings:',
  '  - id: accurate',
  '    label: Accurate',
  '    value: 1',
  '    description: D',
];

/** `lines` with the line starting with `prefix` replaced by `replacement` (or removed). */
function edit(lines: readonly string[], prefix: string, replacement?: string): string[] {
  const index = lines.findIndex((line) => line.startsWith(prefix));
  if (index === -1) throw new Error(`no line starts with ${prefix}`);
  const copy = [...lines];
  if (replacement === undefined) copy.splice(index, 1);
  else copy[index] = replacement;
  return copy;
}

describe('validateWithPositions', () => {
  it('returns the parsed data and no problem for a valid file', () => {
    const result = validate(claimSchema, CLAIM);
    expect(result.problems).toEqual([]);
    expect(result.data).toMatchObject({ title: 'T', figure: 'some-figure', tags: [], corrections: [] });
  });

  it('reports an unknown key with the line of the key and the closest field name', () => {
    const { data, problems } = validate(claimSchema, [...CLAIM, 'verdcit: false']);
    expect(data).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'x.md',
        line: 11,
        column: 1,
        ruleId: 'unknown-key',
        severity: 'error',
        message: 'Unknown field "verdcit" (did you mean "verdict"?)',
      }),
    ]);
    expect(problems[0]?.hint).toContain('title, claim, claimant');
  });

  it('reports an unknown key inside a nested object with the fields of that object', () => {
    const { problems } = validate(siteSchema, edit(SITE, '  url:', '  link: https://example.org/'), 'site.yaml');
    const unknown = problems.find((problem) => problem.ruleId === 'unknown-key');
    expect(unknown).toMatchObject({ line: 8, column: 3, message: 'Unknown field "link" in "publisher"' });
    expect(unknown?.hint).toBe('The fields of "publisher" are: name, url');
  });

  it('reports an unknown key in a compare entry with a did-you-mean', () => {
    const { problems } = validate(claimSchema, [...CLAIM, 'compare:', '  - figure: other', '    stanse: context']);
    expect(problems).toEqual([
      expect.objectContaining({
        line: 13,
        column: 5,
        ruleId: 'unknown-key',
        message: expect.stringContaining('did you mean "stance"'),
      }),
    ]);
  });

  it('reports a missing field at its parent with the field name and what to write', () => {
    const { problems } = validate(claimSchema, edit(CLAIM, 'claimant:'));
    expect(problems).toEqual([
      expect.objectContaining({
        line: 2,
        column: 1,
        ruleId: 'missing-field',
        message: 'Missing required field "claimant"',
        hint: 'Add "claimant:" with text',
      }),
    ]);
  });

  it('reports a missing field of a figure at the figure', () => {
    const { problems } = validate(sourceSchema, [...SOURCE_HEAD, ...edit(FIGURE, '    by:')], 'source');
    expect(problems).toEqual([
      expect.objectContaining({
        line: 4,
        column: 5,
        ruleId: 'missing-field',
        message: 'Missing required field "figures[0].by"',
      }),
    ]);
  });

  it('reports a number written as text with a hint about digits', () => {
    const { problems } = validate(
      sourceSchema,
      [...SOURCE_HEAD, ...edit(FIGURE, '    value:', '    value: "7,000"')],
      'source',
    );
    expect(problems).toEqual([
      expect.objectContaining({
        line: 6,
        column: 12,
        ruleId: 'invalid-type',
        message: 'Field "figures[0].value" must be a number (digits only: 7000, not "7,000"), not the text "7,000"',
      }),
    ]);
  });

  it('names YAML’s .nan and .inf, which are numbers to YAML but not to a reader', () => {
    const nan = validate(sourceSchema, [...SOURCE_HEAD, ...edit(FIGURE, '    value:', '    value: .nan')], 'source');
    expect(nan.problems).toEqual([
      expect.objectContaining({
        line: 6,
        message: 'Field "figures[0].value" must be a number (digits only: 7000, not "7,000"), not .nan (not a number)',
      }),
    ]);
    const inf = validate(sourceSchema, [...SOURCE_HEAD, ...edit(FIGURE, '    value:', '    value: -.inf')], 'source');
    expect(inf.problems[0]?.message).toContain('not -.inf (infinity)');
  });

  it('says a limit in words: "must be at least 0", not Zod’s "Too small: expected number to be >=0"', () => {
    const { problems } = validate(metricSchema, ['label: L', 'unit: people', 'definition: D', 'window: -1'], 'metric');
    expect(problems).toEqual([expect.objectContaining({ line: 5, message: 'Field "window" must be at least 0' })]);
  });

  it('reports an empty value as an invalid type, not as a missing field', () => {
    const { problems } = validate(claimSchema, edit(CLAIM, 'title:', 'title:'));
    expect(problems).toEqual([
      expect.objectContaining({
        line: 2,
        ruleId: 'invalid-type',
        message: 'Field "title" must be text, not an empty value',
      }),
    ]);
  });

  it('reports a list where fields were expected', () => {
    const yaml = parseLocatedYaml({ file: 'site.yaml', text: '- a\n- b\n' });
    const { problems } = validateWithPositions({ schema: siteSchema, yaml, entity: 'site.yaml' });
    expect(problems).toEqual([
      expect.objectContaining({
        line: 1,
        ruleId: 'invalid-type',
        message: 'The site.yaml must be a set of "key: value" fields, not a list',
      }),
    ]);
  });

  it('reports a date that is not EDTF at its value', () => {
    const { problems } = validate(claimSchema, edit(CLAIM, 'claimDate:', 'claimDate: 25/03/2022'));
    expect(problems).toEqual([
      expect.objectContaining({
        line: 5,
        column: 12,
        ruleId: 'invalid-edtf',
        message: expect.stringContaining('"25/03/2022"'),
      }),
    ]);
  });

  it('reports an open-ended interval as an invalid EDTF date', () => {
    const { problems } = validate(claimSchema, edit(CLAIM, 'claimDate:', 'claimDate: 2022-03/..'));
    expect(problems.map((problem) => problem.ruleId)).toEqual(['invalid-edtf']);
  });

  it('accepts a year written without quotes, which YAML reads as a number', () => {
    const { data, problems } = validate(claimSchema, edit(CLAIM, 'claimDate:', 'claimDate: 2022'));
    expect(problems).toEqual([]);
    expect(data?.claimDate).toBe('2022');
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///etc/passwd'],
    ['example.org/page'],
  ])('reports the URL %s as invalid', (url) => {
    const { problems } = validate(sourceSchema, ['title: Briefing', `url: "${url}"`], 'source');
    expect(problems).toEqual([expect.objectContaining({ line: 3, column: 6, ruleId: 'invalid-url' })]);
    expect(problems[0]?.message).toContain(JSON.stringify(url));
  });

  it('reports a low bound above the high bound at the high bound', () => {
    const figure = edit(FIGURE, '    value:', '    low: 15000\n    high: 7000');
    const { problems } = validate(sourceSchema, [...SOURCE_HEAD, ...figure], 'source');
    expect(problems).toEqual([
      expect.objectContaining({
        line: 7,
        column: 11,
        ruleId: 'range-order',
        message: 'low (15000) is greater than high (7000); swap them or fix the number',
      }),
    ]);
  });

  it('reports a value outside its bounds as a range-order problem', () => {
    const figure = edit(FIGURE, '    value:', '    value: 20\n    high: 10');
    const { problems } = validate(sourceSchema, [...SOURCE_HEAD, ...figure], 'source');
    expect(problems).toEqual([
      expect.objectContaining({
        ruleId: 'range-order',
        message: expect.stringContaining('value (20) is greater than high (10)'),
      }),
    ]);
  });

  it('reports a figure without value, low or high at the figure', () => {
    const { problems } = validate(sourceSchema, [...SOURCE_HEAD, ...edit(FIGURE, '    value:')], 'source');
    expect(problems).toEqual([
      expect.objectContaining({
        line: 4,
        column: 5,
        ruleId: 'missing-value',
        message: expect.stringContaining('"ru-killed-2022"'),
      }),
    ]);
  });

  it('reports a claim with neither figure nor compare', () => {
    const { problems } = validate(claimSchema, edit(CLAIM, 'figure:'));
    expect(problems).toEqual([expect.objectContaining({ line: 2, column: 1, ruleId: 'missing-figure-or-compare' })]);
  });

  it('reports an empty compare list without a figure as missing-figure-or-compare', () => {
    const { problems } = validate(claimSchema, [...edit(CLAIM, 'figure:'), 'compare: []']);
    expect(problems.map((problem) => problem.ruleId)).toEqual(['missing-figure-or-compare']);
  });

  it('accepts a claim with compare and no figure', () => {
    const { problems } = validate(claimSchema, [...edit(CLAIM, 'figure:'), 'compare:', '  - other-figure']);
    expect(problems).toEqual([]);
  });

  it.each([
    ['figure', 'figure: Some_Figure', 7],
    ['appearance', 'appearance: Some Source', 6],
    ['verdict', 'verdict: Accurate', 8],
  ])('reports a badly written id in %s as invalid-id', (field, line, lineNumber) => {
    const { problems } = validate(claimSchema, edit(CLAIM, `${field}:`, line));
    expect(problems).toEqual([
      expect.objectContaining({
        line: lineNumber,
        ruleId: 'invalid-id',
        message: expect.stringContaining(`Field "${field}"`),
      }),
    ]);
  });

  it('reports a badly written id inside a list as invalid-id', () => {
    const metric = ['label: L', 'unit: people', 'definition: D', 'partOf:', '  - ok', '  - Not OK'];
    const { problems } = validate(metricSchema, metric, 'metric');
    expect(problems).toEqual([
      expect.objectContaining({
        line: 7,
        column: 5,
        ruleId: 'invalid-id',
        message: expect.stringContaining('"partOf[1]"'),
      }),
    ]);
  });

  it('reports a badly written id in compare through the union of its two forms', () => {
    const { problems } = validate(claimSchema, [...CLAIM, 'compare:', '  - Other_Figure']);
    expect(problems).toEqual([expect.objectContaining({ line: 12, column: 5, ruleId: 'invalid-id' })]);
  });

  it('reports a figure id with capitals as invalid-id at the id', () => {
    const { problems } = validate(
      sourceSchema,
      [...SOURCE_HEAD, ...edit(FIGURE, '  - id:', '  - id: RU-killed')],
      'source',
    );
    expect(problems).toEqual([expect.objectContaining({ line: 4, column: 9, ruleId: 'invalid-id' })]);
  });

  it('reports a rating id used twice at the second one', () => {
    const ratings = ['  - id: accurate', '    label: Again', '    value: 2', '    description: D'];
    const { problems } = validate(siteSchema, [...SITE, ...ratings], 'site.yaml');
    expect(problems).toEqual([
      expect.objectContaining({
        line: 15,
        column: 9,
        ruleId: 'duplicate-id',
        message: expect.stringContaining('"accurate" is used twice'),
      }),
    ]);
  });

  it('reports a bad value of an enumeration with the allowed values', () => {
    const { problems } = validate(claimSchema, [...CLAIM, 'compare:', '  - figure: other', '    stance: agrees']);
    expect(problems).toEqual([
      expect.objectContaining({
        line: 13,
        ruleId: 'invalid-value',
        message: expect.stringContaining('"corroborates", "contradicts", "context"'),
      }),
    ]);
  });

  it('reports every problem of a file at once', () => {
    const { problems } = validate(
      metricSchema,
      ['label: L', 'unit: people', 'cumulative: yes', 'colour: red'],
      'metric',
    );
    expect(problems.map((problem) => [problem.line, problem.ruleId]).sort()).toEqual([
      [2, 'missing-field'],
      [4, 'invalid-type'],
      [5, 'unknown-key'],
    ]);
  });
});
