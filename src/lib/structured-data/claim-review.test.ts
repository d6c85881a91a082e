import { describe, expect, it } from 'vitest';
import { testSite } from '../compare/test-fixtures.ts';
import { edtfDate } from '../model/edtf-date.ts';
import type { Site } from '../model/types.ts';
import { claimReview, schemaDate, serialiseJsonLd } from './claim-review.ts';

function siteWith(claim: Record<string, unknown>): Site {
  const site = testSite({
    metrics: [{ id: 'killed' }],
    sources: [{ id: 'ap', figures: [{ id: 'mod', value: 1351, asOf: '2022-03-25' }] }],
    claims: [{ slug: 'c', figure: 'mod', compare: [], ...claim }],
  });
  const ratings = [
    { id: 'accurate', label: 'Accurate', value: 5, description: 'D' },
    { id: 'understated', label: 'Understated', value: 1, description: 'D' },
    { id: 'unproven', label: 'Unproven', value: 3, description: 'D' },
  ];
  return {
    ...site,
    config: { ...site.config, ratings },
    ratingById: new Map(ratings.map((rating) => [rating.id, rating])),
  };
}

function reviewOf(site: Site) {
  const claim = site.claimBySlug.get('c');
  if (!claim) throw new Error('no claim');
  return claimReview(site, claim, 'https://example.org/claims/c/');
}

describe('claimReview', () => {
  const site = siteWith({
    claim: '1,351 servicemen have died',
    claimant: 'Russian Ministry of Defence',
    claimDate: '2022-03-25',
    verdict: 'understated',
    summary: 'Below every estimate.',
    published: '2026-11-21',
  });

  it('gives the schema.org ClaimReview fields of the claim, its review and its reviewer', () => {
    expect(reviewOf(site)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://example.org/claims/c/',
      inLanguage: 'en-GB',
      claimReviewed: '1,351 servicemen have died',
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 1,
        alternateName: 'Understated',
        bestRating: 5,
        worstRating: 1,
        ratingExplanation: 'Below every estimate.',
      },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'Russian Ministry of Defence' },
        datePublished: '2022-03-25',
        appearance: { '@type': 'CreativeWork', name: 'ap' },
      },
      author: { '@type': 'Organization', name: 'P', url: 'https://example.org/' },
      datePublished: '2026-11-21',
    });
  });

  it('takes the best and worst rating from the whole scale, whatever its order', () => {
    const { reviewRating } = reviewOf(site) as { reviewRating: Record<string, unknown> };
    expect([reviewRating.worstRating, reviewRating.ratingValue, reviewRating.bestRating]).toEqual([1, 1, 5]);
  });

  it('names a person as a Person and links the appearance when its source has a URL', () => {
    const base = siteWith({ claimantType: 'person', claimant: 'Jens Stoltenberg' });
    const source = base.sourceById.get('ap');
    if (!source) throw new Error('no source');
    const withUrl: Site = {
      ...base,
      sourceById: new Map([['ap', { ...source, url: 'https://news.example.org/a' }]]),
    };
    expect(reviewOf(withUrl).itemReviewed).toMatchObject({
      author: { '@type': 'Person', name: 'Jens Stoltenberg' },
      appearance: { '@type': 'CreativeWork', name: 'ap', url: 'https://news.example.org/a' },
    });
  });

  it('gives a month-precise claim date as year and month, and leaves out an interval', () => {
    expect(reviewOf(siteWith({ claimDate: '2022-03' })).itemReviewed).toMatchObject({ datePublished: '2022-03' });
    expect(reviewOf(siteWith({ claimDate: '2025-03/2025-04' })).itemReviewed).not.toHaveProperty('datePublished');
  });
});

describe('schemaDate', () => {
  it('is the ISO form at the date’s precision, and nothing for hedged dates or intervals', () => {
    expect(schemaDate(edtfDate('2022-03-25'))).toBe('2022-03-25');
    expect(schemaDate(edtfDate('2022-03'))).toBe('2022-03');
    expect(schemaDate(edtfDate('2023'))).toBe('2023');
    expect(schemaDate(edtfDate('2022-03-25~'))).toBeUndefined();
    expect(schemaDate(edtfDate('2023?'))).toBeUndefined();
    expect(schemaDate(edtfDate('2022-03-14/2022-03-20'))).toBeUndefined();
  });
});

describe('serialiseJsonLd', () => {
  const review = reviewOf(siteWith({ claim: '</script><script>alert("x")</script> & <!-- a\u2028b' }));
  const text = serialiseJsonLd(review);

  it('writes no <, > or & that could close the script element', () => {
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(text).toContain('\\u0026');
  });

  it('parses back to the same object', () => {
    expect(JSON.parse(text)).toEqual(review);
  });
});
