/** Every internal URL of a site, under its base path (`/` or a sub-path such as `/factcheck/`). */
export interface Routes {
  readonly home: string;
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
  /** The script host pages load to size the embeds' iframes (public/embed.js). */
  readonly embedScript: string;
  /** The site's icon (public/favicon.svg): named by every page, so browsers do not ask for a missing /favicon.ico. */
  readonly favicon: string;
}

export function routes(base: string): Routes {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = (...parts: string[]) => `${root}${parts.map(encodeURIComponent).join('/')}/`;
  const listing = (first: string) => (number: number) => {
    if (!Number.isInteger(number) || number < 1) throw new Error(`No page ${number} of ${first}`);
    return number === 1 ? first : `${first}page/${number}/`;
  };
  return {
    home: root,
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
    embedScript: `${root}embed.js`,
    favicon: `${root}favicon.svg`,
  };
}

/**
 * A path of the site as an absolute URL under its canonical `url` (site.yaml), as the pages' canonical links make
 * it: the one rule for every link that leaves the site (downloads, feeds, embeds, oEmbed, images).
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl).href;
}
