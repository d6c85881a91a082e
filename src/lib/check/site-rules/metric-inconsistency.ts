import { metricInconsistencies } from '../../compare/metric-consistency.ts';
import type { SiteRule } from '../content.ts';

/** Warns at a figure that contradicts another of its metric: a falling running total, a part above its whole. */
export const metricInconsistency: SiteRule = {
  id: 'metric-inconsistency',
  check({ site, index }) {
    return metricInconsistencies(site).flatMap((inconsistency) => {
      const declared = index.figures.get(inconsistency.figure);
      if (!declared) return [];
      return [
        {
          ...declared.source.file.yaml.locate(['figures', declared.index, 'id']),
          ruleId: inconsistency.rule,
          severity: 'warning' as const,
          message: inconsistency.sentence,
          hint: 'Figures can disagree; if both are recorded right, explain it in the claims that use them',
        },
      ];
    });
  },
};
