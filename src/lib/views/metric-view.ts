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
import { once } from './once.ts';

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
  const chart = once(() => metricChart(site, metric));
  const inconsistencies = once(() => inconsistenciesOf(site, metric));
  const embed = once(() => metricEmbed({ site, routes, metric, chart: chart() }));
  const chartImage = once(() => metricChartImage({ site, metric, chart: chart() }, context));
  const share = once(() => metricShareImage({ site, metric, chart: chart() }, chartImage(), context));
  const csv = once(() => metricCsv({ site, routes }, metric));
  const json = once(() => metricJson({ site, routes }, metric));
  const oembed = once(() => {
    const image = share();
    return oembedText(embedOEmbed(site, embed(), { ...image, path: image.src }));
  });
  return {
    metric,
    get chart() {
      return chart();
    },
    get inconsistencies() {
      return inconsistencies();
    },
    get embed() {
      return embed();
    },
    get chartImage() {
      return chartImage();
    },
    get share() {
      return share();
    },
    data: {
      get csv() {
        return csv();
      },
      get json() {
        return json();
      },
    },
    get oembed() {
      return oembed();
    },
  };
}
