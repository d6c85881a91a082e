// The views of one content generation: one per claim and per metric, each made on first use and kept for as
// long as this object is. The build and the dev server hold one SiteViews per checked site, beside it.
import type { Claim, Metric } from '../model/types.ts';
import { claimView, type ClaimView } from './claim-view.ts';
import type { ViewContext } from './context.ts';
import { metricView, type MetricView } from './metric-view.ts';

export interface SiteViews {
  readonly context: ViewContext;
  claim(claim: Claim): ClaimView;
  metric(metric: Metric): MetricView;
}

export function siteViews(context: ViewContext): SiteViews {
  const claims = new Map<string, ClaimView>();
  const metrics = new Map<string, MetricView>();
  return {
    context,
    claim(claim) {
      let view = claims.get(claim.slug);
      if (!view) {
        view = claimView(context, claim);
        claims.set(claim.slug, view);
      }
      return view;
    },
    metric(metric) {
      let view = metrics.get(metric.id);
      if (!view) {
        view = metricView(context, metric);
        metrics.set(metric.id, view);
      }
      return view;
    },
  };
}
