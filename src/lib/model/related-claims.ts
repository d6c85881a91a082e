import type { Claim, Metric, Site, Source } from './types.ts';

// Source and metric pages list the claims that use them. Scanning every claim for each of 5,000 sources is
// 50 million comparisons at 10,000 claims; these walk the site's indexes instead, and keep the site's order.

const positions = new WeakMap<Site, Map<Claim, number>>();
const appearances = new WeakMap<Site, Map<string, Claim[]>>();

/** Claims that appeared in the source, or assert or compare one of its figures, in the site's order. */
export function claimsOfSource(site: Site, source: Source): Claim[] {
  const found = new Set<Claim>(appearancesBySource(site).get(source.id) ?? []);
  for (const id of source.figures) for (const claim of site.claimsByFigure.get(id) ?? []) found.add(claim);
  return inSiteOrder(site, found);
}

/** Claims that assert or compare a figure of the metric, in the site's order. */
export function claimsOfMetric(site: Site, metric: Metric): Claim[] {
  const found = new Set<Claim>();
  for (const figure of site.figuresByMetric.get(metric.id) ?? []) {
    for (const claim of site.claimsByFigure.get(figure.id) ?? []) found.add(claim);
  }
  return inSiteOrder(site, found);
}

function appearancesBySource(site: Site): Map<string, Claim[]> {
  let index = appearances.get(site);
  if (!index) {
    index = new Map();
    for (const claim of site.claims) {
      const list = index.get(claim.appearance);
      if (list) list.push(claim);
      else index.set(claim.appearance, [claim]);
    }
    appearances.set(site, index);
  }
  return index;
}

function inSiteOrder(site: Site, claims: Set<Claim>): Claim[] {
  let order = positions.get(site);
  if (!order) {
    order = new Map(site.claims.map((claim, index) => [claim, index]));
    positions.set(site, order);
  }
  const position = order;
  return [...claims].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
}
