import { describeTimeline } from '../chart/timeline-svg.ts';
import { formatEdtfDate } from '../format/date.ts';
import { ratingTone, type RatingTone } from '../format/rating-tone.ts';
import type { Claim, Metric, Site } from '../model/types.ts';
import type { ChartView } from '../views/chart-view.ts';
import { absoluteUrl, type Routes } from '../routes.ts';
import { cardSvg } from './card-svg.ts';
import { chartSvg, type SvgImage } from './chart-svg.ts';
import type { TextMeasure } from './text.ts';

export interface SiteImageOptions {
  readonly measure: TextMeasure;
  readonly routes: Routes;
}

/** The width the page's wide chart is laid out at; the standalone image uses the same layout. */
const CHART_WIDTH = 720;

/** A claim's chart as a standalone image: the claim, the computed summary as title, every compared figure. */
export function claimChartImage(
  input: { site: Site; claim: Claim; chart: ChartView },
  options: SiteImageOptions,
): SvgImage {
  const { site, claim, chart } = input;
  const date = formatEdtfDate(claim.claimDateParsed, { messages: site.messages });
  return chartSvg({
    ...chartCommon(site, chart, options),
    kicker: site.messages.format('image.claimKicker', { claimant: claim.claimant, date, claim: claim.claim }),
    verdict: verdictOf(site, claim),
    title: chart.title,
    sources: chart.sourceLines,
    url: displayUrl(absoluteUrl(site.config.url, options.routes.claim(claim.slug))),
    emptyText: site.messages.format('image.noFigures'),
  });
}

/** A metric's chart as a standalone image: every figure of the metric. */
export function metricChartImage(
  input: { site: Site; metric: Metric; chart: ChartView },
  options: SiteImageOptions,
): SvgImage {
  const { site, metric, chart } = input;
  return chartSvg({
    ...chartCommon(site, chart, options),
    subtitle: metric.definition,
    title: chart.title,
    sources: chart.sourceLines,
    url: displayUrl(absoluteUrl(site.config.url, options.routes.metric(metric.id))),
    emptyText: site.messages.format('chart.metricEmpty'),
  });
}

/** A claim's verdict as images show it: its rating's label and tone. */
function verdictOf(site: Site, claim: Claim): { label: string; tone: RatingTone } {
  const rating = site.ratingById.get(claim.verdict);
  return { label: rating?.label ?? claim.verdict, tone: rating ? ratingTone(rating, site.config.ratings) : 'neutral' };
}

/** A claim's social card, and the alt text that says what it shows. */
export function claimCardImage(site: Site, claim: Claim, options: SiteImageOptions): SvgImage & { alt: string } {
  const date = formatEdtfDate(claim.claimDateParsed, { messages: site.messages });
  const image = cardSvg({
    claim: claim.claim,
    claimant: claim.claimant,
    date,
    verdict: verdictOf(site, claim),
    siteName: site.config.title,
    siteAddress: displayUrl(site.config.url).replace(/\/$/, ''),
    measure: options.measure,
    messages: site.messages,
  });
  return { ...image, alt: claimCardAlt(site, claim) };
}

/** What a claim's card shows, in words: its alt text (pages need it without drawing the card). */
export function claimCardAlt(site: Site, claim: Claim): string {
  const label = site.ratingById.get(claim.verdict)?.label ?? claim.verdict;
  const date = formatEdtfDate(claim.claimDateParsed, { messages: site.messages });
  return site.messages.format('image.card.alt', {
    claimant: claim.claimant,
    date,
    verdict: label,
    claim: claim.claim,
  });
}

function chartCommon(site: Site, chart: ChartView, options: SiteImageOptions) {
  const layout = chart.layout(CHART_WIDTH);
  const { intro, sentences } = describeTimeline({ layout, messages: site.messages });
  return {
    layout,
    // Every figure in words, as the page's chart describes itself to screen readers.
    description: [intro, ...sentences].join(' '),
    siteName: site.config.title,
    license: site.config.license,
    measure: options.measure,
    messages: site.messages,
  };
}

/** A URL as a reader would type it: no scheme. */
function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
