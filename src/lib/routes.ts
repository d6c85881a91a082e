/** Every internal URL of a site, under its base path (`/` or a sub-path such as `/factcheck/`). */
export interface Routes {
  readonly home: string;
  /** The error page hosts serve for a missing path: one per site, in its default language. */
  readonly notFound: string | undefined;
  /** Every fact-check, newest first: the first page of the archive. */
  readonly claims: string;
  /** A page of a listing (1: the listing's own address; then `<listing>page/<n>/`). */
  claimsPage(number: number): string;
  sourcesPage(number: number): string;
  metricsPage(number: number): string;
  correctionsPage(number: number): string;
  readonly methodology: string;
  readonly sources: string;
  readonly metrics: string;
  readonly search: string;
  claim(slug: string): string;
  source(id: string): string;
  metric(id: string): string;
  /** The figure's quote, highlighted on its source page. */
  figure(figure: { id: string; source: string }): string;
  /** Every dated correction, newest first. */
  readonly corrections: string;
  /** Every topic (tag) with its count of fact-checks. */
  readonly topics: string;
  /** A topic's fact-checks, newest first, by page (1: its own address). */
  topic(slug: string, page?: number): string;
  /** Every claimant with their count of fact-checks. */
  readonly claimants: string;
  /** A claimant's fact-checks, by page. */
  claimant(slug: string, page?: number): string;
  /** The fact-checks given one rating, by page. */
  verdict(id: string, page?: number): string;
  /** Who publishes the site and how to reach them. */
  readonly about: string;
  /** The data downloads and their columns. */
  readonly data: string;
  /** The RSS feed of fact-checks. */
  readonly rss: string;
  /** Every figure of the site, one CSV row each. */
  readonly figuresCsv: string;
  /** Every claim with its verdict, figures and relations. */
  readonly claimsJson: string;
  /** One claim's figures and relations as a download. */
  claimData(slug: string, format: 'csv' | 'json'): string;
  /** One metric's figures as a download. */
  metricData(id: string, format: 'csv' | 'json'): string;
  /** A claim's chart as a standalone image (SVG, or PNG 1200 px wide). */
  claimChart(slug: string, format: 'svg' | 'png'): string;
  /** A claim's social card: PNG, 1200×630. */
  claimCard(slug: string): string;
  /** A metric's chart as a standalone image (SVG, or PNG 1200 px wide). */
  metricChart(id: string, format: 'svg' | 'png'): string;
  /** A claim's verdict and chart as a page made to be framed by other sites. */
  embedClaim(slug: string): string;
  /** A metric's chart as a page made to be framed by other sites. */
  embedMetric(id: string): string;
  /** The oEmbed JSON describing a claim's embed. */
  oembedClaim(slug: string): string;
  /** The oEmbed JSON describing a metric's embed. */
  oembedMetric(id: string): string;
  /** The search index and Pagefind's UI, one for every language (each page's `<html lang>` picks its index). */
  readonly searchBundle: string;
  /** The script host pages load to size the embeds' iframes (public/embed.js). */
  readonly embedScript: string;
  /** The site's icon (public/favicon.svg): named by every page, so browsers do not ask for a missing /favicon.ico. */
  readonly favicon: string;
}

/**
 * The routes of a site under its base path; with `language`, of that language's pages, under its code
 * (`/fr/claims/<slug>/`). The scripts and icon every language shares stay at the base.
 */
