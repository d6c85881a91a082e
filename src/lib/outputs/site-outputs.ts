// Every output of a site in one table: the pages Astro renders from src/pages/ and the files Claimline writes
// beside them. The build writes the files from it and checks that Astro wrote exactly its pages; the dev server
// serves the files from it; the sitemap, `_headers`, the search index and incremental builds read its flags.
import { LISTING_PAGE_SIZE, paginate } from '../pagination.ts';
import { siteCorrections } from '../transparency/corrections.ts';
import { siteClaimants, siteTopics, siteVerdicts } from '../model/claim-groups.ts';
import type { SiteViews } from '../views/site-views.ts';
import { entityFiles, type EntityFile } from './entity-files.ts';

/** What an output renders: one claim's or metric's view, a source, or the site as a whole (listings, feeds). */
export type OutputView =
  | { readonly type: 'claim'; readonly slug: string }
  | { readonly type: 'metric'; readonly id: string }
  | { readonly type: 'source'; readonly id: string }
  | { readonly type: 'site' };

interface OutputCommon {
  /** URL path under the site's base. */
  readonly path: string;
  readonly contentType: string;
  readonly view: OutputView;
  /**
   * The page whose digest covers this output (src/lib/incremental/page-digests.ts): an incremental build keeps
   * or makes the two together. A page of one claim, source or metric owns itself; a listing owns nothing, and
   * is made by every build.
   */
  readonly owner: string | undefined;
  /** Pagefind indexes it: the claim, source and metric pages, which carry data-pagefind-body. */
  readonly searched: boolean;
  /** Listed in sitemap.xml: every page but the embeds. */
  readonly inSitemap: boolean;
  /** Any site may frame it (`_headers` leaves out frame-ancestors 'none'): the embeds. */
  readonly framable: boolean;
}

/** A page: Astro renders it from a route in src/pages/. */
export interface PageOutput extends OutputCommon {
  readonly kind: 'page';
}

/** A file Claimline writes beside the pages (src/lib/outputs/entity-files.ts). */
export type FileOutput = OutputCommon & { readonly kind: 'file' } & EntityFile;

export type SiteOutput = PageOutput | FileOutput;

const HTML = 'text/html; charset=utf-8';

/** The claims whose file name is not their page's slug (translations), whose file name is a page of its own too. */
export function translationAliases<T extends { readonly slug: string; readonly entry: string }>(
  claims: readonly T[],
): T[] {
  return claims.filter((claim) => claim.entry !== claim.slug);
}

/** Every output of the site: pages first (in route order), then files; paths are unique. */
export function siteOutputs(views: SiteViews): SiteOutput[] {
  const { site, routes } = views.context;
  const everything: OutputView = { type: 'site' };
  const page = (path: string, view: OutputView, flags: Partial<OutputCommon> = {}): PageOutput => ({
    kind: 'page',
    path,
    contentType: HTML,
    view,
    owner: view.type === 'site' ? undefined : path,
    searched: false,
    inSitemap: true,
    framable: false,
    ...flags,
  });
  const listing = (count: number, pageAt: (number: number) => string) =>
    paginate(Array.from({ length: count }), LISTING_PAGE_SIZE).map((entry) => page(pageAt(entry.number), everything));
  const pages: PageOutput[] = [
    page(routes.home, everything),
    ...(routes.notFound === undefined ? [] : [page(routes.notFound, everything, { inSitemap: false })]),
    page(routes.about, everything),
    page(routes.methodology, everything),
    page(routes.search, everything),
    page(routes.data, everything),
    page(routes.rss, everything, { contentType: 'application/rss+xml; charset=utf-8', inSitemap: false }),
    page(routes.figuresCsv, everything, { contentType: 'text/csv; charset=utf-8', inSitemap: false }),
    page(routes.claimsJson, everything, { contentType: 'application/json; charset=utf-8', inSitemap: false }),
    ...listing(site.claims.length, routes.claimsPage),
    ...listing(site.sources.length, routes.sourcesPage),
    ...listing(site.metrics.length, routes.metricsPage),
    ...listing(siteCorrections(site).length, routes.correctionsPage),
    page(routes.topics, everything),
    page(routes.claimants, everything),
    ...siteTopics(site).flatMap((group) => listing(group.claims.length, (number) => routes.topic(group.slug, number))),
    ...siteClaimants(site).flatMap((group) =>
      listing(group.claims.length, (number) => routes.claimant(group.slug, number)),
    ),
    ...siteVerdicts(site).flatMap((group) =>
      listing(group.claims.length, (number) => routes.verdict(group.slug, number)),
    ),
    ...site.claims.flatMap((claim) => {
      const view: OutputView = { type: 'claim', slug: claim.slug };
      return [
        // A draft (in a preview) is left out of the sitemap, as it is marked noindex.
        page(routes.claim(claim.slug), view, { searched: true, inSitemap: !claim.draft }),
        page(routes.embedClaim(claim.slug), view, { inSitemap: false, framable: true }),
      ];
    }),
    // A translation's page is at its original's slug; its own file name leads there too, to the same page with
    // its canonical link at the original's slug. Made by every build, like a listing; neither listed nor searched.
    ...translationAliases(site.claims).map((claim) =>
      page(routes.claim(claim.entry), { type: 'claim', slug: claim.slug }, { owner: undefined, inSitemap: false }),
    ),
    ...site.sources.map((source) =>
      page(routes.source(source.id), { type: 'source', id: source.id }, { searched: true }),
    ),
    ...site.metrics.flatMap((metric) => {
      const view: OutputView = { type: 'metric', id: metric.id };
      return [
        page(routes.metric(metric.id), view, { searched: true }),
        page(routes.embedMetric(metric.id), view, { inSitemap: false, framable: true }),
      ];
    }),
  ];
  const viewOf = new Map(pages.map((entry) => [entry.path, entry.view]));
  const files: FileOutput[] = entityFiles(views).map((file) => ({
    ...file,
    kind: 'file',
    view: viewOf.get(file.owner) ?? everything,
    searched: false,
    inSitemap: false,
    framable: false,
  }));
  return [...pages, ...files];
}
