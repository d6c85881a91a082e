// What each claim, source, metric and embed page shows, reduced to one digest per page. A page whose digest and
// code are unchanged since the last build renders to the same bytes, so an incremental build keeps its file
// instead of rendering it again. Each digest covers a superset of what the page reads from the site: when in
// doubt a page depends on more (a whole family of metrics, with every figure and source in it), never on less.
import { createHash } from 'node:crypto';
import type { Routes } from '../routes.ts';
import { claimsOfMetric, claimsOfSource } from '../model/related-claims.ts';
import type { Claim, Metric, Site, Source } from '../model/types.ts';

export interface PageDigestOptions {
  readonly site: Site;
  readonly routes: Routes;
  /** Digest of everything every page shares: code, site.yaml, build settings. */
  readonly global: string;
  /** The claim's file as written: its Markdown or MDX body is rendered from the file, not from the site. */
  readonly claimText: (claim: Claim) => string;
}

/** Digest of every claim, source, metric and embed page, by its URL path (under the base). */
export function pageDigests(options: PageDigestOptions): Map<string, string> {
  const { site, routes, global } = options;
  const memo = digestMemo(options);
  const pages = new Map<string, string>();
  for (const claim of site.claims) {
    const digest = hash(global, memo.claimPage(claim));
    pages.set(routes.claim(claim.slug), digest);
    pages.set(routes.embedClaim(claim.slug), digest);
  }
  for (const source of site.sources) {
    const claims = claimsOfSource(site, source).map((claim) => memo.claim(claim));
    const metrics = sortedUnique(figuresOf(site, source).map((figure) => figure.metric));
    pages.set(routes.source(source.id), hash(global, memo.source(source), ...metrics.map(memo.family), ...claims));
  }
  for (const metric of site.metrics) {
    const claims = claimsOfMetric(site, metric).map((claim) => memo.claim(claim));
    const digest = hash(global, memo.family(metric.id), ...claims);
    pages.set(routes.metric(metric.id), digest);
    pages.set(routes.embedMetric(metric.id), digest);
  }
  return pages;
}

function digestMemo(options: PageDigestOptions) {
  const { site, claimText } = options;
  const sources = new Map<string, string>();
  const families = new Map<string, string>();
  const claims = new Map<string, string>();
  const source = (entry: Source): string => {
    let digest = sources.get(entry.id);
    if (digest === undefined) {
      digest = hash(JSON.stringify(entry), ...figuresOf(site, entry).map((figure) => JSON.stringify(figure)));
      sources.set(entry.id, digest);
    }
    return digest;
  };
  const sourceById = (id: string): string => {
    const entry = site.sourceById.get(id);
    return entry ? source(entry) : `missing source ${id}`;
  };
  // A metric with every metric linked to it through partOf, every figure of each, and each figure's source.
  const family = (id: string): string => {
    let digest = families.get(id);
    if (digest === undefined) {
      const members = metricFamily(site, id);
      const parts = members.flatMap((metric) => [
        JSON.stringify(metric),
        ...(site.figuresByMetric.get(metric.id) ?? []).flatMap((figure) => [
          JSON.stringify(figure),
          sourceById(figure.source),
        ]),
      ]);
      digest = hash(id, ...parts);
      families.set(id, digest);
    }
    return digest;
  };
  const claim = (entry: Claim): string => {
    let digest = claims.get(entry.slug);
    if (digest === undefined) {
      digest = hash(JSON.stringify(entry), claimText(entry));
      claims.set(entry.slug, digest);
    }
    return digest;
  };
  // The claim, where it appeared, every metric its figures belong to, and whatever its body's <Timeline> names.
  const claimContext = (entry: Claim): string[] => {
    const figureIds = [...entry.claimed, ...entry.compare.map((comparison) => comparison.figure)];
    const metrics = figureIds.flatMap((id) => {
      const figure = site.figureById.get(id);
      return figure ? [figure.metric] : [];
    });
    const named = namedInBody(claimText(entry));
    return [
      claim(entry),
      sourceById(entry.appearance),
      ...sortedUnique([...metrics, ...named.metrics]).map(family),
      ...named.claims.map((slug) => `claim ${slug}`),
    ];
  };
  const claimPage = (entry: Claim): string => {
    const context = claimContext(entry);
    const others = namedInBody(claimText(entry)).claims.flatMap((slug) => {
      const other = site.claimBySlug.get(slug);
      return other ? claimContext(other) : [`missing claim ${slug}`];
    });
    return hash(...context, ...others);
  };
  return { source, family, claim, claimPage };
}

/** Metrics and claims that a body's components name by attribute: `<Timeline metric="…">`, `claim="…"`. */
export function namedInBody(body: string): { metrics: string[]; claims: string[] } {
  const values = (name: string) =>
    sortedUnique(
      [...body.matchAll(new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'g'))].map((match) => match[1] ?? ''),
    );
  return { metrics: values('metric'), claims: values('claim') };
}

/** The metric and every metric reachable from it through `partOf`, either way, in id order. */
export function metricFamily(site: Site, id: string): Metric[] {
  const found = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const next = queue.pop() as string;
    if (found.has(next)) continue;
    const metric = site.metricById.get(next);
    if (!metric) continue;
    found.add(next);
    queue.push(...metric.partOf, ...metric.parts);
  }
  return [...found].sort().flatMap((member) => {
    const metric = site.metricById.get(member);
    return metric ? [metric] : [];
  });
}

function figuresOf(site: Site, source: Source) {
  return source.figures.flatMap((id) => {
    const figure = site.figureById.get(id);
    return figure ? [figure] : [];
  });
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

/** SHA-256 of the parts, each length-prefixed so that no two lists of parts share a digest. */
export function hash(...parts: readonly string[]): string {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(`${part.length}:${part}`);
  return digest.digest('base64url');
}
