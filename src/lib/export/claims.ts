import { absoluteUrl } from '../routes.ts';
import type { ClaimAnalysis, Relation } from '../compare/claim-analysis.ts';
import type { Claim, Site } from '../model/types.ts';
import { toCsv, toJson, toRecord, type Cell, type Column, type FieldDoc } from './csv.ts';
import {
  analysisOf,
  dateSpan,
  FIGURE_COLUMNS,
  figureRow,
  siteHeader,
  type ExportContext,
  type FigureRow,
} from './figures.ts';

/** A figure of a claim: the one it asserts, or one weighed against it with how it bears on the claim. */
export interface ClaimFigureRow extends FigureRow {
  readonly claim: Claim;
  readonly verdictLabel: string;
  readonly role: 'claimed' | 'compared';
  /** Undefined for the claimed figure. */
  readonly relation: Relation | undefined;
}

/** The columns that say how a compared figure bears on the claim; JSON `relations` objects use them too. */
export const RELATION_COLUMNS: readonly Column<Relation>[] = [
  { name: 'figure', meaning: 'downloads.relation.figure', example: 'nato-killed-2022-03-23', value: (r) => r.figure },
  {
    name: 'relation',
    meaning: 'downloads.relation.relation',
    example: 'contradicts',
    value: (r) => r.shown,
  },
  {
    name: 'computed_relation',
    meaning: 'downloads.relation.computed_relation',
    example: 'contradicts',
    value: (r) => r.computed?.kind ?? null,
  },
  {
    name: 'basis',
    meaning: 'downloads.relation.basis',
    example: 'same-date',
    value: (r) => r.computed?.basis ?? null,
  },
  {
    name: 'stance',
    meaning: 'downloads.relation.stance',
    example: 'context',
    value: (r) => r.stance ?? null,
  },
  {
    name: 'direction',
    meaning: 'downloads.relation.direction',
    example: 'below',
    value: (r) => r.direction ?? null,
  },
  {
    name: 'sentence',
    meaning: 'downloads.relation.sentence',
    example: { message: 'downloads.example.sentence' },
    value: (r) => r.sentence,
  },
  {
    name: 'same_estimate',
    meaning: 'downloads.relation.same_estimate',
    example: 'ap-nato-killed',
    value: (r) => (r.sameEstimate.length > 0 ? r.sameEstimate.join(' ') : null),
  },
  {
    name: 'claimed_figure',
    meaning: 'downloads.relation.claimed_figure',
    example: 'mod-killed-2022-03-25',
    value: (r) => r.claimed ?? null,
  },
];

const relationOf = (column: Column<Relation>): Column<ClaimFigureRow> => ({
  ...column,
  note: 'downloads.emptyOnClaimedRow',
  value: (row) => (row.relation ? column.value(row.relation) : null),
});

const ROLE_COLUMN: Column<ClaimFigureRow> = {
  name: 'role',
  meaning: 'downloads.claimCsv.role',
  example: 'compared',
  value: (row) => row.role,
};

/** The columns of a claim's CSV, in this order: the claim, the figure's role, the figure, its relation. */
export const CLAIM_CSV_COLUMNS: readonly Column<ClaimFigureRow>[] = [
  { name: 'claim', meaning: 'downloads.claimCsv.claim', example: 'mod-1351-killed', value: (row) => row.claim.slug },
  {
    name: 'claim_text',
    meaning: 'downloads.claimCsv.claim_text',
    example: { message: 'downloads.example.claimText' },
    value: (row) => row.claim.claim,
  },
  { name: 'verdict', meaning: 'downloads.claimCsv.verdict', example: 'understated', value: (row) => row.claim.verdict },
  {
    name: 'verdict_label',
    meaning: 'downloads.claimCsv.verdict_label',
    example: { message: 'downloads.example.verdictLabel' },
    value: (row) => row.verdictLabel,
  },
  ROLE_COLUMN,
  ...FIGURE_COLUMNS,
  ...RELATION_COLUMNS.filter((column) => column.name !== 'figure').map(relationOf),
];

const figureOrders = new WeakMap<Site, Map<string, number>>();

/** Each figure's place in the site's list, computed once per site (not once per claim: that was quadratic). */
function figureOrder(site: Site): Map<string, number> {
  let order = figureOrders.get(site);
  if (!order) {
    order = new Map(site.figures.map((figure, index) => [figure.id, index]));
    figureOrders.set(site, order);
  }
  return order;
}

