import { describe, expect, it } from 'vitest';
import { embedIframe, embedSnippet } from './snippet.ts';

const options = {
  src: 'https://example.org/embed/claims/a/',
  title: 'Fact-check: A',
  height: 640,
  script: 'https://example.org/embed.js',
};

describe('embedSnippet', () => {
  it('is the iframe a host needs — full width, borderless, lazy, marked for embed.js — then the async script', () => {
    expect(embedSnippet(options)).toBe(
      '<iframe src="https://example.org/embed/claims/a/" title="Fact-check: A" width="100%" height="640"' +
        ' loading="lazy" style="border:0" data-claimline></iframe>\n' +
        '<script async src="https://example.org/embed.js"></script>',
    );
  });

  it('escapes the title and the URLs, so no content can break out of an attribute', () => {
    const iframe = embedIframe({
      ...options,
      title: `"Up to 15,000" <b>& 'more'</b>`,
      src: 'https://x.org/?a=1&b="2"',
    });
    expect(iframe).toContain('title="&quot;Up to 15,000&quot; &lt;b&gt;&amp; &#39;more&#39;&lt;/b&gt;"');
    expect(iframe).toContain('src="https://x.org/?a=1&amp;b=&quot;2&quot;"');
  });

  it('gives the starting height as a whole, positive number of pixels', () => {
    expect(embedIframe({ ...options, height: 612.6 })).toContain('height="613"');
    expect(embedIframe({ ...options, height: -5 })).toContain('height="1"');
  });
});
