import type { SiteRule } from '../content.ts';
import type { Problem } from '../problem.ts';

/** Warns where an editor's stance (corroborates/contradicts) is the opposite of what the figures compute. */
export const stanceDisagrees: SiteRule = {
  id: 'stance-disagrees',
  check({ site, content, analysis }) {
    const problems: Problem[] = [];
    const entryOf = new Map(content.claims.map((entry) => [entry.file.id, entry]));
    for (const claim of site.claims) {
      const entry = entryOf.get(claim.entry);
      if (!entry || !claim.compareIsExplicit) continue;
      analysis(claim).relations.forEach((relation) => {
        const { stance, computed } = relation;
        if (stance === undefined || stance === 'context' || !computed || computed.kind === stance) return;
        problems.push({
          ...entry.file.yaml.locate(['compare', relation.compareIndex, 'stance']),
          ruleId: 'stance-disagrees',
          severity: 'warning',
          message: `The stance "${stance}" for figure "${relation.figure}" disagrees with the computed relation "${computed.kind}": ${relation.sentence}`,
          hint: `Check the figure's value and date, set the metric's comparison window, or keep the stance if you can explain it in the reasoning`,
        });
      });
    }
    return problems;
  },
};
