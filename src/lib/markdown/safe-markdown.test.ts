import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { safeMarkdown } from './safe-markdown.ts';

const html = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [safeMarkdown] }).html;
const js = (mdx: string) => mdxToJs(mdx, { hastPlugins: [safeMarkdown] }).code;

describe('the safe Markdown pipeline for .md claims', () => {
  it('shows raw HTML as text instead of passing it through', () => {
    const out = html('Text <b onclick="alert(1)">bold</b>.\n\n<script>window.__xss = 1</script>\n');
    expect(out).not.toMatch(/<script|<b /);
    expect(out).toContain('&lt;script&gt;window.__xss = 1&lt;/script&gt;');
    expect(out).toContain('&lt;b onclick="alert(1)"&gt;');
  });

  it('drops HTML comments', () => {
    expect(html('Text.\n\n<!-- note -->\n')).not.toContain('note');
  });

  it('removes link and image URLs with another scheme than http, https or mailto, and keeps the others', () => {
    const out = html(
      '[a](javascript:alert(1)) [b](JaVaScRiPt&colon;alert(1)) ![c](data:text/html,x) <vbscript:x> [d](https://example.org/) [e](../x/)',
    );
    expect(out).not.toMatch(/(href|src)="(javascript|data|vbscript)/i);
    expect(out).toContain('<a>a</a> <a>b</a> <img alt="c">');
    expect(out).toContain('href="https://example.org/"');
    expect(out).toContain('href="../x/"');
  });
});

describe('the safe Markdown pipeline for .mdx claims', () => {
  it('drops imports, exports and expressions', () => {
    const out = js("import x from 'evil'\n\nexport const y = 1\n\nText {globalThis.process.exit(1)}.\n");
    expect(out).not.toMatch(/evil|const y|process/);
  });

  it('drops HTML elements and unknown components with their content, even nested', () => {
    const out = js(
      '<script>{"window.__xss = 1"}</script>\n\n<img src="x" onerror="alert(1)" />\n\n<div><Evil>{x}</Evil></div>\n',
    );
    expect(out).not.toMatch(/script|__xss|onerror|Evil|"div"/);
  });

  it('keeps Timeline with its plain text prop only', () => {
    const out = js('<Timeline metric="ru-killed" {...props} onClick={alert} extra="x" />\n');
    expect(out).toContain('_jsx(Timeline, { metric: "ru-killed" })');
    expect(out).not.toMatch(/alert|extra|Object\.assign\(\{ metric/);
  });
});
