import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeHtmlText, escapeTextarea } from './escape.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or a quoted attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('leaves every other character as it is, typographic quotes and non-Latin letters included', () => {
    expect(escapeHtml('“1 351” — Минобороны, 25 March')).toBe('“1 351” — Минобороны, 25 March');
  });

  it('escapes an ampersand that already starts an entity, so the text reads as written', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('escapeHtmlText', () => {
  it('escapes what can start markup in element content, and leaves quotes as written', () => {
    expect(escapeHtmlText(`<script>"it's" & more</script>`)).toBe('&lt;script&gt;"it\'s" &amp; more&lt;/script&gt;');
  });
});

describe('escapeTextarea', () => {
  it('escapes the two characters a textarea reads, so no </textarea> ends it and no entity is decoded', () => {
    expect(escapeTextarea('</textarea><script>alert(1)</script> &amp; "x" > y')).toBe(
      '&lt;/textarea>&lt;script>alert(1)&lt;/script> &amp;amp; "x" > y',
    );
  });
});
