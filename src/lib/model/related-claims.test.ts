import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check/check-content.ts';
import { claimsOfMetric, claimsOfSource } from './related-claims.ts';

const { site } = checkContent({ dir: path.resolve('content'), cwd: process.cwd() });
if (!site) throw new Error('the example content must check without errors');
const ids = (claims: ReadonlyArray<{ slug: string }>) => claims.map((claim) => claim.slug);

describe('claimsOfSource', () => {
  it('finds exactly the claims a full scan finds, in the site order', () => {
    for (const source of site.sources) {
      const scanned = site.claims.filter(
        (claim) =>
          claim.appearance === source.id ||
          [...claim.claimed, ...claim.compare.map((entry) => entry.figure)].some((id) => source.figures.includes(id)),
      );
      expect(ids(claimsOfSource(site, source))).toEqual(ids(scanned));
    }
    expect(site.sources.some((source) => claimsOfSource(site, source).length > 1)).toBe(true);
  });
});

describe('claimsOfMetric', () => {
  it('finds exactly the claims a full scan finds, in the site order', () => {
    for (const metric of site.metrics) {
      const scanned = site.claims.filter((claim) =>
        [...claim.claimed, ...claim.compare.map((entry) => entry.figure)].some(
          (id) => site.figureById.get(id)?.metric === metric.id,
        ),
      );
      expect(ids(claimsOfMetric(site, metric))).toEqual(ids(scanned));
    }
    expect(site.metrics.some((metric) => claimsOfMetric(site, metric).length > 1)).toBe(true);
  });
});
