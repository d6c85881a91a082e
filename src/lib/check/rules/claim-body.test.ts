import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import type { ContentFile } from '../../load/read-content.ts';
import { parseLocatedYaml } from '../../load/yaml-document.ts';
import type { ClaimData } from '../../schema/index.ts';
import { indexContent, type ValidatedContent } from '../content.ts';
import { bodyRule, checkClaimBodies, problemOf, reportFinding } from './claim-body.ts';
import { bodyRules } from './index.ts';

/** Where every test body starts in its file. */
const BODY_LINE = 10;

function claimFile(id: string, body: string, extension = '.md'): ContentFile {
  const file = `claims/${id}${extension}`;
  return {
    kind: 'claim',
    id,
    file,
    absolutePath: `/content/${file}`,
    yaml: parseLocatedYaml({ file, text: 'title: T\n', lineOffset: 1 }),
    body,
    bodyLine: BODY_LINE,
    extension,
  };
}

function folder(bodies: readonly string[]): ValidatedContent {
  return {
    site: undefined,
    metrics: [],
    sources: [],
    claims: bodies.map((body, index) => ({ file: claimFile(`claim-${index}`, body), data: {} as ClaimData })),
  };
}

describe('checkClaimBodies', () => {
  it('sets each rule’s plugin up once per check, with the content, and runs it on every claim', () => {
    const content = folder(['One.', 'Two.', 'Three.']);
    const calls = { attached: 0, claims: [] as string[] };
    const counting = bodyRule({
      id: 'counting',
      plugin: (context) => {
        calls.attached++;
        expect(context.content).toBe(content);
        return (_tree, file) => {
          calls.claims.push(file.path);
        };
      },
    });
    checkClaimBodies({ content, index: indexContent(content), rules: [counting, ...bodyRules] });
    expect(calls).toEqual({
      attached: 1,
      claims: ['claims/claim-0.md', 'claims/claim-1.md', 'claims/claim-2.md'],
    });
  });

  it('reports every body rule’s messages as problems of the claim, in the order each rule found them', () => {
    const content = folder(['Text.\n\n<script>x</script>\n\n[a](javascript:alert(1))']);
    const problems = checkClaimBodies({ content, index: indexContent(content), rules: bodyRules });
    expect(problems.map((problem) => [problem.line, problem.ruleId, problem.severity])).toEqual([
      [BODY_LINE + 2, 'raw-html', 'error'],
      [BODY_LINE + 4, 'unsafe-url', 'error'],
    ]);
  });
});

describe('problemOf', () => {
  const file = claimFile('a-claim', 'Text.');

  it('places a Claimline finding in the file, an error with its hint and no source of its own', () => {
    const vfile = new VFile({ path: file.file, value: file.body });
    reportFinding(vfile, 'raw-html', { at: { line: 3, column: 5 }, message: 'Raw HTML', hint: 'Write Markdown' });
    expect(vfile.messages.map((message) => problemOf(file, message))).toEqual([
      {
        file: file.file,
        line: BODY_LINE + 2,
        column: 5,
        ruleId: 'raw-html',
        severity: 'error',
        message: 'Raw HTML',
        hint: 'Write Markdown',
      },
    ]);
    expect(problemOf(file, vfile.messages[0] as VFile['messages'][number])).not.toHaveProperty('source');
  });

  it('keeps another tool’s source and rule id, makes a message that is not fatal a warning, and starts at a range’s start', () => {
    const vfile = new VFile({ value: file.body });
    const message = vfile.message('Unexpected heading', {
      place: { start: { line: 2, column: 1 }, end: { line: 2, column: 9 } },
      ruleId: 'no-duplicate-headings',
      source: 'remark-lint',
    });
    message.url = 'https://example.org/rule';
    expect(problemOf(file, message)).toEqual({
      file: file.file,
      line: BODY_LINE + 1,
      column: 1,
      source: 'remark-lint',
      ruleId: 'no-duplicate-headings',
      severity: 'warning',
      message: 'Unexpected heading',
      hint: 'See https://example.org/rule',
    });
  });

  it('puts a message without a place, or with a place that is not a line, at the first line of the body', () => {
    const vfile = new VFile({ value: file.body });
    const nowhere = vfile.message('Somewhere', { source: 'retext-x' });
    const nonsense = vfile.message('Line zero', { place: { line: 0, column: Number.NaN }, source: 'retext-x' });
    for (const message of [nowhere, nonsense]) {
      expect(problemOf(file, message)).toMatchObject({
        line: BODY_LINE,
        column: 1,
        ruleId: 'retext-x',
        source: 'retext-x',
      });
    }
  });
});
