import { describe, expect, it } from 'vitest';
import type { ContentFile, EntryKind } from '../../load/read-content.ts';
import { parseLocatedYaml } from '../../load/yaml-document.ts';
import type { ClaimData, MetricData, SourceData } from '../../schema/index.ts';
import { indexContent, type Entry, type Rule, type ValidatedContent } from '../content.ts';
import type { Problem } from '../problem.ts';
import { bodyTooLarge, MAX_BODY_BYTES } from './body-too-large.ts';
import { mdxComponent } from './mdx-component.ts';
import { mdxExpression } from './mdx-expression.ts';
import { mdxImport } from './mdx-import.ts';
import { mdxProp } from './mdx-prop.ts';
import { mdxSyntax } from './mdx-syntax.ts';
import { rawHtml } from './raw-html.ts';
import { unknownClaim, unknownMetric } from './unknown-reference.ts';
import { unsafeUrl } from './unsafe-url.ts';

/** The line of the file where every test body starts (after a frontmatter of 8 lines and its fences). */
const BODY_LINE = 10;

function contentFile(kind: EntryKind, id: string, extension: string, body: string): ContentFile {
  const folder = kind === 'claim' ? 'claims' : kind === 'source' ? 'sources' : 'metrics';
  const file = `${folder}/${id}${extension}`;
  return {
    kind,
    id,
    file,
    absolutePath: `/content/${file}`,
    yaml: parseLocatedYaml({ file, text: 'title: T\n', lineOffset: 1 }),
    body,
    bodyLine: extension === '.yaml' ? 1 : BODY_LINE,
    extension,
  };
}

function entry<T>(file: ContentFile, data: object = {}): Entry<T> {
  return { file, data: data as T };
}

/** A content folder with the claims given (as [slug, extension, body]), metric `ru-killed` and one source. */
function content(
  claims: ReadonlyArray<readonly [string, string, string]>,
  options: { sourceBody?: string } = {},
): ValidatedContent {
  return {
    site: undefined,
    metrics: [entry<MetricData>(contentFile('metric', 'ru-killed', '.yaml', ''), { partOf: [] })],
    sources: [
      entry<SourceData>(contentFile('source', 'briefing', '.md', options.sourceBody ?? 'The archived text.'), {
        figures: [],
      }),
    ],
    claims: claims.map(([slug, extension, body]) => entry<ClaimData>(contentFile('claim', slug, extension, body))),
  };
}

/** The problems `rule` finds in one claim with `body` (an .mdx file unless told). */
function check(rule: Rule, body: string, extension = '.mdx'): Problem[] {
  const folder = content([['a-claim', extension, body]]);
  return rule.check(folder, indexContent(folder));
}

/** [line in the file, column, message] of each problem: the part a test is about. */
function found(problems: readonly Problem[]): Array<[number, number, string]> {
  return problems.map((problem) => [problem.line, problem.column, problem.message]);
}

describe('body-too-large', () => {
  it('reports a source whose archived text is over 1 MiB at the first line of the text, with its size', () => {
    const folder = content([], { sourceBody: 'x'.repeat(5 * 1024 * 1024) });
    const problems = bodyTooLarge.check(folder, indexContent(folder));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'sources/briefing.md',
        line: BODY_LINE,
        column: 1,
        ruleId: 'body-too-large',
        severity: 'error',
        message: 'The archived text of this source is 5.0 MB; the limit is 1.0 MB',
      }),
    ]);
  });

  it('counts bytes of UTF-8, not characters', () => {
    // 400,000 euro signs are 1.2 MB of UTF-8 in 400,000 characters.
    const folder = content([], { sourceBody: '€'.repeat(400_000) });
    expect(bodyTooLarge.check(folder, indexContent(folder))).toHaveLength(1);
  });

  it('accepts bodies of exactly the limit: 1 MiB for a source, 256 KiB for a claim', () => {
    const folder = content([['a-claim', '.md', 'y'.repeat(MAX_BODY_BYTES.claim)]], {
      sourceBody: 'x'.repeat(MAX_BODY_BYTES.source),
    });
    expect(bodyTooLarge.check(folder, indexContent(folder))).toEqual([]);
  });

  it('reports a claim over its limit and does not parse it for the other body rules', () => {
    const body = '<script>alert(1)</script>\n\n' + 'y'.repeat(MAX_BODY_BYTES.claim);
    const folder = content([['a-claim', '.md', body]]);
    expect(bodyTooLarge.check(folder, indexContent(folder))).toEqual([
      expect.objectContaining({
        file: 'claims/a-claim.md',
        message: 'The reasoning of this claim is 257 KB; the limit is 256 KB',
      }),
    ]);
    expect(rawHtml.check(folder, indexContent(folder))).toEqual([]);
  });
});

