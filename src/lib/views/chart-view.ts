// A chart as every output draws it: the page (two widths), the embed, the standalone SVG and PNG, the MDX
// <Timeline>. Its series, title and source lines are computed once, and it is laid out once per width.
import {
  chartSourceLines,
  chartSourceTitles,
  claimTimelineSeries,
  metricChartTitle,
  metricTimelineSeries,
} from '../chart/site-timelines.ts';
import { timelineLayout, type TimelineLayout, type TimelineSeries } from '../chart/timeline-layout.ts';
import type { ClaimAnalysis } from '../compare/claim-analysis.ts';
import { formatCompactNumber } from '../format/compact-number.ts';
import type { Claim, Figure, Metric, Site } from '../model/types.ts';
import { lazy } from './lazy.ts';

export interface ChartView {
  /** One panel per metric, each with its marks. */
  readonly series: readonly TimelineSeries[];
  /** The takeaway: what the chart shows, in one sentence. */
  readonly title: string;
  /** One line per source of the plotted figures, with who made the estimates in it (images, embeds, MDX). */
  readonly sourceLines: readonly string[];
  /**
   * One entry per source, its title alone: for a page whose table below the chart names who made each estimate
   * and lists every report of it (a claim's other reports of a compared estimate count too).
   */
  readonly sourceTitles: readonly string[];
  /**
   * The layout at this width, in the site's language: made once per width. `compared` keeps only the panels
   * with a claimed or a compared figure, leaving out those that give context alone (a compact embed's chart).
   */
  layout(width: number, panels?: ChartPanels): TimelineLayout;
}

/** Which panels a layout draws: every one, or those with a claimed or compared figure. */
export type ChartPanels = 'all' | 'compared';

/** The panels a `compared` layout leaves out: those whose every figure gives context alone. */
export function contextOnly(series: readonly TimelineSeries[]): TimelineSeries[] {
  return series.filter((entry) => entry.points.every((point) => point.role === 'context'));
}

/** A claim's chart: the claimed figures and every compared one; its title is the analysis's summary. */
export function claimChart(site: Site, claim: Claim, analysis: ClaimAnalysis): ChartView {
  const figureOf = (id: string) => site.figureById.get(id) ?? [];
  const claimed = claim.claimed.flatMap(figureOf);
  return chartView({
    site,
    figures: [...claimed, ...claim.compare.map((entry) => entry.figure).flatMap(figureOf)],
    tableFigures: () => [
      ...claimed,
      ...analysis.relations.flatMap((relation) => [relation.figure, ...relation.sameEstimate].flatMap(figureOf)),
    ],
    series: () => claimTimelineSeries(site, claim, analysis),
    title: () => analysis.summary,
  });
}

/** A metric's chart: each of its estimates once. */
export function metricChart(site: Site, metric: Metric): ChartView {
  const figures = site.figuresByMetric.get(metric.id) ?? [];
  return chartView({
    site,
    figures,
    tableFigures: () => figures,
    series: () => metricTimelineSeries(site, metric),
    title: () => metricChartTitle(site, metric),
  });
}

function chartView(parts: {
  site: Site;
  /** The plotted figures, in the order the sources line names their sources. */
  figures: readonly Figure[];
  /** The figures of the table below the chart, for `sourceTitles`. */
  tableFigures: () => readonly Figure[];
  series: () => readonly TimelineSeries[];
  title: () => string;
}): ChartView {
  const { site, figures } = parts;
  const { messages } = site;
  const layouts = new Map<string, TimelineLayout>();
  const formatTick = (value: number) => formatCompactNumber(value, { locale: messages.locale });
  return lazy<ChartView>({
    series: parts.series,
    title: parts.title,
    sourceLines: () => chartSourceLines(site, figures),
    sourceTitles: () => chartSourceTitles(site, parts.tableFigures()),
    layout:
      (chart) =>
      (width, panels = 'all') => {
        const left = panels === 'compared' ? new Set(contextOnly(chart.series)) : new Set();
        const kept = chart.series.filter((entry) => !left.has(entry));
        const series = kept.length ? kept : chart.series;
        // A `compared` layout that leaves nothing out is the whole chart's: laid out once (a metric's chart, and
        // most claims').
        const key = `${width}:${series.length === chart.series.length ? 'all' : 'compared'}`;
        let layout = layouts.get(key);
        if (!layout) {
          layout = timelineLayout({ series, width, messages, formatTick });
          layouts.set(key, layout);
        }
        return layout;
      },
  });
}
