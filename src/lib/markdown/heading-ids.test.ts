import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bodyHeadingIds } from './heading-ids.ts';

// A plugin factory makes the result's type a promise or not; this one is synchronous.
const html = (markdown: string) =>
  (markdownToHtml(markdown, { hastPlugins: [bodyHeadingIds] }) as MarkdownToHtmlResult).html;

describe('the ids of a claim body’s headings', () => {
  it('are the slugs Astro gives headings, numbered when a heading repeats', () => {
    expect(html('## How we checked\n\n## Method\n\n### Method\n')).toBe(
      '<h2 id="how-we-checked">How we checked</h2>\n<h2 id="method">Method</h2>\n<h3 id="method-1">Method</h3>\n',
    );
  });

  it('never repeat an id the claim page gives its own sections', () => {
    const out = html('## Sources\n\n## Corrections\n\n## Correction 1\n\n## Claim timeline\n\n## Sourcing\n');
    expect(out).toContain('<h2 id="body-sources">');
    expect(out).toContain('<h2 id="body-corrections">');
    expect(out).toContain('<h2 id="body-correction-1">');
    expect(out).toContain('<h2 id="body-claim-timeline">');
    expect(out).toContain('<h2 id="sourcing">');
  });

  it('start afresh in each document', () => {
    expect(html('## Method\n')).toContain('id="method"');
    expect(html('## Method\n')).toContain('id="method"');
  });
});
