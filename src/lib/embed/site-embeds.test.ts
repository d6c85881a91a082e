import { describe, expect, it } from 'vitest';
import { testSite } from '../compare/test-fixtures.ts';
import type { Claim, Site } from '../model/types.ts';
import { routes } from '../routes.ts';
import { analyseClaim } from '../compare/claim-analysis.ts';
import type { Metric } from '../model/types.ts';
import type { Routes } from '../routes.ts';
import { claimChart, metricChart } from '../views/chart-view.ts';
import * as embeds from './site-embeds.ts';

const { embedOEmbed } = embeds;

/** A claim's embed, from its analysis and chart as its view makes them. */
function claimEmbed(site: Site, routes: Routes, claim: Claim) {
  const analysis = analyseClaim(site, claim);
  return embeds.claimEmbed({ site, routes, claim, analysis, chart: claimChart(site, claim, analysis) });
}

function metricEmbed(site: Site, routes: Routes, metric: Metric) {
  return embeds.metricEmbed({ site, routes, metric, chart: metricChart(site, metric) });
}

const hostile = {
  title: `The "official" count <b>& more</b>`,
  claim: `<script>alert('1,351')</script>`,
  claimant: `O'Brien & <i>Co</i>`,
};

function site(): Site {
  return testSite({
    metrics: [{ id: 'killed', cumulative: true }, { id: 'wounded' }],
    sources: [
      { id: 'ap', figures: [{ id: 'mod', value: 1351, asOf: '2022-03-25', by: 'the Russian MoD' }] },
      {
        id: 'nato',
        figures: [
          { id: 'nato', low: 7000, high: 15000, asOf: '2022-03-23', by: 'NATO' },
          { id: 'nato-wounded', low: 20000, high: 40000, asOf: '2022-03-23', by: 'NATO', metric: 'wounded' },
        ],
      },
    ],
    claims: [
      { slug: 'plain', figure: 'mod', compare: ['nato'] },
      { slug: 'hostile', figure: 'mod', compare: ['nato'], ...hostile },
      { slug: 'two-panels', figure: 'mod', compare: ['nato', 'nato-wounded'] },
    ],
  });
}

function claim(s: Site, slug: string) {
  const found = s.claimBySlug.get(slug);
  if (!found) throw new Error(`no claim ${slug}`);
  return found;
}

const thumbnail = { path: '/images/claims/plain/card.png', width: 1200, height: 630 };

describe('claimEmbed', () => {
  it('points at the embed page, its oEmbed document and the host script, absolute under the site URL', () => {
    const s = site();
    const embed = claimEmbed(s, routes('/'), claim(s, 'plain'));
    expect(embed).toMatchObject({
      id: 'claims/plain',
      title: 'plain',
      pageUrl: 'https://example.org/claims/plain/',
      embedUrl: 'https://example.org/embed/claims/plain/',
      oembedUrl: 'https://example.org/oembed/claims/plain.json',
      scriptUrl: 'https://example.org/embed.js',
    });
  });

  it('keeps the base path of a site built under a sub-path', () => {
    const s = site();
    const embed = claimEmbed(s, routes('/factcheck/'), claim(s, 'plain'));
    expect(embed.embedUrl).toBe('https://example.org/factcheck/embed/claims/plain/');
    expect(embed.snippet).toContain('src="https://example.org/factcheck/embed.js"');
  });

  it('copies as an iframe of the embed page in the light theme, marked for embed.js and titled by the claim, then the script', () => {
    const s = site();
    const embed = claimEmbed(s, routes('/'), claim(s, 'plain'));
    expect(embed.snippet).toBe(
      `<iframe src="https://example.org/embed/claims/plain/?theme=light" title="Fact-check: plain" width="100%" height="${embed.height}"` +
        ' loading="lazy" style="border:0" data-claimline></iframe>\n' +
        '<script async src="https://example.org/embed.js"></script>',
    );
  });

  it('starts taller when the chart has more panels', () => {
    const s = site();
    const one = claimEmbed(s, routes('/'), claim(s, 'plain')).height;
    const two = claimEmbed(s, routes('/'), claim(s, 'two-panels')).height;
    expect(one).toBeGreaterThanOrEqual(400);
    expect(two).toBeGreaterThan(one);
  });
});

describe('embedOEmbed', () => {
  it('is the fallback quote — the claim, who made it, the verdict and a link — then the exact snippet', () => {
    const s = site();
    const embed = claimEmbed(s, routes('/'), claim(s, 'plain'));
    const oembed = embedOEmbed(s, embed, thumbnail);
    expect(oembed.html).toBe(
      '<blockquote cite="https://example.org/claims/plain/" data-claimline-fallback><p>Claim by X, March 2022: C</p>' +
        '<p>Verdict: Accurate</p><p><a href="https://example.org/claims/plain/">Read on S: plain</a></p></blockquote>\n' +
        embed.snippet,
    );
    expect(oembed).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: 'plain',
      provider_name: 'S',
      provider_url: 'https://example.org/',
      author_name: 'P',
      width: 720,
      height: embed.height,
      thumbnail_url: 'https://example.org/images/claims/plain/card.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });

  it('escapes the title, the claim and the claimant everywhere in its html, and keeps them as written elsewhere', () => {
    const s = site();
    const oembed = embedOEmbed(s, claimEmbed(s, routes('/'), claim(s, 'hostile')), thumbnail);
    expect(oembed.title).toBe(hostile.title);
    expect(oembed.html).not.toMatch(/<script>|<b>|<i>|"official"/);
    expect(oembed.html).toContain(
      '<p>Claim by O&#39;Brien &amp; &lt;i&gt;Co&lt;/i&gt;, March 2022: &lt;script&gt;alert(&#39;1,351&#39;)&lt;/script&gt;</p>',
    );
    expect(oembed.html).toContain('title="Fact-check: The &quot;official&quot; count &lt;b&gt;&amp; more&lt;/b&gt;"');
    expect(oembed.html).toContain('>Read on S: The &quot;official&quot; count &lt;b&gt;&amp; more&lt;/b&gt;</a>');
    expect(oembed.html.match(/<script/g)).toHaveLength(1);
  });
});

describe('metricEmbed', () => {
  it("is the metric's chart, quoted in the fallback by the chart's title", () => {
    const s = site();
    const metric = s.metricById.get('killed');
    if (!metric) throw new Error('no metric');
    const embed = metricEmbed(s, routes('/'), metric);
    expect(embed).toMatchObject({
      id: 'metrics/killed',
      title: 'killed',
      frameTitle: 'Chart: killed',
      pageUrl: 'https://example.org/metrics/killed/',
      embedUrl: 'https://example.org/embed/metrics/killed/',
      oembedUrl: 'https://example.org/oembed/metrics/killed.json',
    });
    expect(embed.fallback.lines).toEqual([
      '2 estimates of killed, from 1,351 people by 25 March 2022 to 7,000–15,000 people by 23 March 2022',
    ]);
  });
});
