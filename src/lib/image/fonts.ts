import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fontMetrics, type FontMetrics } from './font-metrics.ts';
import type { FontWeight, TextMeasure } from './text.ts';

/**
 * The one typeface of every image: Inter, as the static TrueType files of `@expo-google-fonts/inter` (resvg
 * reads TTF/OTF, not the WOFF of `@fontsource`). Images name it first in their font stack (theme.ts); the PNG renderer
 * loads only these files, so output never depends on the fonts of the machine.
 */
export const FONT_FAMILY = 'Inter';

const STYLES: Record<FontWeight, string> = { 400: '400Regular', 600: '600SemiBold', 700: '700Bold' };
const WEIGHTS: readonly FontWeight[] = [400, 600, 700];

const require = createRequire(import.meta.url);

/** Absolute paths of the font files, one per weight the images use. */
export const fontFiles: readonly string[] = WEIGHTS.map((weight) =>
  require.resolve(`@expo-google-fonts/inter/${STYLES[weight]}/Inter_${STYLES[weight]}.ttf`),
);

let metrics: Map<FontWeight, FontMetrics> | undefined;

/** Text width in pixels, from the advance widths of the same font files the renderer draws with. */
export const measureText: TextMeasure = (text, size, weight = 400) => {
  metrics ??= new Map(WEIGHTS.map((key, index) => [key, fontMetrics(readFileSync(fontFiles[index] ?? ''))]));
  return (metrics.get(weight)?.width(text) ?? 0) * size;
};
