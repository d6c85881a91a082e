/**
 * Text set apart from the direction of the sentence around it (Unicode's first-strong isolate … pop directional
 * isolate): a French title inside an Arabic sentence keeps its own order, and its punctuation stays with it.
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}
