import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check/check-content.ts';
import { measureText } from '../image/fonts.ts';
import { routes } from '../routes.ts';
import { siteViews } from './site-views.ts';

const dir = path.resolve('e2e/fixtures/minimal');
const { site } = checkContent({ dir, cwd: dir });
if (!site) throw new Error('the minimal fixture must check without errors');
const [claim] = site.claims;
const [metric] = site.metrics;
if (!claim || !metric) throw new Error('the minimal fixture has a claim and a metric');

describe('the views of one content generation', () => {
  it('give one view per claim and per metric, however often they are asked for', () => {
    const views = siteViews({ site, routes: routes('/'), measure: measureText });
    expect(views.claim(claim)).toBe(views.claim(claim));
    expect(views.claim(claim).analysis).toBe(views.claim(claim).analysis);
    expect(views.metric(metric).chart).toBe(views.metric(metric).chart);
  });

  it('lay a chart out once per width, for the page, the embed and the image alike', () => {
    const { chart } = siteViews({ site, routes: routes('/'), measure: measureText }).claim(claim);
    expect(chart.layout(720)).toBe(chart.layout(720));
    expect(chart.layout(360)).not.toBe(chart.layout(720));
    expect(chart.layout(360).width).toBe(360);
  });

  it('draw the image, the embed and the downloads from the same analysis', () => {
    const view = siteViews({ site, routes: routes('/factcheck/'), measure: measureText }).claim(claim);
    expect(view.chart.title).toBe(view.analysis.summary);
    expect(view.chartImage.svg).toContain(escapeXml(view.analysis.summary.slice(0, 20)));
    expect(JSON.parse(view.data.json).claim.assessment_summary).toBe(view.analysis.summary);
    expect(view.embed.embedUrl).toBe(`${new URL(site.config.url).origin}/factcheck/embed/claims/${claim.slug}/`);
    expect(JSON.parse(view.oembed).html).toContain(view.embed.snippet);
  });

  it('start afresh for a new generation: a new SiteViews shares nothing with the last', () => {
    const one = siteViews({ site, routes: routes('/'), measure: measureText });
    const two = siteViews({ site, routes: routes('/'), measure: measureText });
    expect(one.claim(claim)).not.toBe(two.claim(claim));
    expect(one.claim(claim).chart.series).toEqual(two.claim(claim).chart.series);
  });
});

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
