import type { Messages } from '../messages/messages.ts';
import type { Stance } from '../schema/index.ts';
import type { Claim, Figure, Metric, Site } from '../model/types.ts';
import { relationBetween, type ComputedRelation, type RelationKind } from './relation.ts';
import { isWorded, relationSentence, uncomparedSentence, valueOf } from './sentence.ts';
import { sideOf, valueInterval } from './value-interval.ts';

/** How a compared figure bears on the claim: computed, and as shown (the editor's stance wins). */
export interface Relation {
  readonly figure: string;
  /** The claimed figure it is weighed against; undefined when the claim gives no number of its own. */
  readonly claimed: string | undefined;
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

/** One claimed figure with the estimates weighed against it. */
export interface ClaimedAnalysis {
  readonly figure: string;
  /**
   * Compared figures that report this same claimed estimate (`sameAs`), in compare order: named with it, never
   * weighed against it.
   */
  readonly sameEstimate: readonly string[];
  readonly relations: readonly Relation[];
  readonly assessment: Assessment;
  readonly summary: string;
}

export interface ClaimAnalysis {
  /** Every relation of the claim, in compare order. */
  readonly relations: readonly Relation[];
  /**
   * The claim's assessment: its one claimed figure's, or for several, their combination — the one they share,
   * `none` when none can be compared, else `mixed` (figures that can be compared decide; the others do not count).
   */
  readonly assessment: Assessment;
  /** The assessment in words: one sentence per claimed figure. */
  readonly summary: string;
  /** Each claimed figure's own reading, in the order claimed; empty when the claim gives no number. */
  readonly claimed: readonly ClaimedAnalysis[];
}

/**
 * Relations of every compared figure to the claimed one(s), and the overall computed assessment. Each claim is
 * analysed once per content generation, by its view (src/lib/views/claim-view.ts), and once by the checker.
 */
export function analyseClaim(site: Site, claim: Claim): ClaimAnalysis {
  const { messages, metricById } = site;
  const claimedFigures = claim.claimed.flatMap((id) => site.figureById.get(id) ?? []);
  const own = new Set(claim.claimed);
  // One relation per estimate: later reports of an estimate already compared join its relation.
  const firstOfEstimate = new Map<string, string[]>();
  // Other reports of a claimed estimate join the claimed figure: an estimate cannot check itself.
  const claimedReports = new Map(claimedFigures.map((figure) => [figure.estimate, [] as string[]]));
  for (const [estimate, reports] of claimedReports) firstOfEstimate.set(estimate, reports);
  const relations = claim.compare.flatMap((entry, compareIndex): Relation[] => {
    const other = site.figureById.get(entry.figure);
    if (!other || own.has(other.id)) return [];
    const reports = firstOfEstimate.get(other.estimate);
    if (reports) {
      reports.push(other.id);
      return [];
    }
    const sameEstimate: string[] = [];
    firstOfEstimate.set(other.estimate, sameEstimate);
    const claimed = claimedFor(other, claimedFigures, metricById);
    if (!claimed) {
      return [
        {
          figure: other.id,
          claimed: undefined,
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
    const computed = relationBetween({ claimed, other, metricById });
    const shown = entry.stance ?? computed.kind;
    return [
      {
        figure: other.id,
        claimed: claimed.id,
        compareIndex,
        sameEstimate,
        computed,
        stance: entry.stance,
        shown,
        direction:
          shown === 'contradicts'
            ? (computed.direction ?? sideOf(valueInterval(claimed), valueInterval(other)))
            : undefined,
        sentence: relationSentence({ claimed, other, relation: computed, metricById, messages }),
      },
    ];
  });
  if (claimedFigures.length === 0) {
    const assessment = assess(relations);
    return {
      relations,
      assessment,
      summary: summarise({ assessment, relations, claimed: undefined, messages }),
      claimed: [],
    };
  }
  const perClaimed = claimedFigures.map((figure): ClaimedAnalysis => {
    const own = relations.filter((relation) => relation.claimed === figure.id);
    const assessment = assess(own);
    const claimed = { value: valueOf(figure, metricById, messages), worded: isWorded(figure) };
    return {
      figure: figure.id,
      sameEstimate: claimedReports.get(figure.estimate) ?? [],
      relations: own,
      assessment,
      summary: summarise({ assessment, relations: own, claimed, messages }),
    };
  });
  return {
    relations,
    assessment: combine(perClaimed.map((entry) => entry.assessment)),
    summary: perClaimed.map((entry) => entry.summary).join(' '),
    claimed: perClaimed,
  };
}

/**
 * The claimed figure an estimate is weighed against: the one of its metric; else one whose metric includes it or
 * is part of it; else the first claimed (against which it is context).
 */
function claimedFor(
  other: Figure,
  claimed: readonly Figure[],
  metricById: ReadonlyMap<string, Metric>,
): Figure | undefined {
  const related = (figure: Figure) =>
    (metricById.get(figure.metric)?.partOf ?? []).includes(other.metric) ||
    (metricById.get(other.metric)?.partOf ?? []).includes(figure.metric);
  return claimed.find((figure) => figure.metric === other.metric) ?? claimed.find(related) ?? claimed[0];
}

/** Several claimed figures' assessments as one: the one they share, else `mixed`; those that cannot be compared do not count. */
function combine(assessments: readonly Assessment[]): Assessment {
  const deciding = new Set(assessments.filter((assessment) => assessment !== 'none'));
  if (deciding.size === 0) return 'none';
  if (deciding.size === 1) return [...deciding][0] ?? 'none';
  return 'mixed';
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
  /** The claimed value with its unit, and whether it is worded ("more than 7,000"); undefined when there is none. */
  claimed: { readonly value: string; readonly worded: boolean } | undefined;
  messages: Messages;
}): string {
  const { assessment, relations, messages } = options;
  const hasFigure = options.claimed === undefined ? 'no' : options.claimed.worded ? 'worded' : 'yes';
  const claimed = { hasFigure, claimed: options.claimed?.value ?? '' };
  const count = (kind: RelationKind) => relations.filter((relation) => relation.shown === kind).length;
  const spelled = (n: number) => messages.format('number.spelled', { n });
  const counted = (kind: RelationKind) => ({ count: count(kind), countText: spelled(count(kind)) });
  switch (assessment) {
    case 'within':
      return messages.format('summary.agrees', { ...claimed, ...counted('corroborates') });
    case 'below':
      return messages.format('summary.below', { ...claimed, ...counted('contradicts') });
    case 'above':
      return messages.format('summary.above', { ...claimed, ...counted('contradicts') });
    case 'mixed':
      // A claim with no number is neither above nor below what contradicts it (the editor's stance says so).
      if (count('corroborates') === 0 && options.claimed === undefined) {
        return messages.format('summary.disagrees', { ...claimed, ...counted('contradicts') });
      }
      return count('corroborates') === 0
        ? messages.format('summary.bothSides', { ...claimed, ...counted('contradicts') })
        : messages.format('summary.mixed', {
            ...claimed,
            agree: count('corroborates'),
            agreeText: spelled(count('corroborates')),
            disagree: count('contradicts'),
            disagreeText: spelled(count('contradicts')),
          });
    case 'none':
      return messages.format('summary.none', claimed);
  }
}
