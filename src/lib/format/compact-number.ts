const cache = new Map<string, Intl.NumberFormat>();

/**
 * A short number for axis ticks: "10K", "1M", "1.5"; below one, to two significant digits ("0.25", "0.0004"),
 * where one decimal wrote every tick of a scale of milligrams as 0.
 */
export function formatCompactNumber(value: number, { locale }: { locale: string }): string {
  const small = value !== 0 && Math.abs(value) < 1;
  const key = `${locale} ${small ? 'small' : 'compact'}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = small
      ? new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 })
      : new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    cache.set(key, formatter);
  }
  return formatter.format(value);
}
