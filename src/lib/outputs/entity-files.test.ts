import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check/check-content.ts';
import { measureText } from '../image/fonts.ts';
import { routes } from '../routes.ts';
import { siteViews } from '../views/site-views.ts';
import { entityFiles, outputPath, type EntityFile } from './entity-files.ts';

const dir = path.resolve('e2e/fixtures/minimal');
const { site } = checkContent({ dir, cwd: dir });
if (!site) throw new Error('the minimal fixture must check without errors');

const files = (base: string) => entityFiles(siteViews({ site, measure: measureText, routes: routes(base) }));
const byPath = (list: EntityFile[], urlPath: string) => list.find((file) => file.path === urlPath);

describe('entityFiles', () => {
  it('lists six files per claim and five per metric, under the base path', () => {
    const list = files('/factcheck/');
    expect(list).toHaveLength(site.claims.length * 6 + site.metrics.length * 5);
    expect(list.every((file) => file.path.startsWith('/factcheck/'))).toBe(true);
    const slug = site.claims[0]?.slug ?? '';
    expect(list.filter((file) => file.path.includes(`/${slug}`)).map((file) => file.path)).toEqual([
      `/factcheck/images/claims/${slug}/chart.svg`,
      `/factcheck/images/claims/${slug}/chart.png`,
      `/factcheck/images/claims/${slug}/card.png`,
      `/factcheck/data/claims/${slug}.csv`,
      `/factcheck/data/claims/${slug}.json`,
      `/factcheck/oembed/claims/${slug}.json`,
    ]);
  });

  it('rasterises the same SVG that the chart.svg file holds', () => {
    const list = files('/');
    const slug = site.claims[0]?.slug ?? '';
    const svg = byPath(list, `/images/claims/${slug}/chart.svg`);
    const png = byPath(list, `/images/claims/${slug}/chart.png`);
    if (svg?.type !== 'text' || png?.type !== 'png') throw new Error('expected a text SVG and a PNG');
    expect(svg.text()).toMatch(/^<svg/);
    expect(png.svg()).toBe(svg.text());
  });

  it('gives the oEmbed thumbnail as the claim card, with its size', () => {
    const slug = site.claims[0]?.slug ?? '';
    const oembed = byPath(files('/'), `/oembed/claims/${slug}.json`);
    if (oembed?.type !== 'text') throw new Error('expected a text file');
    const parsed = JSON.parse(oembed.text()) as { thumbnail_url: string; thumbnail_width: number };
    expect(parsed.thumbnail_url).toBe(new URL(`/images/claims/${slug}/card.png`, site.config.url).href);
    expect(parsed.thumbnail_width).toBe(1200);
  });
});

describe('outputPath', () => {
  it('drops the base and decodes each segment', () => {
    expect(outputPath('/factcheck/images/claims/a%20b/card.png', '/factcheck/')).toBe('images/claims/a b/card.png');
    expect(outputPath('/data/claims/x.csv', '/')).toBe('data/claims/x.csv');
  });
});
