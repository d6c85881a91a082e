import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check/check-content.ts';
import { measureText } from '../image/fonts.ts';
import { routes } from '../routes.ts';
import { siteViews } from '../views/site-views.ts';
import { siteOutputs } from './site-outputs.ts';

const dir = path.resolve('e2e/fixtures/minimal');
const { site } = checkContent({ dir, cwd: dir });
if (!site) throw new Error('the minimal fixture must check without errors');
const outputs = siteOutputs(siteViews({ site, routes: routes('/factcheck/'), measure: measureText }));
const at = (urlPath: string) => outputs.find((output) => output.path === urlPath);
const slug = 'russia-reports-1351-killed';

describe('the output table', () => {
  it('names each output once, under the base path', () => {
    const paths = outputs.map((output) => output.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.every((urlPath) => urlPath.startsWith('/factcheck/'))).toBe(true);
  });

  it('has a page and six files for each claim, all owned by the claim page, and an embed page', () => {
    const owned = outputs
      .filter((output) => output.owner === `/factcheck/claims/${slug}/`)
      .map((output) => output.path);
    expect(owned).toEqual([
      `/factcheck/claims/${slug}/`,
      `/factcheck/images/claims/${slug}/chart.svg`,
      `/factcheck/images/claims/${slug}/chart.png`,
      `/factcheck/images/claims/${slug}/card.png`,
      `/factcheck/data/claims/${slug}.csv`,
      `/factcheck/data/claims/${slug}.json`,
      `/factcheck/oembed/claims/${slug}.json`,
    ]);
    expect(at(`/factcheck/embed/claims/${slug}/`)?.view).toEqual({ type: 'claim', slug });
  });

  it('lets other sites frame the embeds only, and keeps them out of the sitemap', () => {
    expect(at(`/factcheck/embed/claims/${slug}/`)).toMatchObject({ framable: true, inSitemap: false });
    expect(at(`/factcheck/claims/${slug}/`)).toMatchObject({ framable: false, inSitemap: true });
    expect(outputs.filter((output) => output.framable).every((output) => output.path.includes('/embed/'))).toBe(true);
  });

  it('has the search index read the claim, source and metric pages, and nothing else', () => {
    const searched = outputs.filter((output) => output.searched).map((output) => output.path);
    expect(searched).toHaveLength(site.claims.length + site.sources.length + site.metrics.length);
    expect(searched).toContain(`/factcheck/claims/${slug}/`);
    expect(searched).toContain('/factcheck/sources/nato-briefing/');
    expect(searched).toContain('/factcheck/metrics/ru-killed/');
  });

  it('rebuilds the listings every time: they belong to no single entry', () => {
    expect(at('/factcheck/claims/')?.owner).toBeUndefined();
    expect(at('/factcheck/')?.owner).toBeUndefined();
  });
});
