/** The claim page, in the reader's order: claim, verdict, chart, reasoning, estimates, sources, corrections. */
export const claimPage = {
  'claim.kind': 'Fact-check',
  /** On a translation's page: the original's language (its name in the page's language) and a link to it. */
  'claim.translatedFrom':
    'This fact-check is a translation. The original is in {language}: <link>read the original</link>.',
  /** On a translation whose original changed after it did: when, and a link to the original. */
  'claim.translationStale':
    'The original was updated on {date}, after this translation. <link>Read the original</link> for the current version.',
  'claim.claimHeading': 'The claim',
  /** After the claimant and date: where the claim was made, linked to our page of that source. */
  'claim.appearedIn': 'appeared in <link>{title}</link>',
  'claim.verdictHeading': 'Verdict',
  /** The verdict's meaning on the site's scale, with a link to the whole scale. */
  'claim.ratingMeaning': '{label}: {description} <link>Our rating scale</link>.',
  'claim.figuresHeading': 'How the figures compare',
  'claim.chartValuesNote':
    'Each estimate is listed below under “The estimates”, with who made it and where it was published.',
  'claim.embedChart': 'Embed this chart',
  'claim.embedFactCheck': 'Embed this fact-check',
  'claim.reasoningHeading': 'Our reasoning',
  'claim.estimatesHeading': 'The estimates',
  /** The caption of a table of claimed figures with no estimate to weigh against them. */
  'claim.claimedCaption': '{claimed, plural, one {The claimed figure} other {The # claimed figures}}',
  'claim.estimatesCaption':
    '{hasFigure, select, yes {{claimed, plural, one {The claimed figure} other {The # claimed figures}} and {count, plural, one {the estimate} other {the # estimates}} weighed against {claimed, plural, one {it} other {them}}} other {{count, plural, one {The estimate} other {The # estimates}} weighed against the claim}}',
  'claim.column.estimate': 'Estimate',
  'claim.column.comparison': 'How it compares',
  'claim.column.source': 'Source',
  /** `claimed` is how many figures the claim states. */
  'claim.claimedRow':
    '{claimed, plural, one {The figure this fact-check is about.} other {One of the {claimedText} figures this fact-check is about.}}',
  /** Other reports of one estimate (`sameAs`), in its source cell. */
  /** `hasPublisher` is "yes" when the source names its publisher (`publisher`). */
  'claim.alsoReportedBy':
    '{hasPublisher, select, yes {also reported by {publisher}: <link>{title}</link>} other {also reported in <link>{title}</link>}}',
  'claim.noteLink': 'Note {number}',
  /** Who made an estimate and how the source credits them, under the source: "NATO: a senior NATO military official". */
  'claim.attribution': '{by}: {attribution}',
  'claim.notesSummary': 'Notes on the estimates and their dates',
  /** The computed reading, when the editor reads an estimate differently: for reviewers, folded. */
  'claim.reviewerNote':
    'For reviewers: by the numbers alone, the estimate by {by} would read “{computed}”; the editor reads it as “{shown}”, for the reasons given in the reasoning.',
  'claim.sourcesHeading': 'Sources we used',
  'claim.source.undated': 'undated',
  /** Where a source's text names no publisher: we record only what a text shows. */
  'claim.source.noPublisher': 'publisher not shown',
  'claim.source.original': 'original',
  'claim.source.archived': 'archived copy',
  'claim.correctionsHeading': 'Corrections',
  'claim.noCorrections': 'No corrections.',
  'claim.aboutHeading': 'About this fact-check',
  'claim.published': 'Published',
  'claim.updated': 'Last updated',
  'claim.author': 'By',
  'claim.tags': 'Tags',
  'claim.edit': 'Edit this page',
  'claim.history': 'History',
  'claim.transparency':
    'How we work: <methodology>our methodology</methodology> · <corrections>all corrections</corrections> · <about>about us, and how to submit a claim or a correction</about>.',
  'verdict.label': 'Verdict:',
  /** The figure tables of source and metric pages. */
  'figures.column.figure': 'Figure',
  'figures.column.metric': 'What it counts',
  'figures.column.date': 'As of',
  'figures.column.by': 'Estimated by',
  'figures.column.source': 'Source',
  'figures.inferred': 'date inferred',
} as const;
