import { describe, expect, it } from 'vitest';
import { parseLocatedYaml } from './yaml-document.ts';

const TEXT = [
  '# a comment', //                1
  'title: Report', //              2
  'publisher:', //                 3
  '  name: Desk', //               4
  'figures:', //                   5
  '  - id: first', //              6
  '    value: 10', //              7
  '  - id: second', //             8
  '    quote: "some words"', //    9
  '',
].join('\n');

describe('parseLocatedYaml', () => {
  const yaml = parseLocatedYaml({ file: 'sources/a.md', text: TEXT });

  it('parses the data when the text is valid', () => {
    expect(yaml.problems).toEqual([]);
    expect(yaml.data).toEqual({
      title: 'Report',
      publisher: { name: 'Desk' },
      figures: [
        { id: 'first', value: 10 },
        { id: 'second', quote: 'some words' },
      ],
    });
  });

  it('locates a top-level value at the line and column where the value starts', () => {
    expect(yaml.locate(['title'])).toEqual({ file: 'sources/a.md', line: 2, column: 8 });
  });

  it('locates values nested in maps and lists', () => {
    expect(yaml.locate(['publisher', 'name'])).toMatchObject({ line: 4, column: 9 });
    expect(yaml.locate(['figures', 1])).toMatchObject({ line: 8, column: 5 });
    expect(yaml.locate(['figures', 1, 'quote'])).toMatchObject({ line: 9, column: 12 });
    expect(yaml.locate(['figures', 0, 'value'])).toMatchObject({ line: 7, column: 12 });
  });

  it('falls back to the nearest existing parent when a key is missing', () => {
    expect(yaml.locate(['figures', 0, 'quote'])).toMatchObject({ line: 6, column: 5 });
    expect(yaml.locate(['figures', 7, 'id'])).toMatchObject({ line: 6, column: 3 });
  });

  it('falls back to the first field of the document for a missing top-level key', () => {
    expect(yaml.locate(['license'])).toMatchObject({ line: 2, column: 1 });
    expect(yaml.locate([])).toMatchObject({ line: 2, column: 1 });
  });

  it('locates the key itself when asked for a key of a map', () => {
    expect(yaml.locate(['figures', 1], { key: 'quote' })).toMatchObject({ line: 9, column: 5 });
    expect(yaml.locate([], { key: 'figures' })).toMatchObject({ line: 5, column: 1 });
  });

  it('adds the line offset of a frontmatter to every position', () => {
    const shifted = parseLocatedYaml({ file: 'claims/a.md', text: TEXT, lineOffset: 1 });
    expect(shifted.locate(['title'])).toEqual({ file: 'claims/a.md', line: 3, column: 8 });
    expect(shifted.locate(['figures', 1, 'quote'])).toMatchObject({ line: 10, column: 12 });
  });

  it('reports a syntax error with the line and column of the mistake and no data', () => {
    const broken = parseLocatedYaml({
      file: 'claims/a.md',
      text: 'claim: C\ntitle: NATO: up to 15,000\n',
      lineOffset: 1,
    });
    expect(broken.data).toBeUndefined();
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]).toMatchObject({
      file: 'claims/a.md',
      line: 3,
      column: 8,
      ruleId: 'yaml-syntax',
      severity: 'error',
    });
    expect(broken.problems[0]?.message).toMatch(/^YAML syntax error: /);
    expect(broken.problems[0]?.message).not.toContain('\n');
    expect(broken.problems[0]?.hint).toBeTruthy();
  });

  it('reports tabs used for indentation on their line', () => {
    const broken = parseLocatedYaml({ file: 'site.yaml', text: 'title: A\npublisher:\n\tname: B\n' });
    expect(broken.problems[0]).toMatchObject({ line: 3, ruleId: 'yaml-syntax' });
  });

  it('reports a key written twice as a syntax error', () => {
    const broken = parseLocatedYaml({ file: 'site.yaml', text: 'title: A\ntitle: B\n' });
    expect(broken.problems[0]).toMatchObject({ line: 2, ruleId: 'yaml-syntax' });
    expect(broken.problems[0]?.message).toContain('unique');
  });

  it('gives null data and the first line for an empty text', () => {
    const empty = parseLocatedYaml({ file: 'x.md', text: '', lineOffset: 1 });
    expect(empty.problems).toEqual([]);
    expect(empty.data).toBeNull();
    expect(empty.locate(['title'])).toMatchObject({ line: 2, column: 1 });
  });

  it('reads dates and numbers as the YAML 1.2 core schema does, dates as text', () => {
    const read = parseLocatedYaml({ file: 'x.md', text: 'asOf: 2022-03-25\nyear: 2023\nok: true\nn: ~\n' });
    expect(read.data).toEqual({ asOf: '2022-03-25', year: 2023, ok: true, n: null });
  });

  it('caps aliases that would expand without limit instead of sharing them', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]'];
    for (let level = 2; level < 8; level++) {
      const previous = String.fromCharCode(97 + level - 1);
      const name = String.fromCharCode(97 + level);
      laughs.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    const read = parseLocatedYaml({ file: 'site.yaml', text: laughs.join('\n') });
    expect(read.data).toBeUndefined();
    expect(read.problems[0]).toMatchObject({ ruleId: 'yaml-syntax' });
  });
});

describe('parseLocatedYaml and tags Astro refuses', () => {
  it('refuses an unknown tag, which js-yaml (Astro) throws at, with its line', () => {
    const parsed = parseLocatedYaml({ file: 'x.md', text: 'title: T\nauthor: !foo Test Author\n', lineOffset: 1 });
    expect(parsed.problems).toEqual([expect.objectContaining({ line: 3, ruleId: 'yaml-syntax', severity: 'error' })]);
  });

  it('refuses a binary value', () => {
    const parsed = parseLocatedYaml({ file: 'x.md', text: 'note: !!binary "@@@"\n' });
    expect(parsed.problems.map((problem) => problem.ruleId)).toEqual(['yaml-syntax']);
  });
});