/** The figures of a claim: the claimed ones first, in the order claimed, then the compared ones by date then id. */
export function claimFigureRows(context: ExportContext, claim: Claim, analysis: ClaimAnalysis): ClaimFigureRow[] {
  const { site } = context;
  const verdictLabel = site.ratingById.get(claim.verdict)?.label ?? claim.verdict;
  const order = figureOrder(site);
  const rows: ClaimFigureRow[] = [];
  for (const id of claim.claimed) {
    const claimed = site.figureById.get(id);
    if (claimed)
      rows.push({ ...figureRow(context, claimed), claim, verdictLabel, role: 'claimed', relation: undefined });
  }
  const compared = [...analysis.relations].sort(
    (a, b) => (order.get(a.figure) ?? 0) - (order.get(b.figure) ?? 0) || a.figure.localeCompare(b.figure),
  );
  for (const relation of compared) {
    const figure = site.figureById.get(relation.figure);
    if (figure) rows.push({ ...figureRow(context, figure), claim, verdictLabel, role: 'compared', relation });
  }
  return rows;
}

/** `claims/<slug>.csv`: one row per figure of the claim, with how it bears on the claim. */
export function claimCsv(context: ExportContext, claim: Claim): string {
  return toCsv(CLAIM_CSV_COLUMNS, claimFigureRows(context, claim, analysisOf(context, claim)));
}

/** One claim in `claims.json` and `claims/<slug>.json`. */
export interface ClaimEntry {
  readonly slug: string;
  readonly url: string;
  readonly title: string;
  readonly claim: string;
  readonly claimant: string;
  readonly claimant_type: 'person' | 'organization';
  readonly claim_date: string;
  readonly claim_date_start: string;
  readonly claim_date_end: string;
  readonly date_note: string | null;
  readonly appearance: string;
  readonly appearance_title: string | null;
  readonly appearance_url: string | null;
  readonly verdict: string;
  readonly verdict_label: string;
  readonly verdict_value: number | null;
  readonly summary: string;
  readonly assessment: ClaimAnalysis['assessment'];
  readonly assessment_summary: string;
  readonly published: string;
  readonly updated: string | null;
  readonly author: string | null;
  readonly tags: readonly string[];
  readonly corrections: ReadonlyArray<{ readonly date: string; readonly text: string }>;
  readonly figures: ReadonlyArray<Record<string, Cell>>;
  readonly relations: ReadonlyArray<Record<string, Cell>>;
  readonly claimed_figures: readonly string[];
  readonly reviewer: string | null;
  readonly claimant_url: string | null;
  readonly language: string;
}

