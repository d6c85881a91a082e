import type { Messages } from '../messages/messages.ts';
import type { Stance } from '../schema/index.ts';
import type { Claim, Figure, Site } from '../model/types.ts';
import { relationBetween, type ComputedRelation, type RelationKind } from './relation.ts';
import { relationSentence, uncomparedSentence, valueOf } from './sentence.ts';
import { isAbove, valueInterval } from './value-interval.ts';

/** How a compared figure bears on the claim: computed, and as shown (the editor's stance wins). */
export interface Relation {
  readonly figure: string;
  /** Its place in the claim's compare list (the first, when several reports of one estimate are merged). */
  readonly compareIndex: number;
  /**
   * The other compared figures that report the same estimate (`sameAs`), merged into this relation so that the
   * estimate counts once; in compare order.
   */
  readonly sameEstimate: readonly string[];
  /** Undefined when the claim names no figure to compute against. */
  readonly computed: ComputedRelation | undefined;
  readonly stance: Stance | undefined;
  readonly shown: RelationKind;
  /** Where the claimed figure sits relative to this one, when they contradict. */
  readonly direction: 'above' | 'below' | undefined;
  readonly sentence: string;
}

/** Where the claimed figure sits among the figures that decide it. */
export type Assessment = 'within' | 'above' | 'below' | 'mixed' | 'none';

export interface ClaimAnalysis {
  readonly relations: readonly Relation[];
  readonly assessment: Assessment;
  readonly summary: string;
}

// A claim object belongs to one site, so its analysis can be kept with it: pages, embeds, images and downloads of
// one claim all ask for it.
const analysed = new WeakMap<Claim, ClaimAnalysis>();

/** Relations of every compared figure to the claimed one, and the overall computed assessment. */
export function analyseClaim(site: Site, claim: Claim): ClaimAnalysis {
  let analysis = analysed.get(claim);
  if (!analysis) {
    analysis = analyse(site, claim);
    analysed.set(claim, analysis);
  }
  return analysis;
}

function analyse(site: Site, claim: Claim): ClaimAnalysis {
  const { messages, metricById } = site;
  const claimed = claim.figure === undefined ? undefined : site.figureById.get(claim.figure);
  // One relation per estimate: later reports of an estimate already compared join its relation.
  const firstOfEstimate = new Map<string, string[]>();
  const relations = claim.compare.flatMap((entry, compareIndex): Relation[] => {
    const other = site.figureById.get(entry.figure);
    if (!other) return [];
    const reports = firstOfEstimate.get(other.estimate);
    if (reports) {
      reports.push(other.id);
      return [];
    }
    const sameEstimate: string[] = [];
    firstOfEstimate.set(other.estimate, sameEstimate);
    if (!claimed) {
      return [
        {
          figure: other.id,
          compareIndex,
          sameEstimate,
          computed: undefined,
          stance: entry.stance,
          shown: entry.stance ?? 'context',
          direction: undefined,
          sentence: uncomparedSentence({ other, metricById, messages }),
        },
      ];
    }
    const computed = relationBetween({ claimed, other, metricById: site.metricById });
    const shown = entry.stance ?? computed.kind;
    return [
      {
        figure: other.id,
        compareIndex,
        sameEstimate,
        computed,
        stance: entry.stance,
        shown,
        direction: shown === 'contradicts' ? (computed.direction ?? sideOf(claimed, other)) : undefined,
        sentence: relationSentence({ claimed, other, relation: computed, metricById, messages }),
      },
    ];
  });
  const assessment = assess(relations);
  return {
    relations,
    assessment,
    summary: summarise({ assessment, relations, claimed: claimed && valueOf(claimed, metricById, messages), messages }),
  };
}

function assess(relations: readonly Relation[]): Assessment {
  const deciding = relations.filter((relation) => relation.shown !== 'context');
  if (deciding.length === 0) return 'none';
  const directions = new Set(
    deciding.map((relation) => (relation.shown === 'corroborates' ? 'within' : relation.direction)),
  );
  if (directions.size === 1) {
    const [only] = directions;
    if (only === 'within' || only === 'above' || only === 'below') return only;
  }
  return 'mixed';
}

function summarise(options: {
  assessment: Assessment;
  relations: readonly Relation[];
  /** The claimed value with its unit; undefined when the claim gives no number. */
  claimed: string | undefined;
  messages: Messages;
}): string {
  const { assessment, relations, messages } = options;
  const claimed = { hasFigure: options.claimed === undefined ? 'no' : 'yes', claimed: options.claimed ?? '' };
  const count = (kind: RelationKind) => relations.filter((relation) => relation.shown === kind).length;
  switch (assessment) {
    case 'within':
      return messages.format('summary.agrees', { ...claimed, count: count('corroborates') });
    case 'below':
      return messages.format('summary.below', { ...claimed, count: count('contradicts') });
    case 'above':
      return messages.format('summary.above', { ...claimed, count: count('contradicts') });
    case 'mixed':
      return count('corroborates') === 0
        ? messages.format('summary.bothSides', { ...claimed, count: count('contradicts') })
        : messages.format('summary.mixed', {
            ...claimed,
            agree: count('corroborates'),
            disagree: count('contradicts'),
          });
    case 'none':
      return messages.format('summary.none', claimed);
  }
}

function sideOf(claimed: Figure, other: Figure): 'above' | 'below' | undefined {
  const a = valueInterval(claimed);
  const b = valueInterval(other);
  if (isAbove(a, b)) return 'above';
  if (isAbove(b, a)) return 'below';
  return undefined;
}
