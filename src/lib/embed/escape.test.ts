import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape.ts';

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
