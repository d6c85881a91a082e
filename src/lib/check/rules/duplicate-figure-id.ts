import type { Rule } from '../content.ts';
import type { Problem } from '../problem.ts';

export const duplicateFigureId: Rule = {
  id: 'duplicate-figure-id',
  check(content, index) {
    const problems: Problem[] = [];
    for (const source of content.sources) {
      source.data.figures.forEach((figure, position) => {
        const first = index.figures.get(figure.id);
        if (!first || (first.source === source && first.index === position)) return;
        const firstPlace = first.source.file.yaml.locate(['figures', first.index, 'id']);
        problems.push({
          ...source.file.yaml.locate(['figures', position, 'id']),
          ruleId: 'duplicate-figure-id',
          severity: 'error',
          message: `Figure id "${figure.id}" is already used at ${firstPlace.file}:${firstPlace.line}`,
          hint: 'Figure ids must be unique across the content folder; add the date or the estimator to tell them apart',
        });
      });
    }
    return problems;
  },
};
