/**
 * How one estimate bears on a claimed figure, and the claim's overall reading: the sentences under every claim
 * chart. `{by}` is who made the estimate, `{other}` its value with its unit, `{when}` says when (relative to the
 * claimed figure, or a date), `{claimed}` is the claimed value as a phrase (`claimed.phrase`, dated when `{when}` is),
 * `{claimedValue}` the same value and date alone, for sentences whose subject is the claim ("the claim, 1,351 people,
 * is too low").
 */
export const relation = {
  'role.claimed': 'Claimed',
  'role.corroborates': 'Agrees',
  'role.contradicts': 'Disagrees',
  'role.context': 'Context',
  'role.figure': 'Estimate',

  'when.sameDay': 'the same day',
  'when.daysEarlier': '{days, plural, one {{spelled} day earlier} other {{spelled} days earlier}}',
  'when.daysLater': '{days, plural, one {{spelled} day later} other {{spelled} days later}}',
  'when.weeksEarlier': '{weeks, plural, one {{spelled} week earlier} other {{spelled} weeks earlier}}',
  'when.weeksLater': '{weeks, plural, one {{spelled} week later} other {{spelled} weeks later}}',
  /** A running total's date: "by" a day or a month; "as of" a span ("as of 14–20 March 2022"). */
  'when.by': '{span, select, yes {as of {date}} other {by {date}}}',
  /** A period a value describes (metrics that are not running totals): "for 2024". */
  'when.for': 'for {date}',
  /** A value at one day, for metrics that are not running totals. */
  'when.on': 'on {date}',
  /** The claimed value with its date, when the other estimate is dated absolutely. */
  'claimed.dated': '{value} {when}',
  /**
   * The claimed value in a sentence: "the claimed 1,351 people", or, when the value is worded ("more than 7,000",
   * "about 500"), "the claim of more than 7,000 people". `wording` is `plain` or `worded`.
   */
  'claimed.phrase': '{wording, select, worded {the claim of {value}} other {the claimed {value}}}',

  /** How far one value sits above another: "five to eleven times", "at least 19% more than", "just above". */
  'gap.times': '{low} to {high} times',
  'gap.aboutTimes': 'about {n} times',
  'gap.moreThanTimes': 'more than {n} times',
  'gap.percent': 'at least {ratio, number, percent} more than',
  'gap.just': 'just above',
  /** A percentage's gap, in points: `exact` is yes when both values are single and unhedged, else "at least". */
  'gap.points':
    '{exact, select, yes {} other {at least }}{n, plural, one {# percentage point} other {# percentage points}} more than',
  'gap.above': 'more than',

  'relation.matches': '{by} put the number at {other} {when}, the same as {claimed}.',
  'relation.includes':
    '{by} put the number at {other} {when}, {shape, select, range {a range that includes} other {which includes}} {claimed}.',
  'relation.within': '{by} put the number at {other} {when}, within {claimed}.',
  'relation.overlaps':
    '{by} put the number at {other} {when}, {shape, select, range {a range that overlaps} other {which overlaps}} {claimed}.',
  'relation.higher': '{by} put the number at {other} {when}: {gap} {claimed}.',
  'relation.lower': '{by} put the number at {other} {when}; the claim, {claimedValue}, is {gap} that.',
  'relation.totalTooLow':
    '{by} put the number at {other} {when}, so the claim, {claimedValue}, is too low: a running total only grows.',
  'relation.totalTooHigh':
    '{by} put the number at {other} {when}, so the claim, {claimedValue}, is too high: a running total only grows.',
  'relation.totalGrewFrom':
    '{by} put the number at {other} {when}. A running total can grow that far from {claimed}, so this does not check the claim.',
  'relation.totalGrewTo':
    '{by} put the number at {other} {when}. A running total can grow from that to {claimed}, so this does not check the claim.',
  'relation.looseDates':
    '{by} put the number at {other} {when}; the dates are too imprecise to tell whether that came before or after {claimed}.',
  'relation.tooFarApart': '{by} put the number at {other} {when}, too far in time from {claimed} to compare.',
  'relation.wholeBelowPart':
    '{by} put {otherMetric} at {other} {when}. That total includes {claimedMetric}, so it leaves no room for {claimed}.',
  'relation.wholeAbovePart': '{by} put {otherMetric} at {other} {when}, which leaves room for {claimed}.',
  'relation.partAboveWhole':
    '{by} put {otherMetric} alone at {other} {when}, already more than {claimed} of {claimedMetric}, which must include them.',
  'relation.partBelowWhole':
    '{by} put {otherMetric}, a part of {claimedMetric}, at {other} {when}, which fits within {claimed}.',
  'relation.differentMetric':
    '{by} put {otherMetric} at {other} {when}: a different measure from {claimedMetric}, so it gives context but cannot check the claim.',
  'relation.sameEstimate': 'This is the claimed estimate itself, as {by} reported it: {other}. It cannot check itself.',
  'relation.noClaimedFigure': '{by} put the number at {other} {when}. The claim gives no number to compare it with.',

  /**
   * The claim's reading from its estimates; `hasFigure` is "yes" when the claim gives a number (`claimed`), "worded"
   * when that number is worded ("more than 7,000"), "no" when it gives none. `countText`, `agreeText` and
   * `disagreeText` are the counts as a reader says them ("three", "14"; `number.spelled`).
   */
  'summary.agrees':
    '{hasFigure, select, no {The claim} other {At {claimed}, the claim}} agrees with {count, plural, one {the one comparable estimate} =2 {both comparable estimates} other {all {countText} comparable estimates}}.',
  'summary.below':
    '{hasFigure, select, no {The claim} other {At {claimed}, the claim}} is below {count, plural, one {the one comparable estimate} =2 {both comparable estimates} other {all {countText} comparable estimates}}.',
  'summary.above':
    '{hasFigure, select, no {The claim} other {At {claimed}, the claim}} is above {count, plural, one {the one comparable estimate} =2 {both comparable estimates} other {all {countText} comparable estimates}}.',
  'summary.bothSides':
    '{hasFigure, select, no {The claim} other {At {claimed}, the claim}} disagrees with {count, plural, other {{countText} comparable estimates}}: some are higher, some lower.',
  /** A claim that gives no number, and estimates the editor says contradict it (`stance`): no higher or lower. */
  'summary.disagrees':
    '{hasFigure, select, no {The claim} other {At {claimed}, the claim}} disagrees with {count, plural, one {the one comparable estimate} =2 {both comparable estimates} other {all {countText} comparable estimates}}.',
  'summary.mixed':
    '{hasFigure, select, no {The claim} other {At {claimed}, the claim}} agrees with {agree, plural, one {one comparable estimate} other {{agreeText} comparable estimates}} and disagrees with {disagree, plural, one {one} other {{disagreeText}}}.',
  'summary.none':
    'No estimate in our sources can be compared with {hasFigure, select, yes {the claimed {claimed}} worded {the claim of {claimed}} other {the claim, which gives no number}}.',
} as const;
