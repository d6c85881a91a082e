import type { SiteRule } from '../content.ts';
import { metricInconsistency } from './metric-inconsistency.ts';
import { sameEstimate } from './same-estimate.ts';
import { stanceDisagrees } from './stance-disagrees.ts';
import { verdictDisagrees } from './verdict-disagrees.ts';

/** Rules over the linked site: warnings from the comparison engine, shown before an editor publishes. */
export const siteRules: readonly SiteRule[] = [stanceDisagrees, verdictDisagrees, metricInconsistency, sameEstimate];
