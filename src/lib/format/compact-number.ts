const cache = new Map<string, Intl.NumberFormat>();

/** A short number for axis ticks: "10K", "1M", "0.5". */
export function formatCompactNumber(value: number, { locale }: { locale: string }): string {
  let formatter = cache.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    cache.set(locale, formatter);
  }
  return formatter.format(value);
}
