import { asOfSameDate } from '../../compare/same-date.ts';
import type { Figure } from '../../model/types.ts';
import type { SiteRule } from '../content.ts';
import type { Problem } from '../problem.ts';

/**
 * Warns at a figure whose metric, value and bounds equal those of an earlier figure of another source at a
 * comparable date, when neither names the other with `sameAs`: most likely one estimate reported twice, which
 * would count twice. Figures are grouped by metric and numbers first, so the pairs compared are only the likely ones.
 */
/** How many earlier figures with the same numbers each figure is compared with. */
const MAX_EARLIER = 50;

export const sameEstimate: SiteRule = {
  id: 'same-estimate',
  check({ site, index }) {
    const groups = new Map<string, Figure[]>();
    for (const figure of site.figures) {
      const key = JSON.stringify([figure.metric, figure.value ?? null, figure.low ?? null, figure.high ?? null]);
      const group = groups.get(key);
      if (group) group.push(figure);
      else groups.set(key, [figure]);
    }
    // The later report is the one from the later source (by publication, undated last): it is the one to mark.
    const published = (figure: Figure) => site.sourceById.get(figure.source)?.publishedDate?.min ?? Infinity;
    const problems: Problem[] = [];
    for (const unordered of groups.values()) {
      const group = [...unordered].sort((a, b) => published(a) - published(b) || (a.id < b.id ? -1 : 1));
      group.forEach((figure, position) => {
        const metric = site.metricById.get(figure.metric);
        // At most MAX_EARLIER candidates: a warning needs one, and a group of thousands of figures with the same
        // numbers (all reports of one estimate) must not cost thousands of comparisons each.
        let earlier: Figure | undefined;
        for (let at = Math.max(0, position - MAX_EARLIER); at < position && !earlier && metric; at++) {
          const other = group[at] as Figure;
          if (other.source === figure.source || other.estimate === figure.estimate) continue;
          // Reports of one estimate often give the same date as written ("2022-03"), which the window alone
          // would not call the same date; any other pair must be as of the same date by the comparison rule.
          if (other.asOf === figure.asOf || asOfSameDate(other, figure, { a: metric, b: metric })) earlier = other;
        }
        const declared = earlier && index.figures.get(figure.id);
        if (!earlier || !declared) return;
        problems.push({
          ...declared.source.file.yaml.locate(['figures', declared.index, 'id']),
          ruleId: 'same-estimate',
          severity: 'warning',
          message: `Figure "${figure.id}" gives the same numbers for the same date as "${earlier.id}" of the source "${earlier.source}": if both report one estimate, it counts twice`,
          hint: `Add "sameAs: ${earlier.id}" to this figure if both report one estimate, or a note saying why they differ`,
        });
      });
    }
    return problems;
  },
};
