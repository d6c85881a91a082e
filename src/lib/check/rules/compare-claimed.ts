import { claimedFigureIds } from '../../schema/claim.ts';
import type { Rule } from '../content.ts';
import type { Problem } from '../problem.ts';

/**
 * A claim's `compare` names one of its own claimed figures: a figure is never weighed against itself, so the entry
 * is left out of the page, silently, and a claim that compares nothing else says it has no estimate to compare.
 * A warning at the entry: the editor likely meant another figure.
 */
export const compareClaimed: Rule = {
  id: 'compare-claimed',
  check(content) {
    const problems: Problem[] = [];
    for (const claim of content.claims) {
      const claimed = new Set(claimedFigureIds(claim.data.figure));
      (claim.data.compare ?? []).forEach((entry, position) => {
        const figure = typeof entry === 'string' ? entry : entry.figure;
        if (!claimed.has(figure)) return;
        problems.push({
          ...claim.file.yaml.locate(['compare', position]),
          ruleId: 'compare-claimed',
          severity: 'warning',
          message: `"${figure}" is the claimed figure itself, and a figure is not weighed against itself: the page leaves this entry out`,
          hint: 'Name the estimate to weigh the claim against (a figure of another source), or remove the entry',
        });
      });
    }
    return problems;
  },
};
