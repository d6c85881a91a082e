/**
 * The methodology page (src/pages/methodology.astro), one message per heading and paragraph. `<link>` and named tags
 * are links; `<em>` and `<strong>` are emphasis (src/components/Message.astro).
 */
export const methodology = {
  /** The page's title and its navigation item's current page. */
  'methodology.title': 'Methodology',
  'methodology.description': 'How we check claims about numbers, our rating scale and our corrections policy.',
  'methodology.heading': 'How we check',
  'methodology.lede':
    'Every fact-check on this site weighs each number a claim states against the figures other sources report for the same thing at about the same time. We show every figure we used, where it came from and the exact words it came from.',

  'methodology.sourcesHeading': 'Sources and figures',
  /** `<link>` links to the list of sources. */
  'methodology.sources':
    'We archive the text of every document we rely on and publish it on its <link>source page</link>. Each figure we take from a document is recorded with the exact quote that states it, and the build refuses a quote that does not occur in the archived text. We record only what a text shows: where a text gives no outlet, author or date, we say it is not shown. Where we infer a date — from “yesterday” or “on Wednesday” — the page says so and how.',
  'methodology.figures':
    'A figure is a best estimate, a range, or a bound. “More than 7,000” is a lower bound; “up to 40,000” an upper bound; “roughly”, “about” or “almost” mark an approximate figure. Dates are kept at the precision the text gives: a day, a month, a year, or a span when only that is known, and marked approximate or uncertain where the text hedges.',

  'methodology.metricsHeading': 'Like with like',
  /** `<link>` links to the list of metrics. */
  'methodology.metrics':
    'Each figure counts one <link>metric</link>, with a definition that says what is and is not counted. Killed, wounded and total losses are separate metrics; a part (killed) can never exceed its whole (killed, wounded, captured or missing) at the same date, and a running total cannot fall.',

  'methodology.comparisonHeading': 'How figures are compared',
  'methodology.comparison':
    'Claimline computes how every compared figure bears on the claimed one, says it in a sentence on the claim page and draws it on the timeline. The rules are mechanical, so anyone can check them:',
  /** `{tolerance}` is the percentage an approximate figure is widened by. */
  'methodology.rule.values':
    '<strong>Values.</strong> An exact figure is a single number; a range runs from its low to its high end; “more than” has no upper bound and “up to” no lower one. An approximate figure is widened by {tolerance, number} % of each bound on both sides: “about 500” allows 450 to 550.',
  /** `{window}` is the default window of a metric, in days. */
  'methodology.rule.dates':
    '<strong>Dates.</strong> A date covers every day it may mean: “March 2022” is all of March. An approximate or uncertain date is widened by one unit of its precision (a day, a month or a year) on each side, but never to before the start of the metric’s count, nor to after the day its source was published. Two figures are <em>as of the same date</em> when every day either may mean lies within the metric’s window of the other — {window, plural, one {# day} other {# days}} unless the metric sets its own — or when one source states both with the same date.',
  'methodology.rule.periods':
    '<strong>Periods.</strong> For a metric that is not a running total (a yearly average, a rate), a date is the period the value describes: two figures for 2024 are for the same period, and so is a figure for June 2024 with one for 2024. They are compared as of the same date. An approximate or uncertain date is not a period, and follows the window. For a running total, a date is the day the count was made, and only the window applies.',
  'methodology.rule.sameDate':
    '<strong>Same metric, same date.</strong> If the values overlap, the estimate <em>agrees</em> with the claim; if not, it <em>disagrees</em>, and the sentence says whether the claim is above or below it and by how much. A value equal to a strict bound (“more than 7,000”, “less than 100”) lies outside it.',
  'methodology.rule.runningTotal':
    '<strong>Same running total, different dates.</strong> A count that can only grow cannot be lower later: a later figure whose upper bound is below an earlier lower bound disagrees. Otherwise the figure is context, in line with a count that grew.',
  'methodology.rule.parts':
    '<strong>Parts and wholes.</strong> A part (killed) above its whole (killed and wounded) at the same date — or above a running-total whole dated later — disagrees. Otherwise it is context.',
  'methodology.rule.oneEstimate':
    '<strong>One estimate, one count.</strong> An estimate reported by several sources (NATO’s range, as NATO’s own briefing and a news agency report it) is one estimate: it is compared once, drawn once and listed once, with every source that reports it. Another report of the claimed estimate is not a check on it.',
  'methodology.rule.else':
    '<strong>Anything else</strong> — another metric, dates too far apart or too imprecise — is context.',
  'methodology.overall':
    'Over all compared figures, the claimed number is <em>within</em> them (every estimate that decides agrees), <em>below</em> or <em>above</em> them (every one disagrees, on that side), <em>mixed</em>, or no estimate can be compared with it. A claim that states several numbers (“1,351 died and 3,825 were injured”) has each checked on its own, against the estimates of its own measure; the claim’s reading is the one they share, or mixed, and a number nothing can be compared with does not count. An editor may read an estimate differently from the rules, for reasons the fact-check gives; the page shows the editor’s reading, a folded note for reviewers gives the rules’ one, and our checker warns before publication whenever a stance or a verdict disagrees with the computation. The checker also reports figures of one metric that cannot all be right — a running total that falls, a part above its whole — and each metric page lists them.',

  'methodology.ratingsHeading': 'Our rating scale',
  'methodology.ratings': 'From best to worst. The number is the value we publish in schema.org ClaimReview markup.',

  'methodology.correctionsHeading': 'Corrections policy',
  /** `<corrections>` links to the corrections page, `<about>` to About us. */
  'methodology.corrections':
    'When we get something wrong we correct the fact-check, date the correction and say what changed at the foot of the page. We do not silently edit a verdict. Every correction is also listed, newest first, on our <corrections>corrections page</corrections>. <about>About us</about> says how to propose a correction or submit a claim for checking.',
} as const;
