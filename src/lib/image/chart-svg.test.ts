import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check/check-content.ts';
import { timelineLayout, type TimelineSeries } from '../chart/timeline-layout.ts';
import { edtfDate } from '../model/edtf-date.ts';
import { createMessages } from '../messages/messages.ts';
import { routes } from '../routes.ts';
import { chartSvg, type ChartImageOptions } from './chart-svg.ts';
import { measureText } from './fonts.ts';
import { siteViews } from '../views/site-views.ts';
import { parseXml, textsOf } from './test-xml.ts';
import { LIGHT, ROLE_COLOURS } from './theme.ts';

const messages = createMessages({ locale: 'en-GB' });
const HOSTILE = `Killed & wounded <script>alert("x")</script> 'estimates'`;

const series: TimelineSeries[] = [
  {
    id: 'killed',
    title: 'Soldiers killed (people)',
    points: [
      {
        id: 'claimed',
        role: 'claimed',
        value: 1351,
        approx: false,
        date: edtfDate('2022-03-25'),
        label: '1,351',
        description: '1,351 people, 25 March 2022, by A & B',
      },
      {
        id: 'range',
        role: 'contradicts',
        low: 7000,
        high: 15000,
        approx: true,
        date: edtfDate('2022-03'),
        label: 'about 7,000–15,000',
        description: 'about 7,000–15,000 people, March 2022, by <NATO>',
      },
      {
        id: 'bound',
        role: 'context',
        low: 5000,
        approx: false,
        date: edtfDate('2022-03-20'),
        label: 'more than 5,000',
        description: 'more than 5,000 people, 20 March 2022, by C',
      },
    ],
  },
];

function options(overrides: Partial<ChartImageOptions> = {}): ChartImageOptions {
  return {
    layout: timelineLayout({ series, width: 720, formatTick: (value) => `${value / 1000}K`, messages }),
    title: 'The claimed 1,351 is below both comparable figures.',
    kicker: 'Claim: “1,351 servicemen have died”',
    description: 'Three figures on a timeline.',
    sources: ['“Russia raises its estimate” (Russian MoD)', '“NATO briefing” (NATO)'],
    siteName: 'Counting the losses',
    license: 'CC BY 4.0',
    url: 'factcheck.example/claims/mod-1351/',
    measure: measureText,
    messages,
    ...overrides,
  };
}

describe('chartSvg', () => {
  it('puts the takeaway title, the sources, the site name, the licence and the address inside the image', () => {
    const { svg } = chartSvg(options());
    const texts = textsOf(svg, 'text').join('\n');
    expect(texts).toContain('The claimed 1,351 is below both comparable figures.');
    expect(texts).toContain('Claim: “1,351 servicemen have died”');
    expect(texts).toContain('Sources: “Russia raises its estimate” (Russian MoD); “NATO briefing” (NATO).');
    expect(texts).toContain('Counting the losses');
    expect(texts).toContain('CC BY 4.0 · factcheck.example/claims/mod-1351/');
    expect(textsOf(svg, 'title')[0]).toBe('The claimed 1,351 is below both comparable figures.');
  });

  it('is well-formed XML in which a title with <script> and & stays text', () => {
    const { svg } = chartSvg(options({ title: HOSTILE, siteName: HOSTILE, sources: [HOSTILE], license: '<b>&</b>' }));
    const elements = parseXml(svg);
    expect(elements.some((element) => element.tag === 'script' || element.tag === 'b')).toBe(false);
    expect(textsOf(svg, 'title')[0]).toBe(HOSTILE);
    expect(textsOf(svg, 'text').join(' ')).toContain(HOSTILE);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(() => parseXml(svg.replace('&amp;', '&')), 'the check would catch an unescaped &').toThrow();
  });

  it('draws every mark of the layout with its figure id, its role colour and its label', () => {
    const { svg } = chartSvg(options());
    const groups = parseXml(svg).filter((element) => element.tag === 'g' && element.attributes['data-figure']);
    expect(groups.map((group) => group.attributes['data-figure']).sort()).toEqual(['bound', 'claimed', 'range']);
    expect(svg).toContain(`fill="${ROLE_COLOURS.claimed}"`);
    expect(svg).toContain(`stroke="${ROLE_COLOURS.contradicts}"`);
    expect(svg).toContain('stroke-dasharray="4 3"');
    expect(textsOf(svg, 'text')).toContain('1,351');
  });

  it('carries its own colours and fonts: no CSS variables, classes, styles, links or remote references', () => {
    const { svg } = chartSvg(options());
    expect(svg).not.toMatch(/var\(|class=|<style|style=|href|url\(|@import|@font-face/);
    expect(svg.match(/https?:\/\/[^"\s<]*/g)).toEqual(['http://www.w3.org/2000/svg']);
    expect(svg).toContain(`fill="${LIGHT.bg}"`);
  });

  it('sizes itself to its content: the layout plus a margin each side, taller with more to say', () => {
    const short = chartSvg(options());
    const long = chartSvg(
      options({ sources: Array.from({ length: 12 }, (_, index) => `“Source number ${index}” (S)`) }),
    );
    expect(short.width).toBe(720 + 48);
    expect(short.svg).toContain(`viewBox="0 0 ${short.width} ${short.height}"`);
    expect(long.height).toBeGreaterThan(short.height);
  });

  it('says so instead of drawing an empty chart when there is nothing to plot', () => {
    const { svg } = chartSvg(
      options({
        layout: timelineLayout({ series: [], width: 720, formatTick: String, messages }),
        emptyText: 'No source reports a figure of this metric yet.',
        sources: [],
      }),
    );
    expect(textsOf(svg, 'text')).toContain('No source reports a figure of this metric yet.');
    expect(svg).not.toContain('data-figure');
  });

  it('is the same string every time for the same input', () => {
    expect(chartSvg(options()).svg).toBe(chartSvg(options()).svg);
  });
});

describe('the example site’s chart images', () => {
  const cwd = fileURLToPath(new URL('../../..', import.meta.url));
  const { site } = checkContent({ dir: 'content', cwd });
  if (!site) throw new Error('the example content does not build');
  const views = siteViews({ site, measure: measureText, routes: routes('/') });

  it('are well-formed and carry each claim’s summary and page address', () => {
    for (const claim of site.claims) {
      const { svg } = views.claim(claim).chartImage;
      const texts = textsOf(svg, 'text').join('\n');
      expect(texts, claim.slug).toContain(`claimline.example/claims/${claim.slug}/`);
      expect(texts, claim.slug).toContain(site.config.title);
      expect(texts, claim.slug).toContain('Sources: ');
    }
  });

  it('are well-formed for every metric and show each of its estimates once', () => {
    for (const metric of site.metrics) {
      const { svg } = views.metric(metric).chartImage;
      // Another source's report of an estimate (sameAs) is not drawn again.
      const figures = (site.figuresByMetric.get(metric.id) ?? []).filter((figure) => figure.sameAs === undefined);
      const drawn = parseXml(svg).filter((element) => element.tag === 'g' && element.attributes['data-figure']);
      expect(drawn.length, metric.id).toBe(figures.length);
    }
  });
});
