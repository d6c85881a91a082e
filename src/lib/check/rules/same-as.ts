import { resolveEstimates } from '../../model/estimates.ts';
import type { FigureDeclaration, Rule } from '../content.ts';
import type { Problem } from '../problem.ts';

/**
 * A figure's `sameAs` names another report of the same estimate: a figure of the same metric, not itself, and not
 * one that leads back to it (`a` same as `b`, `b` same as `a`). Unknown ids are `unknown-figure`'s.
 */
export const sameAs: Rule = {
  id: 'same-as',
  lookup: 'source',
  check(content, index) {
    const problems: Problem[] = [];
    const { inLoop } = resolveEstimates(
      new Map(content.sources.flatMap(({ data }) => data.figures.map((figure) => [figure.id, figure.sameAs] as const))),
    );
    for (const source of content.sources) {
      source.data.figures.forEach((figure, position) => {
        if (figure.sameAs === undefined) return;
        const other = index.figures.get(figure.sameAs);
        if (!other) return;
        const place = source.file.yaml.locate(['figures', position, 'sameAs']);
        const problem = (message: string, hint: string) =>
          problems.push({ ...place, ruleId: 'same-as', severity: 'error', message, hint });
        const otherMetric = metricOf(other);
        if (figure.sameAs === figure.id) {
          problem(
            `Figure "${figure.id}" is said to be the same estimate as itself`,
            'Name a figure of another source, or remove sameAs',
          );
        } else if (otherMetric !== figure.metric) {
          problem(
            `Figure "${figure.id}" counts ${figure.metric}, but "${figure.sameAs}", which it is said to be the same estimate as, counts ${otherMetric}`,
            'One estimate counts one thing: fix the metric of one of them, or remove sameAs',
          );
        } else if (inLoop.has(figure.id)) {
          problem(
            `The sameAs of figure "${figure.id}" leads back to it`,
            'Give sameAs to the later reports only, each naming the first report of the estimate',
          );
        }
      });
    }
    return problems;
  },
};

function metricOf(declared: FigureDeclaration): string | undefined {
  return declared.source.data.figures[declared.index]?.metric;
}
