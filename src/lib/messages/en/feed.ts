/** The RSS feed's items. */
export const feed = {
  /** An item's description: the verdict's label, then the editor's summary. */
  'feed.item': '{verdict}: {summary}',
} as const;
