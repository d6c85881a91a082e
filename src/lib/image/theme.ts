import type { MarkRole } from '../chart/symbols.ts';
import type { RatingTone } from '../format/rating-tone.ts';

/** Inter first: the PNG renderer has it (fonts.ts); a standalone SVG elsewhere falls back to a common sans. */
export const FONT_STACK = "Inter, 'Noto Sans Arabic', 'Helvetica Neue', Arial, sans-serif";

/**
 * The light theme of the stylesheets (src/styles/) as plain values: images carry their colours inline, since a
 * standalone SVG or a PNG has no stylesheet. A unit test keeps these equal to the stylesheet's.
 */
export const LIGHT = {
  bg: '#fdfcfa',
  surface: '#f3f1ec',
  text: '#1c1b19',
  muted: '#5b5852',
  border: '#d9d5cc',
  link: '#0b5cad',
  accent: '#8a3b12',
  positive: '#1b6e3a',
  positiveBg: '#e3f3e8',
  neutral: '#7a5200',
  neutralBg: '#fbf0d4',
  negative: '#a31d1d',
  negativeBg: '#fbe4e2',
  claimed: '#5b2bb5',
} as const;

/** Each role's colour, as the page's `--c-<role>` variables. */
export const ROLE_COLOURS: Record<MarkRole, string> = {
  claimed: LIGHT.claimed,
  corroborates: LIGHT.positive,
  contradicts: LIGHT.negative,
  context: LIGHT.muted,
  figure: LIGHT.link,
};

/** A verdict badge's colours by the rating's tone. */
export const TONE_COLOURS: Record<RatingTone, { readonly fg: string; readonly bg: string }> = {
  positive: { fg: LIGHT.positive, bg: LIGHT.positiveBg },
  neutral: { fg: LIGHT.neutral, bg: LIGHT.neutralBg },
  negative: { fg: LIGHT.negative, bg: LIGHT.negativeBg },
};
