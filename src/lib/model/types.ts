import type { Messages } from '../messages/messages.ts';
import type { DateInterval } from '../compare/date-interval.ts';
import type { ClaimData, FigureData, MetricData, Rating, SiteConfig, SourceData, Stance } from '../schema/index.ts';
import type { EdtfDate } from './edtf-date.ts';

export interface Metric extends Omit<MetricData, 'label' | 'unit' | 'definition'> {
  readonly id: string;
  /** What is counted, in the site's language (see `Site.untranslated`). */
  readonly label: string;
  readonly unit: string;
  readonly definition: string;
  readonly sinceDate: EdtfDate | undefined;
  /** Ids of the metrics that name this one in their `partOf`. */
  readonly parts: readonly string[];
}

export interface Figure extends FigureData {
  /** Id of the source that reports it. */
  readonly source: string;
  readonly date: EdtfDate;
  /**
   * The span of time `date` may denote, UTC milliseconds, both ends inclusive: widened where it is approximate or
   * uncertain, never before its metric's `since` nor after its source's publication (`figureSpan`).
   */
  readonly span: DateInterval;
  /**
   * The estimate it reports: the id of the figure its `sameAs` leads to, or its own id. Figures with one estimate are
   * one estimate reported by several sources, and count once.
   */
  readonly estimate: string;
}

export interface Source extends Omit<SourceData, 'figures'> {
  readonly id: string;
  /** The archived text. */
  readonly body: string;
  readonly publishedDate: EdtfDate | undefined;
  /** Ids of its figures, in the order the file lists them. */
  readonly figures: readonly string[];
  /** Path of the file, relative to the content folder. */
  readonly path: string;
}

/** A figure weighed against a claim, with the editor's stance if one was given. */
export interface Comparison {
  readonly figure: string;
  readonly stance: Stance | undefined;
}

/** The claim a translation translates, as its page names it. */
export interface ClaimOriginal {
  /** The original's language; its page has the translation's slug under that language. */
  readonly language: string;
  /** When the original last changed: its `updated` (else `published`) or its latest correction. */
  readonly changed: EdtfDate;
  /** Whether the original changed after the translation did: the page says so and links it. */
  readonly stale: boolean;
}

export interface Claim extends Omit<ClaimData, 'compare' | 'figure' | 'lang'> {
  /** The slug of its pages: its file name, or for a translation the original's (`translationOf`). */
  readonly slug: string;
  /** Its file name without extension: the id of its content-collection entry. */
  readonly entry: string;
  /** The language it is written in: its `lang`, else the site's default language. */
  readonly lang: string;
  /** The site's languages that have a page with this slug (the original and its translations), default first. */
  readonly languages: readonly string[];
  /** For a translation (`translationOf`), the claim it translates. */
  readonly original: ClaimOriginal | undefined;
  /**
   * Ids of the figures the claim asserts (`figure`: one, or a list), in the order written; empty when the claim
   * gives no number of its own.
   */
  readonly claimed: readonly string[];
  readonly claimDateParsed: EdtfDate;
  readonly publishedDate: EdtfDate;
  readonly updatedDate: EdtfDate | undefined;
  /** The compared figures: `compare` as written, or every other figure of the claimed figures' metrics. */
  readonly compare: readonly Comparison[];
  /** Whether `compare` was written by the editor (false: the default set). */
  readonly compareIsExplicit: boolean;
  /** Path of the file, relative to the content folder. */
  readonly path: string;
}

/** The whole linked content of a site, indexed once; every list is sorted and every id resolves. */
export interface Site {
  /** The settings, every text in this site's language (`config.language`); `config.languages` lists them all. */
  readonly config: SiteConfig;
  /** Every reader-facing string in the site's language (`config.language`). */
  readonly messages: Messages;
  /**
   * The text fields that lack this language and show another's, by key (`title`, `rating:<id>:label`,
   * `metric:<id>:definition`…), with the language they show: pages mark them with `lang`.
   */
  readonly untranslated: ReadonlyMap<string, string>;
  /** Metrics by id. */
  readonly metrics: readonly Metric[];
  /** Sources by publication date (undated last), then id. */
  readonly sources: readonly Source[];
  /** This language's claims, newest first: by `published`, then claim date, both descending, then slug. */
  readonly claims: readonly Claim[];
  /** Every figure, by date then id. */
  readonly figures: readonly Figure[];
  readonly metricById: ReadonlyMap<string, Metric>;
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly claimBySlug: ReadonlyMap<string, Claim>;
  readonly figureById: ReadonlyMap<string, Figure>;
  readonly ratingById: ReadonlyMap<string, Rating>;
  /** Figures of each metric, by date then id. */
  readonly figuresByMetric: ReadonlyMap<string, readonly Figure[]>;
  /** Claims that assert or compare each figure. */
  readonly claimsByFigure: ReadonlyMap<string, readonly Claim[]>;
}
