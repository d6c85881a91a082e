// Everything the site shows of one metric's estimates, derived once per content generation: its page's chart,
// embed page, MDX <Timeline metric>, chart image, oEmbed document and data downloads all render from it.
import { inconsistenciesOf, type Inconsistency } from '../compare/metric-consistency.ts';
import { metricEmbed, embedOEmbed, type Embed } from '../embed/site-embeds.ts';
import { metricCsv, metricJson } from '../export/figures.ts';
import { metricShareImage, type ShareImage } from '../image/share-image.ts';
import { metricChartImage } from '../image/site-images.ts';
import type { SvgImage } from '../image/chart-svg.ts';
import type { Metric } from '../model/types.ts';
import { metricChart, type ChartView } from './chart-view.ts';
import { oembedText } from './claim-view.ts';
import type { ViewContext } from './context.ts';
import { lazy } from './lazy.ts';

export interface MetricView {
  readonly metric: Metric;
  readonly chart: ChartView;
  /** Its figures that cannot all be right: a running total that falls, a part above its whole. */
  readonly inconsistencies: readonly Inconsistency[];
  readonly embed: Embed;
  /** The chart as a standalone image (images/metrics/<id>/chart.svg and .png), also its share image. */
  readonly chartImage: SvgImage;
  readonly share: ShareImage;
  /** data/metrics/<id>.csv and .json. */
  readonly data: { readonly csv: string; readonly json: string };
  /** oembed/metrics/<id>.json. */
  readonly oembed: string;
}

export function metricView(context: ViewContext, metric: Metric): MetricView {
  const { site, routes } = context;
  return lazy<MetricView>({
    metric: () => metric,
    chart: () => metricChart(site, metric),
    inconsistencies: () => inconsistenciesOf(site, metric),
    embed: (view) => metricEmbed({ site, routes, metric, chart: view.chart }),
    chartImage: (view) => metricChartImage({ site, metric, chart: view.chart }, context),
    share: (view) => metricShareImage({ site, metric, chart: view.chart }, view.chartImage, context),
    data: () =>
      lazy<MetricView['data']>({
        csv: () => metricCsv({ site, routes }, metric),
        json: () => metricJson({ site, routes }, metric),
      }),
    oembed: (view) => oembedText(embedOEmbed(site, view.embed, { ...view.share, path: view.share.src })),
  });
}
