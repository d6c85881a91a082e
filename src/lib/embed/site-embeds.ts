import type { ClaimAnalysis } from '../compare/claim-analysis.ts';
import { formatEdtfDate } from '../format/date.ts';
import type { Claim, Metric, Site } from '../model/types.ts';
import { absoluteUrl, type Routes } from '../routes.ts';
import { embedId } from './messages.ts';
import { DEFAULT_THEME } from './options.ts';
import { fallbackQuote, oembedRich, type OEmbedRich } from './oembed.ts';
import { embedSnippet } from './snippet.ts';
import type { ChartView } from '../views/chart-view.ts';
import {
  caption,
  EMBED_WIDTH,
  estimateHeight,
  heading,
  kicker,
  quoted,
  small,
  sourcesLine,
  VERDICT,
} from './start-height.ts';

/** Everything a page, an endpoint or a test needs to know about one embed. URLs are absolute. */
export interface Embed {
  /** Stable id sent in every height message: "claims/<slug>" or "metrics/<id>". */
  readonly id: string;
  /** The title of the embedded thing (the claim page's or metric page's heading). */
  readonly title: string;
  /** The iframe's accessible name. */
  readonly frameTitle: string;
  /** The full page, canonical. */
  readonly pageUrl: string;
  readonly embedUrl: string;
  /**
   * The embed page as the snippet and oEmbed frame it: with the theme in its query (`?theme=light`), so a host
   * sees where to ask for `dark`, or `auto` to follow the reader's system (src/lib/embed/options.ts).
   */
  readonly frameUrl: string;
  readonly oembedUrl: string;
  readonly scriptUrl: string;
  /** Height of the iframe before its script reports the real one, in pixels. */
  readonly height: number;
  /** The snippet readers copy: iframe and script. */
  readonly snippet: string;
  /** What oEmbed's fallback quote says: paragraphs of plain text and the text of its link. */
  readonly fallback: { readonly lines: readonly string[]; readonly linkText: string };
}

/** The image oEmbed names as the thumbnail: a path under the base (made absolute here) and its size. */
export interface Thumbnail {
  readonly path: string;
  readonly width: number;
  readonly height: number;
}

export { EMBED_WIDTH } from './start-height.ts';

/** The embed of a claim: its claim, verdict and chart. */
export function claimEmbed(input: {
  site: Site;
  routes: Routes;
  claim: Claim;
  analysis: ClaimAnalysis;
  chart: ChartView;
}): Embed {
  const { site, routes, claim, analysis, chart } = input;
  const { config, messages } = site;
  const date = (edtf: Claim['publishedDate']) => formatEdtfDate(edtf, { messages });
  const { series } = chart;
  const rating = site.ratingById.get(claim.verdict);
  const blocks = [
    kicker(messages.format('embed.kicker.claim', { site: config.title })),
    heading(claim.title),
    quoted(claim.claim),
    small(`${claim.claimant}, ${date(claim.claimDateParsed)}`),
    VERDICT,
    series.length > 0 ? caption(analysis.summary) : caption(analysis.summary, 32),
    ...(series.length > 0 ? [sourcesLine(site, chart.sourceLines)] : []),
    small(
      [
        messages.format('embed.credit.claim', {
          publisher: config.publisher.name,
          date: date(claim.publishedDate),
          license: config.license,
        }),
        messages.format('embed.readMore.claim', { site: config.title }),
      ].join(' '),
      21,
    ),
  ];
  return build(site, {
    id: embedId('claims', claim.slug),
    title: claim.title,
    frameTitle: messages.format('embed.frameTitle.claim', { title: claim.title }),
    pagePath: routes.claim(claim.slug),
    embedPath: routes.embedClaim(claim.slug),
    oembedPath: routes.oembedClaim(claim.slug),
    scriptPath: routes.embedScript,
    height: estimateHeight(chart, blocks, { messages, panels: 'compared' }),
    fallback: {
      lines: [
        messages.format('image.claimKicker', {
          claimant: claim.claimant,
          date: date(claim.claimDateParsed),
          claim: claim.claim,
        }),
        ...(rating ? [messages.format('embed.fallback.verdict', { verdict: rating.label })] : []),
      ],
      linkText: messages.format('embed.fallback.claimLink', { site: config.title, title: claim.title }),
    },
  });
}

/** The embed of a metric: its chart of every figure. */
export function metricEmbed(input: { site: Site; routes: Routes; metric: Metric; chart: ChartView }): Embed {
  const { site, routes, metric, chart } = input;
  const { series } = chart;
  const { config, messages } = site;
  const blocks = [
    kicker(messages.format('embed.kicker.metric', { site: config.title })),
    heading(metric.label),
    series.length > 0 ? caption(chart.title) : caption(messages.format('chart.metricEmpty'), 32),
    ...(series.length > 0 ? [sourcesLine(site, chart.sourceLines)] : []),
    small(
      [
        messages.format('embed.credit.metric', { publisher: config.publisher.name, license: config.license }),
        messages.format('embed.readMore.metric', { site: config.title }),
      ].join(' '),
      21,
    ),
  ];
  return build(site, {
    id: embedId('metrics', metric.id),
    title: metric.label,
    frameTitle: messages.format('embed.frameTitle.metric', { metric: metric.label }),
    pagePath: routes.metric(metric.id),
    embedPath: routes.embedMetric(metric.id),
    oembedPath: routes.oembedMetric(metric.id),
    scriptPath: routes.embedScript,
    height: estimateHeight(chart, blocks, { messages, panels: 'all' }),
    fallback: {
      lines: [chart.title],
      linkText: messages.format('embed.fallback.metricLink', { metric: metric.label, site: config.title }),
    },
  });
}

interface EmbedParts {
  readonly id: string;
  readonly title: string;
  readonly frameTitle: string;
  readonly pagePath: string;
  readonly embedPath: string;
  readonly oembedPath: string;
  readonly scriptPath: string;
  readonly height: number;
  readonly fallback: Embed['fallback'];
}

function build(site: Site, parts: EmbedParts): Embed {
  const url = (path: string) => absoluteUrl(site.config.url, path);
  const embedUrl = url(parts.embedPath);
  const frameUrl = `${embedUrl}?theme=${DEFAULT_THEME}`;
  const scriptUrl = url(parts.scriptPath);
  return {
    id: parts.id,
    title: parts.title,
    frameTitle: parts.frameTitle,
    pageUrl: url(parts.pagePath),
    embedUrl,
    frameUrl,
    oembedUrl: url(parts.oembedPath),
    scriptUrl,
    height: parts.height,
    snippet: embedSnippet({ src: frameUrl, title: parts.frameTitle, height: parts.height, script: scriptUrl }),
    fallback: parts.fallback,
  };
}

/**
 * The oEmbed document of an embed: the fallback quote, then the snippet. The thumbnail is the page's share image
 * (the claim's social card, the metric's chart PNG), whose path and size the caller takes from the image code.
 */
export function embedOEmbed(site: Site, embed: Embed, thumbnail: Thumbnail): OEmbedRich {
  const { config } = site;
  const quote = fallbackQuote({ href: embed.pageUrl, lines: embed.fallback.lines, linkText: embed.fallback.linkText });
  return oembedRich({
    title: embed.title,
    html: `${quote}\n${embed.snippet}`,
    width: EMBED_WIDTH,
    height: embed.height,
    provider: { name: config.title, url: config.url },
    author: { name: config.publisher.name, url: config.publisher.url },
    thumbnail: { url: absoluteUrl(config.url, thumbnail.path), width: thumbnail.width, height: thumbnail.height },
  });
}
