/**
 * Whether a metric's unit is a percentage ("%", "% of GDP", "percent", "per cent", "percentage points", or the
 * same word in a language Claimline has a catalog for): the difference between two of its values is then said in
 * percentage points ("1.3 percentage points more than"), never as a percentage of a percentage ("11% more than").
 */
export function isPercentageUnit(unit: string | undefined): boolean {
  return unit !== undefined && PERCENTAGE.test(unit.trim());
}

const PERCENTAGE = new RegExp(
  [
    '^[%٪]', // the sign, alone or first: "%", "% of GDP"; Arabic's own sign
    '^per ?cent(age)?\\b', // English: "percent", "per cent", "percentage points"; not "percentile"
    '^pour ?cent', // French
    '^por ?ciento', // Spanish
    '^por ?cento', // Portuguese
    '^prozent', // German
    '^процент', // Russian
    '^відсот', // Ukrainian
    '^(في ال|بال)(مئة|مائة)', // Arabic: "في المئة", "بالمئة"
  ].join('|'),
  'iu',
);