describe('mdx-syntax', () => {
  it('reports an unclosed tag in an MDX claim at its line in the file', () => {
    const problems = check(mdxSyntax, 'Some text.\n\n<Timeline metric="ru-killed">\n\nMore text.');
    expect(problems).toEqual([
      expect.objectContaining({
        line: BODY_LINE + 2,
        column: 1,
        ruleId: 'mdx-syntax',
        message: expect.stringContaining('Expected a closing tag for `<Timeline>`'),
      }),
    ]);
  });

  it('reports a stray brace with the line and column the parser gives', () => {
    expect(found(check(mdxSyntax, 'A set {a b} of things.'))).toEqual([
      [BODY_LINE, 10, expect.stringContaining('Could not parse expression')],
    ]);
  });

  it('reports nothing for the same text in a Markdown claim, where tags and braces are text', () => {
    expect(check(mdxSyntax, 'A set {a b}.\n\n<Timeline metric="ru-killed">', '.md')).toEqual([]);
  });
});

describe('mdx-import', () => {
  it('reports an import of the project’s own component, and says that none is needed', () => {
    const problems = check(mdxImport, "import { Timeline } from 'claimline:components';\n\nText.");
    expect(problems).toEqual([
      expect.objectContaining({
        line: BODY_LINE,
        column: 1,
        ruleId: 'mdx-import',
        message: `Import "import { Timeline } from 'claimline:components';" is not allowed in a claim`,
        hint: expect.stringContaining('<Timeline> needs no import'),
      }),
    ]);
  });

  it('reports an export at its line', () => {
    expect(found(check(mdxImport, 'Text.\n\nexport const x = globalThis.process;'))).toEqual([
      [BODY_LINE + 2, 1, expect.stringMatching(/^Export "export const x/)],
    ]);
  });

  it('ignores the word import in a Markdown claim and inside a paragraph', () => {
    expect(check(mdxImport, "import x from 'y'", '.md')).toEqual([]);
    expect(check(mdxImport, 'Text that goes on\nimport x from y')).toEqual([]);
  });
});

describe('mdx-expression', () => {
  it('reports an expression in the text at its column', () => {
    expect(found(check(mdxExpression, 'Two is {1 + 1}.'))).toEqual([
      [BODY_LINE, 8, 'JavaScript expression "{1 + 1}" is not allowed in a claim'],
    ]);
  });

  it('reports an expression on a line of its own', () => {
    expect(found(check(mdxExpression, 'Text.\n\n{globalThis.process.exit(1)}'))).toEqual([
      [BODY_LINE + 2, 1, expect.stringContaining('{globalThis.process.exit(1)}')],
    ]);
  });

  it('reports a prop written as an expression, and a spread', () => {
    const problems = check(mdxExpression, '<Timeline metric={"ru-" + "killed"} {...props} />');
    expect(found(problems)).toEqual([
      [BODY_LINE, 11, expect.stringContaining('Prop "metric" of <Timeline> is a JavaScript expression')],
      [BODY_LINE, 37, 'Spread props "{...props}" on <Timeline> are not allowed in a claim'],
    ]);
  });

  it('accepts a comment, props as plain text and braces in a Markdown claim', () => {
    expect(check(mdxExpression, '{/* a note for editors */}\n\n<Timeline metric="ru-killed" />')).toEqual([]);
    expect(check(mdxExpression, 'Two is {1 + 1}.', '.md')).toEqual([]);
  });
});

describe('mdx-component', () => {
  it.each([
    ['<script>alert(1)</script>', 'script'],
    ['<iframe src="https://example.org/"></iframe>', 'iframe'],
    ['<img src="x" onerror="alert(1)" />', 'img'],
    ['Text with <span style="color:red">html</span> inline.', 'span'],
  ])('reports the HTML element in %s and asks for Markdown', (body, tag) => {
    const problems = check(mdxComponent, body);
    expect(problems).toEqual([
      expect.objectContaining({
        line: BODY_LINE,
        ruleId: 'mdx-component',
        message: `The HTML element <${tag}> is not allowed in a claim`,
        hint: expect.stringContaining('Write Markdown instead'),
      }),
    ]);
  });

  it('reports an unknown component with the closest allowed one', () => {
    expect(found(check(mdxComponent, 'Text.\n\n<Timelin metric="ru-killed" />'))).toEqual([
      [BODY_LINE + 2, 1, 'Unknown component <Timelin> (did you mean "Timeline"?)'],
    ]);
  });

  it('reports a fragment and an element nested in an allowed one', () => {
    expect(found(check(mdxComponent, '<>text</>\n\n<Timeline metric="ru-killed"><Chart /></Timeline>'))).toEqual([
      [BODY_LINE, 1, 'A JSX fragment <>…</> is not allowed in a claim'],
      [BODY_LINE + 2, 30, 'Unknown component <Chart>'],
    ]);
  });

  it('accepts Timeline', () => {
    expect(check(mdxComponent, '<Timeline metric="ru-killed" />\n\nText <Timeline claim="a-claim" /> inline.')).toEqual(
      [],
    );
  });
});

describe('mdx-prop', () => {
  it('reports an unknown prop with the closest one', () => {
    expect(found(check(mdxProp, '<Timeline metirc="ru-killed" />'))).toEqual([
      [BODY_LINE, 11, 'Unknown prop "metirc" on <Timeline> (did you mean "metric"?)'],
      [BODY_LINE, 1, '<Timeline> needs metric="…" or claim="…"'],
    ]);
  });

  it('reports both props at once, a prop without value and content between the tags', () => {
    expect(found(check(mdxProp, '<Timeline metric="ru-killed" claim="a-claim" />'))).toEqual([
      [BODY_LINE, 1, '<Timeline> takes one of metric, claim, not 2'],
    ]);
    expect(found(check(mdxProp, '<Timeline metric />'))).toEqual([
      [BODY_LINE, 11, 'Prop "metric" on <Timeline> has no value'],
    ]);
    expect(found(check(mdxProp, '<Timeline metric="ru-killed">Caption</Timeline>'))).toEqual([
      [BODY_LINE, 1, '<Timeline> takes no content between its tags'],
    ]);
  });

  it('accepts one prop written as text', () => {
    expect(check(mdxProp, '<Timeline metric="ru-killed" />\n\n<Timeline claim="a-claim" />')).toEqual([]);
  });
});

describe('unknown-metric and unknown-claim in MDX', () => {
  it('reports a Timeline metric that does not exist, with the closest metric id, at the prop', () => {
    const problems = check(unknownMetric, 'Text.\n\n<Timeline metric="ru-kiled" />');
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'claims/a-claim.mdx',
        line: BODY_LINE + 2,
        column: 11,
        ruleId: 'unknown-metric',
        message: 'Unknown metric "ru-kiled" (did you mean "ru-killed"?)',
      }),
    ]);
  });

  it('reports a Timeline claim that does not exist, with the closest slug', () => {
    expect(found(check(unknownClaim, '<Timeline claim="a-clam" />'))).toEqual([
      [BODY_LINE, 11, 'Unknown claim "a-clam" (did you mean "a-claim"?)'],
    ]);
  });

  it('places the prop after earlier values that contain its name, across lines', () => {
    expect(
      found(check(unknownMetric, '<Timeline\n  title="a metric= here" label={metric}\n  metric="ru-kiled" />')),
    ).toEqual([[BODY_LINE + 2, 3, 'Unknown metric "ru-kiled" (did you mean "ru-killed"?)']]);
  });

  it('accepts ids that exist, and skips props written as code', () => {
    expect(check(unknownMetric, '<Timeline metric="ru-killed" />')).toEqual([]);
    expect(check(unknownClaim, '<Timeline claim="a-claim" />')).toEqual([]);
    expect(check(unknownMetric, '<Timeline metric={"nope"} />')).toEqual([]);
  });
});

