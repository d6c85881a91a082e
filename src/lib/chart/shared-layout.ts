import { formatCompactNumber } from '../format/compact-number.ts';
import { weakMemo } from '../memo/weak-memo.ts';
import { timelineLayout, type TimelineLayout, type TimelineSeries } from './timeline-layout.ts';

// A claim's chart is laid out for its page, its embed, the embed's height, its chart image and its card: the same
// series at a handful of widths. Series come memoised from site-timelines.ts, so each is laid out once per width.
const layouts = weakMemo<readonly TimelineSeries[], string, TimelineLayout>();

/** The layout of the series at this width, y ticks in compact numbers of the locale; computed once per series. */
export function sharedTimelineLayout(options: {
  series: readonly TimelineSeries[];
  width: number;
  locale: string;
}): TimelineLayout {
  const { series, width, locale } = options;
  return layouts(series, `${width} ${locale}`, () =>
    timelineLayout({ series, width, formatTick: (value) => formatCompactNumber(value, { locale }) }),
  );
}