export function routes(base: string, language?: string): Routes {
  const siteRoot = base.endsWith('/') ? base : `${base}/`;
  const root = language === undefined ? siteRoot : `${siteRoot}${languageSegment(language)}/`;
  const path = (...parts: string[]) => `${root}${parts.map(encodeURIComponent).join('/')}/`;
  const listing = (first: string) => (number: number) => {
    if (!Number.isInteger(number) || number < 1) throw new Error(`No page ${number} of ${first}`);
    return number === 1 ? first : `${first}page/${number}/`;
  };
  return {
    home: root,
    notFound: language === undefined ? `${root}404.html` : undefined,
    claims: `${root}claims/`,
    claimsPage: listing(`${root}claims/`),
    sourcesPage: listing(`${root}sources/`),
    metricsPage: listing(`${root}metrics/`),
    correctionsPage: listing(`${root}corrections/`),
    methodology: `${root}methodology/`,
    sources: `${root}sources/`,
    metrics: `${root}metrics/`,
    search: `${root}search/`,
    claim: (slug) => path('claims', slug),
    source: (id) => path('sources', id),
    metric: (id) => path('metrics', id),
    figure: (figure) => `${path('sources', figure.source)}#${encodeURIComponent(figure.id)}`,
    corrections: `${root}corrections/`,
    topics: `${root}topics/`,
    topic: (slug, page = 1) => listing(path('topics', slug))(page),
    claimants: `${root}claimants/`,
    claimant: (slug, page = 1) => listing(path('claimants', slug))(page),
    verdict: (id, page = 1) => listing(path('verdicts', id))(page),
    about: `${root}about/`,
    data: `${root}data/`,
    rss: `${root}rss.xml`,
    figuresCsv: `${root}data/figures.csv`,
    claimsJson: `${root}data/claims.json`,
    claimData: (slug, format) => `${root}data/claims/${encodeURIComponent(slug)}.${format}`,
    metricData: (id, format) => `${root}data/metrics/${encodeURIComponent(id)}.${format}`,
    claimChart: (slug, format) => `${root}images/claims/${encodeURIComponent(slug)}/chart.${format}`,
    claimCard: (slug) => `${root}images/claims/${encodeURIComponent(slug)}/card.png`,
    metricChart: (id, format) => `${root}images/metrics/${encodeURIComponent(id)}/chart.${format}`,
    embedClaim: (slug) => path('embed', 'claims', slug),
    embedMetric: (id) => path('embed', 'metrics', id),
    oembedClaim: (slug) => `${root}oembed/claims/${encodeURIComponent(slug)}.json`,
    oembedMetric: (id) => `${root}oembed/metrics/${encodeURIComponent(id)}.json`,
    searchBundle: `${siteRoot}pagefind/`,
    embedScript: `${siteRoot}embed.js`,
    favicon: `${siteRoot}favicon.svg`,
  };
}

/** The path segment of a language's pages: its tag, lower-cased (`fr`, `pt-br`). */
export function languageSegment(language: string): string {
  return language.toLowerCase();
}

/** What the routes of a site's language are made from: that language, and the site's (the default first). */
interface LanguageOfSite {
  readonly config: { readonly language: string; readonly languages: readonly string[] };
}

/** The routes of one language of a site: its default language's at the base, every other's under its code. */
export function languageRoutes(base: string, site: LanguageOfSite): Routes {
  const { language, languages } = site.config;
  return language === languages[0] ? routes(base) : routes(base, language);
}

/** The routes of another language of the same site: `language` among its `languages`. */
export function routesOfLanguage(base: string, site: LanguageOfSite, language: string): Routes {
  return languageRoutes(base, { config: { language, languages: site.config.languages } });
}

/** One version of a page: its language and its path. */
export interface PageVersion {
  readonly language: string;
  readonly path: string;
}

/**
 * A page's possible versions in the site's languages, in the site's order, itself included: the same path under
 * each language's home (whether each exists is the output table's to say). One language: none.
 */
export function pageVersions(options: {
  readonly base: string;
  readonly site: LanguageOfSite;
  /** The page's path, under this language's routes. */
  readonly path: string;
}): PageVersion[] {
  const { base, site, path } = options;
  const all = site.config.languages;
  if (all.length < 2) return [];
  const here = languageRoutes(base, site).home;
  const rest = path.startsWith(here) ? path.slice(here.length) : '';
  return all.map((language) => ({
    language,
    path: `${routesOfLanguage(base, site, language).home}${rest}`,
  }));
}

/**
 * A path of the site as an absolute URL under its canonical `url` (site.yaml), as the pages' canonical links make
 * it: the one rule for every link that leaves the site (downloads, feeds, embeds, oEmbed, images).
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl).href;
}
