/** How values and dates are worded: figure values, bounds, units and date qualifiers. */
export const format = {
  /** A figure the text hedges ("about 500"). */
  'value.approximate': 'about {value}',
  /** Two bounds: "7,000–15,000". */
  'value.range': '{low}–{high}',
  /** Two strict bounds, as the text words them. */
  'value.betweenStrict': 'more than {low} and less than {high}',
  'value.moreThan': 'more than {low}',
  'value.atLeast': 'at least {low}',
  'value.lessThan': 'less than {high}',
  'value.upTo': 'up to {high}',
  /** A best estimate with its range: "12,000 (range 10,000–15,000)". */
  'value.withRange': '{value} (range {range})',
  /** A best estimate with one bound: "12,000 (more than 10,000)". */
  'value.withBound': '{value} ({bound})',
  /** A value with its metric's unit: "7,000–15,000 people", "1.55 °C". */
  'value.withUnit': '{value} {unit}',
  /** Between two parts of a line, as the language writes a comma: after a claimant, before the date. */
  'punctuation.comma': ', ',
  /** Between the items of a list whose items may hold commas, such as source titles. */
  'punctuation.semicolon': '; ',
  /** A date the text gives as approximate. */
  'date.approximate': 'around {date}',
  /** A date we are unsure of. */
  'date.uncertain': '{date} (uncertain)',
  'date.approximateUncertain': 'around {date} (uncertain)',
  /** Two dates that bound an interval when they cannot be written as one range. */
  'date.interval': '{start} – {end}',
  /** Small whole numbers written as words in sentences ("five to eleven times"). */
  'number.spelled':
    '{n, plural, =0 {no} =1 {one} =2 {two} =3 {three} =4 {four} =5 {five} =6 {six} =7 {seven} =8 {eight} =9 {nine} =10 {ten} =11 {eleven} =12 {twelve} other {#}}',
} as const;
