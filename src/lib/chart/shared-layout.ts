import { formatCompactNumber } from '../format/compact-number.ts';
import type { Messages } from '../messages/messages.ts';
import { weakMemo } from '../memo/weak-memo.ts';
import { timelineLayout, type TimelineLayout, type TimelineSeries } from './timeline-layout.ts';

// A claim's chart is laid out for its page, its embed, the embed's height, its chart image and its card: the same
// series at a handful of widths. Series come memoised from site-timelines.ts, so each is laid out once per width.
const layouts = weakMemo<readonly TimelineSeries[], string, TimelineLayout>();

/**
 * The layout of the series at this width, in the site's language (`messages`: compact y ticks, dates on the
 * x axis, a log scale's note); computed once per series, width and language.
 */
export function sharedTimelineLayout(options: {
  series: readonly TimelineSeries[];
  width: number;
  messages: Messages;
}): TimelineLayout {
  const { series, width, messages } = options;
  const { locale } = messages;
  return layouts(series, `${width} ${locale}`, () =>
    timelineLayout({ series, width, messages, formatTick: (value) => formatCompactNumber(value, { locale }) }),
  );
}
