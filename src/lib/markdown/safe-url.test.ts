import { describe, expect, it } from 'vitest';
import { isSafeUrl, urlScheme } from './safe-url.ts';

describe('urlScheme', () => {
  it.each([
    ['https://example.org/', 'https'],
    ['MAILTO:desk@example.org', 'mailto'],
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['  \u0001javascript:alert(1)', 'javascript'],
    ['java\tscr\nipt:alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['javascript&#58alert(1)', 'javascript'],
    ['&#x6A;avascript:alert(1)', 'javascript'],
    ['javascript&amp;colon;alert(1)', 'javascript'],
    ['data:text/html,<script>', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'file'],
  ])('reads the scheme of %j as %s', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });

  it.each([
    ['../../sources/a/#b'],
    ['#reasoning'],
    ['//example.org/x'],
    ['?q=javascript:x'],
    ['page:1'.replace('page', '/page')],
  ])('finds no scheme in the relative URL %j', (url) => {
    expect(urlScheme(url)).toBeUndefined();
  });
});

describe('isSafeUrl', () => {
  it('accepts http, https, mailto and relative URLs only', () => {
    expect(['https://a.org/', 'http://a.org/', 'mailto:a@b.org', '../x/', '#y'].every(isSafeUrl)).toBe(true);
    expect(['javascript:x', 'data:x', 'vbscript:x', 'file:x', 'ftp://a.org/', 'blob:x'].some(isSafeUrl)).toBe(false);
  });
});
