import { suggestion } from '../did-you-mean.ts';
import type { ContentIndex, Entry, Rule, ValidatedContent } from '../content.ts';
import type { Place, Problem } from '../problem.ts';
import { componentReferences } from './claim-body.ts';
import type { ContentFile, EntryKind } from '../../load/read-content.ts';

/** An id written in a file: in its YAML (`path`) or, for a component in a claim body, at a `place`. */
type Reference =
  | { readonly file: ContentFile; readonly path: ReadonlyArray<string | number>; readonly id: string }
  | { readonly file: ContentFile; readonly place: Place; readonly id: string };

function unknownReferenceRule(options: {
  id: string;
  noun: string;
  lookup: EntryKind;
  references: (content: ValidatedContent) => Reference[];
  known: (index: ContentIndex) => Iterable<string>;
  hint: string;
}): Rule {
  return {
    id: options.id,
    lookup: options.lookup,
    check(content, index) {
      const known = new Set(options.known(index));
      const problems: Problem[] = [];
      for (const reference of options.references(content)) {
        if (known.has(reference.id)) continue;
        problems.push({
          ...('place' in reference ? reference.place : reference.file.yaml.locate(reference.path)),
          ruleId: options.id,
          severity: 'error',
          message: `Unknown ${options.noun} "${reference.id}"${suggestion(reference.id, known)}`,
          hint: options.hint,
        });
      }
      return problems;
    },
  };
}

const figuresOf = (sources: ReadonlyArray<Entry<{ figures: ReadonlyArray<{ metric: string }> }>>) =>
  sources.flatMap((source) =>
    source.data.figures.map((figure, index) => ({
      file: source.file,
      path: ['figures', index, 'metric'],
      id: figure.metric,
    })),
  );

export const unknownMetric = unknownReferenceRule({
  id: 'unknown-metric',
  lookup: 'metric',
  noun: 'metric',
  references: (content) => [
    ...figuresOf(content.sources),
    ...content.metrics.flatMap((metric) =>
      metric.data.partOf.map((id, index) => ({ file: metric.file, path: ['partOf', index], id })),
    ),
    ...componentReferences(content, 'metric'),
  ],
  known: (index) => index.metricIds,
  hint: 'Use the file name (without .yaml) of a metric in metrics/, or add that metric',
});

export const unknownFigure = unknownReferenceRule({
  id: 'unknown-figure',
  lookup: 'source',
  noun: 'figure',
  references: (content) =>
    content.claims
      .flatMap((claim) => {
        const references: Reference[] = [];
        const { figure } = claim.data;
        if (typeof figure === 'string') references.push({ file: claim.file, path: ['figure'], id: figure });
        else figure?.forEach((id, index) => references.push({ file: claim.file, path: ['figure', index], id }));
        claim.data.compare?.forEach((entry, index) => {
          if (typeof entry === 'string') references.push({ file: claim.file, path: ['compare', index], id: entry });
          else references.push({ file: claim.file, path: ['compare', index, 'figure'], id: entry.figure });
        });
        return references;
      })
      .concat(
        content.sources.flatMap((source) =>
          source.data.figures.flatMap((figure, index) =>
            figure.sameAs === undefined
              ? []
              : [{ file: source.file, path: ['figures', index, 'sameAs'], id: figure.sameAs }],
          ),
        ),
      ),
  known: (index) => index.figures.keys(),
  hint: 'Use the id of a figure listed under `figures:` in one of the sources',
});

export const unknownSource = unknownReferenceRule({
  id: 'unknown-source',
  lookup: 'source',
  noun: 'source',
  references: (content) =>
    content.claims.map((claim) => ({ file: claim.file, path: ['appearance'], id: claim.data.appearance })),
  known: (index) => index.sourceIds,
  hint: 'Use the file name (without .md) of a source in sources/, or add that source',
});

export const unknownRating = unknownReferenceRule({
  id: 'unknown-rating',
  lookup: 'site',
  noun: 'rating',
  references: (content) =>
    content.claims.map((claim) => ({ file: claim.file, path: ['verdict'], id: claim.data.verdict })),
  known: (index) => index.ratingIds,
  hint: 'Use one of the rating ids listed under `ratings:` in site.yaml',
});

export const unknownClaim = unknownReferenceRule({
  id: 'unknown-claim',
  lookup: 'claim',
  noun: 'claim',
  references: (content) => componentReferences(content, 'claim'),
  known: (index) => index.claimSlugs,
  hint: 'Use the file name (without .md or .mdx) of a claim in claims/',
});
