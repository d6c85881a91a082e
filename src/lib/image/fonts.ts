import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fontMetrics, type FontMetrics } from './font-metrics.ts';
import type { FontWeight, TextMeasure } from './text.ts';

/**
 * The typeface of every image: Inter (Latin, Cyrillic, Greek), with Noto Sans Arabic for the Arabic script, which
 * Inter lacks, as the static TrueType files of `@expo-google-fonts` (resvg reads TTF/OTF, not the WOFF of
 * `@fontsource`). Images name them first in their font stack (theme.ts); the PNG renderer loads only these files and
 * falls back from one to the other glyph by glyph, so output never depends on the fonts of the machine.
 */
export const FONT_FAMILY = 'Inter';

const STYLES: Record<FontWeight, string> = { 400: '400Regular', 600: '600SemiBold', 700: '700Bold' };
const WEIGHTS: readonly FontWeight[] = [400, 600, 700];

const require = createRequire(import.meta.url);

const interFiles = WEIGHTS.map((weight) =>
  require.resolve(`@expo-google-fonts/inter/${STYLES[weight]}/Inter_${STYLES[weight]}.ttf`),
);
const arabicFiles = WEIGHTS.map((weight) =>
  require.resolve(`@expo-google-fonts/noto-sans-arabic/${STYLES[weight]}/NotoSansArabic_${STYLES[weight]}.ttf`),
);

/** Absolute paths of the font files: each weight the images use, Inter's then Noto Sans Arabic's. */
export const fontFiles: readonly string[] = [...interFiles, ...arabicFiles];

let metrics: Map<FontWeight, readonly FontMetrics[]> | undefined;

/**
 * Text width in pixels, from the advance widths of the same font files the renderer draws with: each character
 * from the first font that has it, as the renderer picks it.
 */
export const measureText: TextMeasure = (text, size, weight = 400) => {
  metrics ??= new Map(
    WEIGHTS.map((key, index) => [
      key,
      [interFiles[index], arabicFiles[index]].map((file) => fontMetrics(readFileSync(file ?? ''))),
    ]),
  );
  const fonts = metrics.get(weight) ?? [];
  let width = 0;
  for (const char of text) width += (fonts.find((font) => font.covers(char)) ?? fonts[0])?.width(char) ?? 0;
  return width * size;
};
