// How tall an embed's frame starts, before its script reports the real height: estimated from its text blocks,
// its chart's layout and its key, for a phone's frame and the widest one.
import { timelineLegend } from '../chart/legend.ts';
import type { Site } from '../model/types.ts';
import type { ChartPanels, ChartView } from '../views/chart-view.ts';

/** Widest the embed's content gets (the chart's widest layout); oEmbed's `width`. */
export const EMBED_WIDTH = 720;

/** A run of text in the embed: its length in characters, at its type's size, decides how many lines it takes. */
export interface TextBlock {
  readonly text: string;
  /** Font size in pixels, at full size and in the compact layout (0: not shown there). */
  readonly size: number;
  readonly compactSize: number;
  /** Average character width, in ems (serif text is narrower than bold sans). */
  readonly em: number;
  /** Line height, as a multiple of the font size. */
  readonly leading: number;
  /** Margins and padding around it, in pixels. */
  readonly extra: number;
}

/**
 * The embed's height before its script measures it, for the snippet's iframe: the larger of its height in a
 * phone's 360 px frame (the compact layout, which embed.css applies up to 560 px without any script) and at its
 * widest, 720 px. Text blocks are wrapped at rough characters per line from embed.css's type; the chart is its
 * layout for that width, scaled to the content's width; the key flows its entries into rows. Rounded up to 10 px,
 * on the generous side: a frame without the script shows a little space under the credit, never a cut.
 */
export function estimateHeight(
  chart: ChartView,
  blocks: readonly TextBlock[],
  { messages, panels }: { messages: Site['messages']; panels: ChartPanels },
): number {
  const at = (frame: number) => {
    const compact = frame <= COMPACT_MAX;
    const padding = compact ? { x: 12, y: 10 } : { x: 16, y: 12 };
    const content = frame - 2 * padding.x - 2;
    const text = blocks.reduce((sum, block) => {
      const size = compact ? block.compactSize : block.size;
      if (size === 0) return sum;
      const perLine = Math.max(1, Math.floor(content / (size * block.em)));
      const lines = block.text === '' ? 1 : Math.ceil(block.text.length / perLine);
      return sum + lines * size * block.leading + block.extra;
    }, 0);
    if (chart.series.length === 0) return 2 * padding.y + 2 + text;
    const layout = chart.layout(content < 560 ? 360 : 720, panels);
    const drawn = layout.height * (content / layout.width) + 12;
    // The note under a chart that leaves panels out, or numbers marks: a line or two of small text.
    const noted = layout.panels.length < chart.series.length || layout.callouts.length > 0 ? 2 * 21 + 8 : 0;
    const keySize = compact ? 12 : 14;
    let rows = 1;
    let x = 0;
    for (const entry of timelineLegend(layout)) {
      const width = 24 + messages.format(entry.message).length * keySize * 0.55;
      if (x > 0 && x + width > content) {
        rows++;
        x = 0;
      }
      x += width + 16;
    }
    return 2 * padding.y + 2 + text + drawn + noted + rows * (keySize * 1.5 + 4) + 12;
  };
  // A margin for type wider than these averages: a little space under the credit rather than a cut.
  return Math.ceil((Math.max(at(360), at(EMBED_WIDTH)) * 1.04 + 20) / 10) * 10;
}

/** The widest frame embed.css lays out compact. */
const COMPACT_MAX = 560;

export const kicker = (text: string): TextBlock => ({
  text,
  size: 13,
  compactSize: 13,
  em: 0.68,
  leading: 1.5,
  extra: 0,
});
export const heading = (text: string): TextBlock => ({
  text,
  size: 20,
  compactSize: 0,
  em: 0.52,
  leading: 1.3,
  extra: 12,
});
export const quoted = (text: string): TextBlock => ({
  text,
  size: 17,
  compactSize: 16,
  em: 0.5,
  leading: 1.5,
  extra: 16,
});
export const small = (text: string, extra = 0): TextBlock => ({
  text,
  size: 14,
  compactSize: 13,
  em: 0.56,
  leading: 1.5,
  extra,
});
export const caption = (text: string, extra = 8): TextBlock => ({
  text,
  size: 16,
  compactSize: 15,
  em: 0.6,
  leading: 1.5,
  extra,
});
export const VERDICT: TextBlock = { text: '', size: 28, compactSize: 28, em: 1, leading: 1, extra: 4 };
/** The chart's source line: not shown in the compact layout. */
export const sourcesLine = (site: Site, lines: readonly string[]): TextBlock => ({
  ...small(
    [
      site.messages.format('chart.sources', { sources: lines.join(site.messages.format('punctuation.semicolon')) }),
      site.messages.format('chart.values.fullPage'),
    ].join(' '),
    8,
  ),
  compactSize: 0,
});
