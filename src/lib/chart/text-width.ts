/**
 * How wide a line of chart text may be, in pixels, before it is drawn. Pages draw with the reader's system font,
 * so no metrics are known at build time: the widths here are those of DejaVu Sans, the widest of the common
 * system faces (Linux's default), so a label placed for it has room in Segoe UI, San Francisco or Roboto too.
 * Units are ems; bold glyphs are about 8 % wider than regular ones.
 */
const EM: ReadonlyArray<readonly [RegExp, number]> = [
  [/[0-9]/u, 0.7],
  [/[.,:;'’|!]/u, 0.38],
  [/\s/u, 0.35],
  [/[-–—−()[\]]/u, 0.5],
  [/[a-z]/u, 0.68],
  [/[A-Z]/u, 0.8],
  // Any other script: CJK and other wide glyphs take a full em.
  [/[\u1100-\uffff]/u, 1],
];

/** The width of `text` set at `fontSize` pixels, bold (labels) or regular (ticks). */
export function textWidth(text: string, fontSize: number, weight: 'bold' | 'regular' = 'bold'): number {
  let ems = 0;
  for (const char of text) ems += EM.find(([pattern]) => pattern.test(char))?.[1] ?? 0.72;
  return ems * fontSize * (weight === 'bold' ? 1 : 0.92);
}
