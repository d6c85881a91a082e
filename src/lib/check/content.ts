import type { Problem } from './problem.ts';
import type { Claim, Site } from '../model/types.ts';
import type { ClaimAnalysis } from '../compare/claim-analysis.ts';
import type { ClaimData, MetricData, SiteFileData, SourceData } from '../schema/index.ts';
import type { ContentFile, EntryKind } from '../load/read-content.ts';

/** A content file that passed its schema, with the file kept for positions. */
export interface Entry<T> {
  readonly file: ContentFile;
  readonly data: T;
}

/** Every file of a content folder that passed its schema, in a stable order. */
export interface ValidatedContent {
  readonly site: Entry<SiteFileData> | undefined;
  readonly metrics: ReadonlyArray<Entry<MetricData>>;
  readonly sources: ReadonlyArray<Entry<SourceData>>;
  readonly claims: ReadonlyArray<Entry<ClaimData>>;
}

/** Where each figure was declared: its source entry and index within `figures`. */
export interface FigureDeclaration {
  readonly source: Entry<SourceData>;
  readonly index: number;
}

/** Lookups every cross-reference rule needs, built once. The first declaration of an id wins. */
export interface ContentIndex {
  readonly metricIds: ReadonlySet<string>;
  readonly sourceIds: ReadonlySet<string>;
  readonly ratingIds: ReadonlySet<string>;
  readonly claimSlugs: ReadonlySet<string>;
  readonly figures: ReadonlyMap<string, FigureDeclaration>;
}

export function indexContent(content: ValidatedContent): ContentIndex {
  const figures = new Map<string, FigureDeclaration>();
  for (const source of content.sources) {
    source.data.figures.forEach((figure, index) => {
      if (!figures.has(figure.id)) figures.set(figure.id, { source, index });
    });
  }
  return {
    metricIds: new Set(content.metrics.map((metric) => metric.file.id)),
    sourceIds: new Set(content.sources.map((source) => source.file.id)),
    ratingIds: new Set(content.site?.data.ratings.map((rating) => rating.id) ?? []),
    claimSlugs: new Set(content.claims.map((claim) => claim.file.id)),
    figures,
  };
}

/** A check over the whole validated content folder; `id` is the rule id its problems carry. */
export interface Rule {
  readonly id: string;
  /**
   * The kind of entry whose ids the rule looks references up in. When a file of that kind failed to read or
   * validate, its ids are missing from the index, so the rule is skipped rather than report false unknowns.
   */
  readonly lookup?: EntryKind;
  check(content: ValidatedContent, index: ContentIndex): Problem[];
}

/** What a site rule reads: the linked site, the files it came from, and each claim's analysis. */
export interface SiteRuleContext {
  readonly site: Site;
  readonly content: ValidatedContent;
  readonly index: ContentIndex;
  /** The claim's analysis, made once per check whichever rules ask for it. */
  analysis(claim: Claim): ClaimAnalysis;
}

/** A check over the linked site, run once content has no errors: computed comparisons, never lookups. */
export interface SiteRule {
  readonly id: string;
  check(context: SiteRuleContext): Problem[];
}