describe('raw-html', () => {
  it('reports a script block in a Markdown claim at its line', () => {
    expect(found(check(rawHtml, 'Text.\n\n<script>window.__xss = 1</script>', '.md'))).toEqual([
      [BODY_LINE + 2, 1, 'Raw HTML "<script>window.__xss = 1</script>" is not allowed in a claim'],
    ]);
  });

  it('reports inline HTML at its column', () => {
    expect(found(check(rawHtml, 'A <b onclick="alert(1)">bold</b> move.', '.md'))).toEqual([
      [BODY_LINE, 3, expect.stringContaining('<b onclick=')],
      [BODY_LINE, 29, expect.stringContaining('</b>')],
    ]);
  });

  it('accepts an HTML comment, but not one that the browser ends early with --!>', () => {
    expect(check(rawHtml, 'Text.\n\n<!-- a note for editors -->', '.md')).toEqual([]);
    expect(check(rawHtml, '<!-- x --!><img src=x onerror=alert(1)> -->', '.md')).toHaveLength(1);
  });

  it('tells how to use Timeline when it is written in a Markdown claim', () => {
    expect(check(rawHtml, 'Text.\n\n<Timeline metric="ru-killed" />', '.md')).toEqual([
      expect.objectContaining({
        line: BODY_LINE + 2,
        hint: '<Timeline> works in MDX only: rename the file from .md to .mdx',
      }),
    ]);
  });

  it('leaves MDX to mdx-component, and escaped angle brackets alone', () => {
    expect(check(rawHtml, '<script>alert(1)</script>')).toEqual([]);
    expect(check(rawHtml, 'Fewer than \\<1,000.', '.md')).toEqual([]);
  });
});

