import { findQuote, normaliseText } from '../../model/quote-match.ts';
import type { Rule } from '../content.ts';
import type { Problem } from '../problem.ts';

export const quoteNotInSource: Rule = {
  id: 'quote-not-in-source',
  check(content) {
    const problems: Problem[] = [];
    for (const source of content.sources) {
      const body = normaliseText(source.file.body);
      source.data.figures.forEach((figure, index) => {
        if (findQuote(body, figure.quote)) return;
        problems.push({
          ...source.file.yaml.locate(['figures', index, 'quote']),
          ruleId: 'quote-not-in-source',
          severity: 'error',
          message: `The quote of figure "${figure.id}" is not in the text of this source`,
          hint: 'Copy the words exactly from the body below the frontmatter (spacing and curly or straight quote marks may differ, nothing else)',
        });
      });
    }
    return problems;
  },
};
