import { describe, expect, it } from 'vitest';
import { parsePolicy } from './csp.ts';
import { headersForPath, pageHeaderRules, parseHeadersFile, renderHeadersFile } from './headers-file.ts';

const plain = parsePolicy("default-src 'self'; script-src 'self' 'sha256-aaa='; style-src 'self' 'sha256-bbb='");
const search = parsePolicy("default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'");
const page = (path: string, policy = plain) => ({ path, policy });

describe('pageHeaderRules', () => {
  const pages = [
    page('/'),
    page('/404.html'),
    page('/claims/a/'),
    page('/claims/b/'),
    page('/embed/claims/a/'),
    page('/search/', search),
  ];
  const rules = pageHeaderRules(pages, { base: '/', framable: (path) => path.startsWith('/embed/') });

  it('groups pages by their first folder, and gives the home page and root files their own rule', () => {
    expect(rules.map((rule) => rule.path)).toEqual(['/*', '/', '/404.html', '/claims/*', '/embed/*', '/search/*']);
  });

  it('groups the pages of another language by the folder after its own', () => {
    const languages = pageHeaderRules(
      [...pages, page('/fr/'), page('/fr/claims/a/'), page('/fr/embed/claims/a/'), page('/fr/search/', search)],
      { base: '/', framable: (path) => /^\/(fr\/)?embed\//.test(path), languageFolders: ['', 'fr/'] },
    );
    expect(languages.map((rule) => rule.path)).toEqual([
      '/*',
      '/',
      '/404.html',
      '/claims/*',
      '/embed/*',
      '/fr/',
      '/fr/claims/*',
      '/fr/embed/*',
      '/fr/search/*',
      '/search/*',
    ]);
  });

  it("drops script hashes and adds frame-ancestors 'none', except on the pages others may frame, which keep both", () => {
    const csp = (path: string) => headersForPath(rules, path).get('content-security-policy');
    expect(csp('/claims/a/')).toEqual([
      "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-bbb='; frame-ancestors 'none'",
    ]);
    expect(csp('/embed/claims/a/')).toEqual([
      "default-src 'self'; script-src 'self' 'sha256-aaa='; style-src 'self' 'sha256-bbb='",
    ]);
    expect(csp('/search/')).toEqual([
      "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; frame-ancestors 'none'",
    ]);
  });

  it('gives every page exactly one policy, and every file the site-wide headers', () => {
    for (const { path } of pages) {
      const headers = headersForPath(rules, path);
      expect(headers.get('content-security-policy'), path).toHaveLength(1);
      expect(headers.get('x-content-type-options'), path).toEqual(['nosniff']);
      expect(headers.get('referrer-policy'), path).toEqual(['strict-origin-when-cross-origin']);
    }
    expect(headersForPath(rules, '/_astro/x.js').has('content-security-policy')).toBe(false);
  });

  it('gives each page the style hashes of the whole site, so pages that differ by them alone share a rule', () => {
    const other = parsePolicy("default-src 'self'; script-src 'self' 'sha256-ccc='; style-src 'self' 'sha256-ddd='");
    const shared = pageHeaderRules([page('/a/x/'), page('/a/y/', other)], { base: '/', framable: () => false });
    expect(shared.map((rule) => rule.path)).toEqual(['/*', '/a/*']);
    expect(headersForPath(shared, '/a/y/').get('content-security-policy')).toEqual([
      "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-bbb=' 'sha256-ddd='; frame-ancestors 'none'",
    ]);
  });

  it('lists the pages of a folder one by one when their policies differ', () => {
    const mixed = pageHeaderRules([page('/a/x/'), page('/a/y/', search)], { base: '/', framable: () => false });
    expect(mixed.map((rule) => rule.path)).toEqual(['/*', '/a/x/', '/a/y/']);
  });

  it('writes its rules under the base path', () => {
    const based = pageHeaderRules([page('/factcheck/'), page('/factcheck/claims/a/')], {
      base: '/factcheck/',
      framable: () => false,
    });
    expect(based.map((rule) => rule.path)).toEqual(['/factcheck/*', '/factcheck/', '/factcheck/claims/*']);
    expect(() => pageHeaderRules([page('/elsewhere/')], { base: '/factcheck/', framable: () => false })).toThrow(
      /not under the base path/,
    );
  });
});

describe('renderHeadersFile and parseHeadersFile', () => {
  it('round-trip, comments and blank lines aside', () => {
    const rules = [
      { path: '/*', headers: [['X-Content-Type-Options', 'nosniff'] as const] },
      { path: '/embed/*', headers: [['Content-Security-Policy', "default-src 'self'"] as const] },
    ];
    const text = renderHeadersFile(rules, ['Made by a test.']);
    expect(text).toBe(
      "# Made by a test.\n\n/*\n  X-Content-Type-Options: nosniff\n\n/embed/*\n  Content-Security-Policy: default-src 'self'\n",
    );
    expect(parseHeadersFile(text)).toEqual(rules);
  });

  it('rejects a header line with no path above it', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow(/line 1/);
  });
});

describe('headersForPath', () => {
  it('matches * across slashes and :name within one segment, and joins repeated headers in file order', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n/claims/:slug/\n  X-A: 2\n/claims/*\n  X-B: 3\n');
    expect(Object.fromEntries(headersForPath(rules, '/claims/x/'))).toEqual({ 'x-a': ['1', '2'], 'x-b': ['3'] });
    expect(Object.fromEntries(headersForPath(rules, '/claims/x/y/'))).toEqual({ 'x-a': ['1'], 'x-b': ['3'] });
    expect(Object.fromEntries(headersForPath(rules, '/claims.html'))).toEqual({ 'x-a': ['1'] });
  });
});
