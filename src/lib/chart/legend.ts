// The key of a chart, worked out once from its layout: pages draw it in HTML (src/components/Timeline.astro),
// standalone images in SVG (src/lib/image/chart-svg.ts). It names only what the chart draws.
import type { MessageId, Messages } from '../messages/messages.ts';
import { MARK_ROLES, roleMessage, type MarkRole } from './symbols.ts';
import type { TimelineLayout } from './timeline-layout.ts';

/** One entry of the key: a mark's role (its symbol), or a kind of line, with the message that names it. */
export type LegendEntry =
  | { readonly kind: 'role'; readonly role: MarkRole; readonly message: MessageId }
  | { readonly kind: 'range' | 'span' | 'approx'; readonly message: MessageId };

/** Each role drawn, in the roles' order; then ranges or bounds, date spans and approximate figures, if drawn. */
export function timelineLegend(layout: TimelineLayout): LegendEntry[] {
  const marks = layout.panels.flatMap((panel) => panel.marks);
  const roles = MARK_ROLES.filter((role) => marks.some((mark) => mark.role === role));
  return [
    ...roles.map((role): LegendEntry => ({ kind: 'role', role, message: roleMessage(role) })),
    ...(marks.some((mark) => mark.range || mark.arrow) ? [{ kind: 'range', message: 'chart.key.range' } as const] : []),
    ...(marks.some((mark) => mark.span) ? [{ kind: 'span', message: 'chart.key.span' } as const] : []),
    ...(marks.some((mark) => mark.approx) ? [{ kind: 'approx', message: 'chart.key.approx' } as const] : []),
  ];
}

/**
 * The key to a layout's numbered marks, and what could not be labelled at all, as one sentence for under the
 * chart; undefined when every mark has its label.
 */
export function calloutNote(layout: TimelineLayout, messages: Messages): string | undefined {
  const parts = [
    ...(layout.callouts.length
      ? [
          messages.format('chart.callouts', {
            list: layout.callouts
              .map((callout) => messages.format('chart.callout', { number: callout.number, label: callout.text }))
              .join('; '),
          }),
        ]
      : []),
    ...(layout.unlabelled ? [messages.format('chart.unlabelled', { count: layout.unlabelled })] : []),
  ];
  return parts.length ? parts.join(' ') : undefined;
}