/** The fields of a claim in the JSON downloads, in order. */
export const CLAIM_FIELDS: readonly FieldDoc[] = [
  { name: 'slug', meaning: 'downloads.claim.slug', example: 'mod-1351-killed' },
  { name: 'url', meaning: 'downloads.claim.url', example: 'https://factcheck.example.org/claims/mod-1351-killed/' },
  { name: 'title', meaning: 'downloads.claim.title', example: { message: 'downloads.example.title' } },
  { name: 'claim', meaning: 'downloads.claim.claim', example: { message: 'downloads.example.claimText' } },
  { name: 'claimant', meaning: 'downloads.claim.claimant', example: { message: 'downloads.example.by' } },
  { name: 'claimant_type', meaning: 'downloads.claim.claimant_type', example: 'organization' },
  { name: 'claim_date', meaning: 'downloads.claim.claim_date', example: '2022-03-25' },
  { name: 'claim_date_start', meaning: 'downloads.claim.claim_date_start', example: '2022-03-25' },
  { name: 'claim_date_end', meaning: 'downloads.claim.claim_date_end', example: '2022-03-25' },
  { name: 'date_note', meaning: 'downloads.claim.date_note', example: { message: 'downloads.example.dateNote' } },
  { name: 'appearance', meaning: 'downloads.claim.appearance', example: 'ap-2022-03-25' },
  {
    name: 'appearance_title',
    meaning: 'downloads.claim.appearance_title',
    example: { message: 'downloads.example.appearanceTitle' },
  },
  {
    name: 'appearance_url',
    meaning: 'downloads.claim.appearance_url',
    example: 'https://news.example.org/a',
  },
  { name: 'verdict', meaning: 'downloads.claim.verdict', example: 'understated' },
  {
    name: 'verdict_label',
    meaning: 'downloads.claim.verdict_label',
    example: { message: 'downloads.example.verdictLabel' },
  },
  { name: 'verdict_value', meaning: 'downloads.claim.verdict_value', example: '1' },
  { name: 'summary', meaning: 'downloads.claim.summary', example: { message: 'downloads.example.summary' } },
  {
    name: 'assessment',
    meaning: 'downloads.claim.assessment',
    example: 'below',
  },
  {
    name: 'assessment_summary',
    meaning: 'downloads.claim.assessment_summary',
    example: { message: 'downloads.example.assessmentSummary' },
  },
  { name: 'published', meaning: 'downloads.claim.published', example: '2026-11-21' },
  { name: 'updated', meaning: 'downloads.claim.updated', example: '2026-11-22' },
  { name: 'author', meaning: 'downloads.claim.author', example: { message: 'downloads.example.author' } },
  { name: 'tags', meaning: 'downloads.claim.tags', example: { message: 'downloads.example.tags' } },
  {
    name: 'corrections',
    meaning: 'downloads.claim.corrections',
    example: { message: 'downloads.example.corrections' },
  },
  {
    name: 'figures',
    meaning: 'downloads.claim.figures',
    example: '[{ "role": "claimed", "figure": "mod-killed-2022-03-25", … }]',
  },
  {
    name: 'relations',
    meaning: 'downloads.claim.relations',
    example: '[{ "figure": "nato-killed-2022-03-23", "relation": "contradicts", … }]',
  },
  {
    name: 'claimed_figures',
    meaning: 'downloads.claim.claimed_figures',
    example: '["mod-killed-2022-03-25", "mod-wounded-2022-03-25"]',
  },
  { name: 'reviewer', meaning: 'downloads.claim.reviewer', example: { message: 'downloads.example.reviewer' } },
  { name: 'claimant_url', meaning: 'downloads.claim.claimant_url', example: 'https://example.org/minister' },
  { name: 'language', meaning: 'downloads.claim.language', example: 'en' },
];

const CLAIM_FIGURE_COLUMNS: readonly Column<ClaimFigureRow>[] = [ROLE_COLUMN, ...FIGURE_COLUMNS];

export function claimEntry(context: ExportContext, claim: Claim): ClaimEntry {
  const { site, routes } = context;
  const analysis = analysisOf(context, claim);
  const rows = claimFigureRows(context, claim, analysis);
  const rating = site.ratingById.get(claim.verdict);
  const appearance = site.sourceById.get(claim.appearance);
  const claimDate = dateSpan(claim.claimDateParsed);
  return {
    slug: claim.slug,
    url: absoluteUrl(site.config.url, routes.claim(claim.slug)),
    title: claim.title,
    claim: claim.claim,
    claimant: claim.claimant,
    claimant_type: claim.claimantType,
    claim_date: claim.claimDate,
    claim_date_start: claimDate.start,
    claim_date_end: claimDate.end,
    date_note: claim.dateNote ?? null,
    appearance: claim.appearance,
    appearance_title: appearance?.title ?? null,
    appearance_url: appearance?.url ?? null,
    verdict: claim.verdict,
    verdict_label: rating?.label ?? claim.verdict,
    verdict_value: rating?.value ?? null,
    summary: claim.summary,
    assessment: analysis.assessment,
    assessment_summary: analysis.summary,
    published: claim.published,
    updated: claim.updated ?? null,
    author: claim.author ?? null,
    tags: [...claim.tags],
    corrections: claim.corrections.map(({ date, text }) => ({ date, text })),
    figures: rows.map((row) => toRecord(CLAIM_FIGURE_COLUMNS, row)),
    relations: rows.flatMap((row) => (row.relation ? [toRecord(RELATION_COLUMNS, row.relation)] : [])),
    claimed_figures: [...claim.claimed],
    reviewer: claim.reviewer ?? null,
    claimant_url: claim.claimantUrl ?? null,
    language: claim.lang,
  };
}

/** `claims/<slug>.json`: the site header and the claim with its figures and relations. */
export function claimJson(context: ExportContext, claim: Claim): string {
  return toJson({ site: siteHeader(context.site), claim: claimEntry(context, claim) });
}

/** `claims.json`: the site header and every claim, newest first (the order of the home page). */
export function claimsJson(context: ExportContext): string {
  return toJson({
    site: siteHeader(context.site),
    claims: context.site.claims.map((claim) => claimEntry(context, claim)),
  });
}
