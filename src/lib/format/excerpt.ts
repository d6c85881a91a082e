/** How long a search result or link preview shows a page's description: longer text is cut there anyway. */
export const DESCRIPTION_LENGTH = 160;

/**
 * Text cut to at most `max` characters (code points) at a word boundary, with an ellipsis when anything was cut;
 * whitespace runs become one space. A single word longer than `max` is cut inside the word.
 */
export function excerpt(text: string, max: number = DESCRIPTION_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  if (chars.length <= max) return clean;
  const room = chars.slice(0, max - 1).join('');
  const atSpace = room.lastIndexOf(' ');
  const cut = (atSpace > 0 ? room.slice(0, atSpace) : room).replace(/[\s,;:.–—-]+$/u, '');
  return `${cut}…`;
}
