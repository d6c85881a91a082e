// What each claim, source, metric and embed page shows, as the entries it depends on, reduced to one digest per
// page. A page whose digest and code are unchanged since the last build renders to the same bytes, so an
// incremental build keeps its file instead of rendering it again. Each page's dependencies are a superset of what
// it reads from the site: when in doubt a page depends on more (a whole family of metrics, with every figure and
// source in it), never on less. A build test records what each page really reads (src/data/read-recorder.ts) and
// fails if a page reads an entry missing from its dependencies, so a page that starts reading something new
// cannot go silently stale.
import { createHash } from 'node:crypto';
import type { Routes } from '../routes.ts';
import { claimsOfMetric, claimsOfSource } from '../model/related-claims.ts';
import type { Claim, Metric, Site } from '../model/types.ts';

/**
 * An entry a page depends on: `claim:<slug>` (the claim and its file), `source:<id>` (the source and its
 * figures), `metric:<id>`, `figure:<id>`.
 */
export type DependencyKey = `${'claim' | 'source' | 'metric' | 'figure'}:${string}`;

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
  const { site, global, claimText } = options;
  const entries = entryDigests(site, claimText);
  const { pages, family } = dependencyGroups(options);
  // A metric family is hashed once, however many pages depend on it: each holds every figure of its metrics, so
  // hashing it into every page made the plan grow with the square of the archive.
  const familyDigests = new Map<string, string>();
  const familyDigest = (id: string) => {
    let digest = familyDigests.get(id);
    if (digest === undefined) {
      digest = hash(...[...new Set(family(id))].sort().map((key) => `${key}=${entries(key)}`));
      familyDigests.set(id, digest);
    }
    return digest;
  };
  const digests = new Map<string, string>();
  const memo = new Map<DependencyGroup, string>();
  for (const [page, group] of pages) {
    let digest = memo.get(group);
    if (digest === undefined) {
      digest = hash(
        global,
        ...[...group.keys].sort().map((key) => `${key}=${entries(key)}`),
        ...[...group.families].sort().map((id) => `family:${id}=${familyDigest(id)}`),
      );
      memo.set(group, digest);
    }
    digests.set(page, digest);
  }
  return digests;
}

/** What one page depends on: entries of its own, and whole metric families (each metric linked through partOf). */
interface DependencyGroup {
  readonly keys: ReadonlySet<DependencyKey>;
  /** Each family by the id of the metric it was reached from. */
  readonly families: ReadonlySet<string>;
}

/**
 * The entries each claim, source, metric and embed page depends on, by its URL path. A claim page: the claim,
 * the source it appeared in, every metric family its figures and its body's `<Timeline>` belong to, and the same
 * for each claim its body's `<Timeline claim>` shows. A source page: the source, the family of each metric of its
 * figures, the claims that appeared in it or weigh its figures. A metric page: its family and the claims that
 * weigh its figures. An embed depends on what its page does.
 */
export function pageDependencies(
  options: Pick<PageDigestOptions, 'site' | 'routes' | 'claimText'>,
): Map<string, ReadonlySet<DependencyKey>> {
  const { pages, family } = dependencyGroups(options);
  return new Map(
    [...pages].map(([page, group]) => [page, new Set([...group.keys, ...[...group.families].flatMap(family)])]),
  );
}

function dependencyGroups(options: Pick<PageDigestOptions, 'site' | 'routes' | 'claimText'>): {
  pages: Map<string, DependencyGroup>;
  /** A family's entries: every metric in it, every figure of each, and each figure's source. */
  family: (id: string) => readonly DependencyKey[];
} {
  const { site, routes, claimText } = options;
  const families = new Map<string, readonly DependencyKey[]>();
  const family = (id: string): readonly DependencyKey[] => {
    let keys = families.get(id);
    if (!keys) {
      keys = metricFamily(site, id).flatMap((metric): DependencyKey[] => [
        `metric:${metric.id}`,
        ...(site.figuresByMetric.get(metric.id) ?? []).flatMap((figure): DependencyKey[] => [
          `figure:${figure.id}`,
          `source:${figure.source}`,
        ]),
      ]);
      families.set(id, keys);
    }
    return keys;
  };
  const claimContext = (entry: Claim): { keys: DependencyKey[]; families: string[] } => {
    const figureIds = [...entry.claimed, ...entry.compare.map((comparison) => comparison.figure)];
    const metrics = figureIds.flatMap((id) => site.figureById.get(id)?.metric ?? []);
    const named = namedInBody(claimText(entry));
    return {
      keys: [
        `claim:${entry.slug}`,
        `source:${entry.appearance}`,
        ...figureIds.map((id): DependencyKey => `figure:${id}`),
        ...named.claims.map((slug): DependencyKey => `claim:${slug}`),
      ],
      families: [...metrics, ...named.metrics],
    };
  };
  const pages = new Map<string, DependencyGroup>();
  for (const claim of site.claims) {
    const contexts = [
      claimContext(claim),
      ...namedInBody(claimText(claim)).claims.flatMap((slug) => {
        const other = site.claimBySlug.get(slug);
        return other ? [claimContext(other)] : [];
      }),
    ];
    const group = {
      keys: new Set(contexts.flatMap((context) => context.keys)),
      families: new Set(contexts.flatMap((context) => context.families)),
    };
    pages.set(routes.claim(claim.slug), group);
    pages.set(routes.embedClaim(claim.slug), group);
  }
  for (const source of site.sources) {
    const figures = source.figures.flatMap((id) => site.figureById.get(id) ?? []);
    const claims = claimsOfSource(site, source).map((claim): DependencyKey => `claim:${claim.slug}`);
    pages.set(routes.source(source.id), {
      keys: new Set<DependencyKey>([`source:${source.id}`, ...claims]),
      families: new Set(figures.map((figure) => figure.metric)),
    });
  }
  for (const metric of site.metrics) {
    const claims = claimsOfMetric(site, metric).map((claim): DependencyKey => `claim:${claim.slug}`);
    const group = { keys: new Set<DependencyKey>(claims), families: new Set([metric.id]) };
    pages.set(routes.metric(metric.id), group);
    pages.set(routes.embedMetric(metric.id), group);
  }
  return { pages, family };
}

/** Each entry's digest, made once: what it is, as the checked site holds it (a claim with its file's text). */
function entryDigests(site: Site, claimText: (claim: Claim) => string): (key: DependencyKey) => string {
  const made = new Map<DependencyKey, string>();
  const json = (value: unknown) => (value === undefined ? 'missing' : JSON.stringify(value));
  return (key) => {
    let digest = made.get(key);
    if (digest === undefined) {
      const colon = key.indexOf(':');
      const kind = key.slice(0, colon);
      const id = key.slice(colon + 1);
      if (kind === 'claim') {
        const claim = site.claimBySlug.get(id);
        digest = claim ? hash(json(claim), claimText(claim)) : 'missing';
      } else if (kind === 'source') {
        const source = site.sourceById.get(id);
        digest = source
          ? hash(json(source), ...source.figures.map((figure) => json(site.figureById.get(figure))))
          : 'missing';
      } else if (kind === 'metric') {
        digest = hash(json(site.metricById.get(id)));
      } else {
        digest = hash(json(site.figureById.get(id)));
      }
      made.set(key, digest);
    }
    return digest;
  };
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

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

/** SHA-256 of the parts, each length-prefixed so that no two lists of parts share a digest. */
export function hash(...parts: readonly string[]): string {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(`${part.length}:${part}`);
  return digest.digest('base64url');
}
