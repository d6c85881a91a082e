import { describe, expect, it } from 'vitest';
import { absoluteUrl, routes } from './routes.ts';

describe('routes of listing pages', () => {
  for (const base of ['/', '/factcheck/', '/factcheck']) {
    const r = routes(base);
    const root = base.endsWith('/') ? base : `${base}/`;

    it(`put page 1 of each listing at its own address and later pages under page/<n>/, under "${base}"`, () => {
      expect(r.claims).toBe(`${root}claims/`);
      expect(r.claimsPage(1)).toBe(r.claims);
      expect(r.claimsPage(2)).toBe(`${root}claims/page/2/`);
      expect(r.sourcesPage(1)).toBe(r.sources);
      expect(r.sourcesPage(7)).toBe(`${root}sources/page/7/`);
      expect(r.metricsPage(1)).toBe(r.metrics);
      expect(r.metricsPage(3)).toBe(`${root}metrics/page/3/`);
      expect(r.correctionsPage(1)).toBe(r.corrections);
      expect(r.correctionsPage(2)).toBe(`${root}corrections/page/2/`);
    });
  }

  it('never give a listing page the address of a claim, source or metric, whatever its id', () => {
    const r = routes('/');
    // Ids are lower-case letters, digits and hyphens: "2" and "page" are valid claim slugs.
    for (const id of ['2', 'page', 'page-2']) {
      expect([r.claimsPage(2), r.claimsPage(3)]).not.toContain(r.claim(id));
      expect([r.sourcesPage(2)]).not.toContain(r.source(id));
      expect([r.metricsPage(2)]).not.toContain(r.metric(id));
    }
  });

  it('refuse a page number that is not a positive whole number', () => {
    const r = routes('/');
    expect(() => r.claimsPage(0)).toThrow(/No page 0/);
    expect(() => r.sourcesPage(1.5)).toThrow(/No page 1.5/);
  });
});

describe('routes of site files', () => {
  it('name the site icon under the base path', () => {
    expect(routes('/').favicon).toBe('/favicon.svg');
    expect(routes('/factcheck/').favicon).toBe('/factcheck/favicon.svg');
  });
});

describe('absoluteUrl', () => {
  it('resolves a path under the canonical URL, keeping its sub-path', () => {
    expect(absoluteUrl('https://example.org/', '/claims/a/')).toBe('https://example.org/claims/a/');
    expect(absoluteUrl('https://example.org/factcheck/', 'claims/a/')).toBe('https://example.org/factcheck/claims/a/');
  });
});
