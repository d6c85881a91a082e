/**
 * The documentation of the data downloads on the data page: each table's caption, what each column or field
 * means, and the generic examples that are words (ids, numbers, dates and addresses are written in the code).
 * The column NAMES are a public API and are not here: only what readers are told about them.
 *
 * Every meaning may use `{agrees}`, `{disagrees}`, `{context}` and `{claimed}`: the words the pages show for
 * each relation and for the claimed figure (the `role.*` messages).
 */
export const downloads = {
  'downloads.table.figureColumns': 'Columns of figures.csv and of each metric’s CSV',
  'downloads.table.claimCsvColumns': 'Columns of each fact-check’s CSV',
  'downloads.table.claimFields': 'Fields of each claim in claims.json and in each fact-check’s JSON',
  'downloads.table.relationFields': 'Fields of each object in a claim’s relations',
  'downloads.table.metricFields': 'Fields of the metric in each metric’s JSON',
  'downloads.table.siteFields': 'Fields of the site header of every JSON file',

  /** How to cite a download; the reader fills in the date. */
  'downloads.citation': '{title}, {publisher}, {url}, accessed [date]',
  /** A meaning followed by a note that holds in one file only. */
  'downloads.meaningWithNote': '{meaning}. {note}',
  'downloads.emptyOnClaimedRow': 'Empty on the claimed figure’s row',

  'downloads.figure.figure': 'Id of the figure, unique across the site',
  'downloads.figure.metric': 'Id of the metric the figure counts',
  'downloads.figure.metric_label': 'What the metric counts',
  'downloads.figure.unit': 'Unit of value, low and high',
  'downloads.figure.value': 'The best estimate, a number; empty when the source gives only bounds',
  'downloads.figure.low': 'Lower bound, a number: “more than”, or the start of a range; empty when there is none',
  'downloads.figure.high': 'Upper bound, a number: “up to”, or the end of a range; empty when there is none',
  'downloads.figure.approx':
    'true when the source hedges, as in “about” or “roughly”; the comparison then widens the figure by 10 %',
  'downloads.figure.value_text': 'The figure as the pages write it, in the site’s language',
  'downloads.figure.as_of':
    'Date the figure stands as of, in EDTF as written: a day, month or year, ~ approximate, ? uncertain, / an interval',
  'downloads.figure.as_of_start':
    'First day as_of may mean, in ISO 8601 (UTC); approximate and uncertain dates are widened by one unit, never before the metric’s since',
  'downloads.figure.as_of_end': 'Last day as_of may mean, read the same way, never after the source was published',
  'downloads.figure.date_note': 'How the date was inferred when the source does not state it',
  'downloads.figure.by': 'Who made the estimate',
  'downloads.figure.quote': 'The exact words of the source that state the figure',
  'downloads.figure.note': 'The editor’s note on how the figure was read',
  'downloads.figure.source': 'Id of the source that reports it',
  'downloads.figure.source_title': 'Title of the source document',
  'downloads.figure.source_url': 'Where the source was published, when known',
  'downloads.figure.figure_url': 'The quote, highlighted in the archived text on this site',
  'downloads.figure.same_as': 'Id of the figure of another source that reports the same estimate; empty when none',
  'downloads.figure.attribution':
    'How the source credits the estimate to “by”, when it does not say so plainly (e.g. “as cited by The New York Times”); empty when it does',
  'downloads.figure.bound':
    'How the text words low and high: strict for “more than” and “less than”, which leave the bound itself out; inclusive for “at least” and “up to”; empty when not said',

  'downloads.relation.figure': 'Id of the compared figure',
  'downloads.relation.relation':
    'How it bears on the claim, as the page shows it: corroborates, shown as “{agrees}”; contradicts, shown as “{disagrees}”; or context, shown as “{context}”',
  'downloads.relation.computed_relation':
    'The relation the comparison rules compute; empty when the claim names no figure of its own',
  'downloads.relation.basis':
    'Why: same-date, running-total, too-far-apart, loose-dates, part-of-whole, whole-of-part, different-metric or same-estimate',
  'downloads.relation.stance':
    'The editor’s stance, which the page shows instead of the computed relation; empty when none',
  'downloads.relation.direction':
    'Where the claimed figure sits relative to this one when they contradict: above or below',
  'downloads.relation.sentence': 'The comparison in words, as the claim page writes it',
  'downloads.relation.same_estimate':
    'Ids of the other compared figures that report the same estimate (sameAs), space-separated: the estimate counts once',
  'downloads.relation.claimed_figure':
    'Id of the claimed figure this one is weighed against, as a claim may assert several; empty when the claim names no figure',

  'downloads.claimCsv.claim': 'Slug of the fact-check',
  'downloads.claimCsv.claim_text': 'The claim as reviewed',
  'downloads.claimCsv.verdict': 'Id of the rating',
  'downloads.claimCsv.verdict_label': 'The rating as the page shows it',
  'downloads.claimCsv.role':
    'claimed: a figure the claim asserts, on the first rows; compared: a figure weighed against it',

  'downloads.claim.slug': 'Slug of the fact-check: its file name',
  'downloads.claim.url': 'The fact-check page',
  'downloads.claim.title': 'Headline of the fact-check',
  'downloads.claim.claim': 'The claim as reviewed',
  'downloads.claim.claimant': 'Who made the claim',
  'downloads.claim.claimant_type': 'person or organization',
  'downloads.claim.claim_date': 'When the claim was made, EDTF as written',
  'downloads.claim.claim_date_start': 'First day claim_date may mean, in ISO 8601',
  'downloads.claim.claim_date_end': 'Last day claim_date may mean, in ISO 8601',
  'downloads.claim.date_note': 'How the claim date was inferred, or null',
  'downloads.claim.appearance': 'Id of the source where the claim appeared',
  'downloads.claim.appearance_title': 'Title of that source',
  'downloads.claim.appearance_url': 'Where that source was published, or null',
  'downloads.claim.verdict': 'Id of the rating',
  'downloads.claim.verdict_label': 'The rating as the page shows it',
  'downloads.claim.verdict_value': 'The rating’s number on the scale; higher is more accurate',
  'downloads.claim.summary': 'The conclusion in one paragraph',
  'downloads.claim.assessment':
    'The computed assessment over all compared figures: within, above, below, mixed or none',
  'downloads.claim.assessment_summary': 'The computed assessment in words',
  'downloads.claim.published': 'When the fact-check was published, EDTF',
  'downloads.claim.updated': 'Its last substantive update, EDTF, or null',
  'downloads.claim.author': 'Who wrote it, or null',
  'downloads.claim.tags': 'Topic tags',
  'downloads.claim.corrections': 'Dated corrections, oldest first: objects with date (EDTF) and text',
  'downloads.claim.figures':
    'The claimed figure, then the compared ones by date: objects with role and the fields of figures.csv',
  'downloads.claim.relations':
    'How each compared figure bears on the claim, in the same order: objects with the relation fields below',
  'downloads.claim.claimed_figures':
    'Ids of the figures the claim asserts, in the order claimed: one, several, or none',
  'downloads.claim.reviewer': 'Who checked the fact-check before publication; empty when not given',
  'downloads.claim.claimant_url': 'A page of the claimant (their site or profile); empty when not given',
  'downloads.claim.language': 'The language the fact-check is written in (BCP 47)',

  'downloads.metric.id': 'Id of the metric',
  'downloads.metric.url': 'Its page on this site',
  'downloads.metric.label': 'What it counts',
  'downloads.metric.unit': 'Unit of every value',
  'downloads.metric.definition': 'What is and is not counted',
  'downloads.metric.cumulative': 'true for a running total, which cannot fall',
  'downloads.metric.since': 'EDTF start of the count, or null',
  'downloads.metric.window': 'Days apart two figures may be and still count as the same date',
  'downloads.metric.part_of': 'Ids of the metrics this one is a part of',
  'downloads.metric.parts': 'Ids of the metrics that are parts of this one',
  'downloads.metric.figures': 'Every figure of the metric, by date then id: objects with the fields of figures.csv',

  'downloads.site.title': 'Title of the site',
  'downloads.site.url': 'Its canonical address',
  'downloads.site.publisher': 'Who publishes it: an object with name and url',
  'downloads.site.license': 'Licence of the content and data',

  /** Generic examples that are words, shown where the site's own data has no value. */
  'downloads.example.metricLabel': 'Russian military personnel killed',
  'downloads.example.unit': 'people',
  'downloads.example.valueText': 'about 7,000–15,000',
  'downloads.example.dateNote': 'Inferred from “on Friday”',
  'downloads.example.by': 'Russian Ministry of Defence',
  'downloads.example.attribution': 'a senior NATO military official',
  'downloads.example.quote': 'To date, 1,351 servicemen have died',
  'downloads.example.note': 'The headline rounds it to 1,400',
  'downloads.example.sourceTitle': 'Russia raises its estimate to 1,400 troops lost in Ukraine',
  'downloads.example.sentence':
    'NATO estimated 7,000–15,000 people two days earlier: five to eleven times the claimed 1,351 people.',
  'downloads.example.claimText': '1,351 servicemen have died',
  'downloads.example.verdictLabel': 'Understated',
  'downloads.example.title': 'Russia’s official count was below every estimate',
  'downloads.example.appearanceTitle': 'Russia raises its estimate',
  'downloads.example.summary': 'The count is below every estimate.',
  'downloads.example.assessmentSummary': 'The claimed 1,351 people is below all 3 comparable estimates.',
  'downloads.example.author': 'Example Desk',
  'downloads.example.reviewer': 'Jane Doe',
  'downloads.example.tags': '["casualties"]',
  /** ICU quoting: the braces between apostrophes are text. */
  'downloads.example.corrections': `['{ "date": "2026-11-22", "text": "What changed." }']`,
  'downloads.example.definition': 'Deaths of Russian armed forces personnel.',
  'downloads.example.siteTitle': 'Counting the losses',
  'downloads.example.publisher': `'{ "name": "Example Desk", … }'`,
  'downloads.example.license': 'CC BY 4.0',
} as const;
