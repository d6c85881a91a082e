/** Every internal URL of a site, under its base path (`/` or a sub-path such as `/factcheck/`). */
export interface Routes {
  readonly home: string;
  readonly methodology: string;
  readonly sources: string;
  readonly metrics: string;
  claim(slug: string): string;
  source(id: string): string;
  metric(id: string): string;
  /** The figure's quote, highlighted on its source page. */
  figure(figure: { id: string; source: string }): string;
}

export function routes(base: string): Routes {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = (...parts: string[]) => `${root}${parts.map(encodeURIComponent).join('/')}/`;
  return {
    home: root,
    methodology: `${root}methodology/`,
    sources: `${root}sources/`,
    metrics: `${root}metrics/`,
    claim: (slug) => path('claims', slug),
    source: (id) => path('sources', id),
    metric: (id) => path('metrics', id),
    figure: (figure) => `${path('sources', figure.source)}#${encodeURIComponent(figure.id)}`,
  };
}
