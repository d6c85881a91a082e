import type { SiteRule } from '../content.ts';
import type { Problem } from '../problem.ts';

/** Warns where a verdict's rating lists the assessments it fits and the claim's computed one is not among them. */
export const verdictDisagrees: SiteRule = {
  id: 'verdict-disagrees',
  check({ site, content, analysis }) {
    const problems: Problem[] = [];
    const entryOf = new Map(content.claims.map((entry) => [entry.file.id, entry]));
    for (const claim of site.claims) {
      const entry = entryOf.get(claim.entry);
      const rating = site.ratingById.get(claim.verdict);
      if (!entry || !rating?.assessments) continue;
      const { assessment, summary } = analysis(claim);
      if (rating.assessments.includes(assessment)) continue;
      problems.push({
        ...entry.file.yaml.locate(['verdict']),
        ruleId: 'verdict-disagrees',
        severity: 'warning',
        message: `The verdict "${rating.id}" fits a computed assessment of ${rating.assessments.join(' or ')}, but the figures compute "${assessment}": ${summary}`,
        hint: 'Check the compared figures and their stances, or explain in the reasoning why the verdict differs',
      });
    }
    return problems;
  },
};
