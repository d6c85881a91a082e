import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check/check-content.ts';
import { analyseClaim } from '../compare/claim-analysis.ts';
import { deserializeSite, serializeSite } from './site-snapshot.ts';

const dir = path.resolve('content');
const { site } = checkContent({ dir, cwd: dir });
if (!site) throw new Error('the example content must check without errors');

describe('a site read back from its snapshot', () => {
  const copy = deserializeSite(serializeSite(site));

  it('has the same claims, sources, metrics and figures, in the same order', () => {
    expect(copy.claims.map((claim) => claim.slug)).toEqual(site.claims.map((claim) => claim.slug));
    expect(copy.sources).toEqual(site.sources);
    expect(copy.metrics).toEqual(site.metrics);
    expect(copy.figures).toEqual(site.figures);
  });

  it('keeps one object per entity: the claim in the list is the claim in the index', () => {
    for (const claim of copy.claims) expect(copy.claimBySlug.get(claim.slug)).toBe(claim);
    for (const figure of copy.figures) expect(copy.figureById.get(figure.id)).toBe(figure);
  });

  it('speaks the same language and reaches the same verdicts on the figures', () => {
    expect(copy.messages.format('layout.feedTitle', { site: 'S' })).toBe(
      site.messages.format('layout.feedTitle', { site: 'S' }),
    );
    for (const claim of site.claims) {
      const twin = copy.claimBySlug.get(claim.slug);
      if (!twin) throw new Error(`${claim.slug} is missing`);
      expect(analyseClaim(copy, twin).summary).toEqual(analyseClaim(site, claim).summary);
    }
  });
});