describe('unsafe-url', () => {
  it.each([
    ['[click](javascript:alert(1))', 'javascript'],
    ['[click](JaVaScRiPt:alert(1))', 'javascript'],
    ['[click](javascript&colon;alert(1))', 'javascript'],
    ['[click](&#106;avascript:alert(1))', 'javascript'],
    ['[click](<java\tscript:alert(1)>)', 'javascript'],
    ['<javascript:alert(1)>', 'javascript'],
    ['![pixel](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', 'data'],
    ['[x](vbscript:msgbox(1))', 'vbscript'],
    ['[x](file:///etc/passwd)', 'file'],
  ])('reports %s in Markdown', (body, scheme) => {
    expect(check(unsafeUrl, `Text.\n\n${body}`, '.md')).toEqual([
      expect.objectContaining({
        line: BODY_LINE + 2,
        column: 1,
        ruleId: 'unsafe-url',
        message: expect.stringContaining(`"${scheme}:"`),
      }),
    ]);
  });

  it('reports a link definition, an image, and a link in MDX', () => {
    expect(found(check(unsafeUrl, '[ref][r]\n\n[r]: javascript:alert(1)', '.md'))).toEqual([
      [BODY_LINE + 2, 1, expect.stringMatching(/^Link definition to a "javascript:" URL/)],
    ]);
    expect(found(check(unsafeUrl, 'See ![x](data:text/html,x).', '.md'))).toEqual([
      [BODY_LINE, 5, expect.stringMatching(/^Image to a "data:" URL/)],
    ]);
    expect(found(check(unsafeUrl, 'See [x](javascript:alert(1)).'))).toEqual([
      [BODY_LINE, 5, expect.stringMatching(/^Link to a "javascript:" URL/)],
    ]);
  });

  it('accepts http, https, mailto, paths within the site and anchors', () => {
    const body = [
      '[a](https://example.org/) [b](http://example.org/) [c](mailto:desk@example.org)',
      '[d](../../sources/briefing/#fig) [e](#reasoning) [f](//example.org/x) <https://example.org/>',
    ].join('\n');
    expect(check(unsafeUrl, body, '.md')).toEqual([]);
    expect(check(unsafeUrl, body)).toEqual([]);
  });
});
