import { describe, expect, it } from 'vitest';
import { fallbackQuote, oembedRich } from './oembed.ts';

describe('oembedRich', () => {
  it('is a rich oEmbed 1.0 document naming the provider, the author, its size and its thumbnail', () => {
    const document = oembedRich({
      title: 'A claim',
      html: '<iframe></iframe>',
      width: 720,
      height: 612.4,
      provider: { name: 'Site', url: 'https://example.org/' },
      author: { name: 'Desk', url: 'https://desk.example/' },
      thumbnail: { url: 'https://example.org/images/claims/a/card.png', width: 1200, height: 630 },
    });
    expect(document).toEqual({
      type: 'rich',
      version: '1.0',
      title: 'A claim',
      author_name: 'Desk',
      author_url: 'https://desk.example/',
      provider_name: 'Site',
      provider_url: 'https://example.org/',
      html: '<iframe></iframe>',
      width: 720,
      height: 612,
      thumbnail_url: 'https://example.org/images/claims/a/card.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });
});

describe('fallbackQuote', () => {
  it('quotes each line as a paragraph and links the full page, marked for embed.js to hide', () => {
    expect(fallbackQuote({ href: 'https://example.org/claims/a/', lines: ['One', 'Two'], linkText: 'A (Site)' })).toBe(
      '<blockquote cite="https://example.org/claims/a/" data-claimline-fallback><p>One</p><p>Two</p>' +
        '<p><a href="https://example.org/claims/a/">A (Site)</a></p></blockquote>',
    );
  });

  it('escapes every string it is given', () => {
    const html = fallbackQuote({
      href: 'https://x.org/?a="b"',
      lines: ['<script>alert(1)</script>'],
      linkText: 'A & B',
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html).toContain('href="https://x.org/?a=&quot;b&quot;"');
    expect(html).toContain('>A &amp; B</a>');
  });
});
