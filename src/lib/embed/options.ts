// What a host may choose about an embed, by its URL (`?theme=dark&layout=compact`) or, for the theme, live by a
// message (`{ type: "claimline:theme", theme: "dark" }`, which public/embed.js's `setTheme` sends). Read by the
// embed's script (src/scripts/embed-options.ts); the snippet and oEmbed write the default (src/lib/embed/snippet.ts).

/** The embed's colours: light (the default: most articles are light), dark, or the reader's system setting. */
export type EmbedTheme = 'light' | 'dark' | 'auto';
export const EMBED_THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];
export const DEFAULT_THEME: EmbedTheme = 'light';

/** `type` of the message a host sends to switch an embed's theme. */
export const THEME_MESSAGE = 'claimline:theme';

/**
 * The layout: `compact` drops the chart's source line and tightens the type so a phone-sized frame stays under
 * 1,000 px tall; `auto` (the default) is compact in frames up to 560 px wide (src/styles/embed.css).
 */
export type EmbedLayout = 'compact' | 'auto';

export interface EmbedOptions {
  readonly theme: EmbedTheme;
  readonly layout: EmbedLayout;
}

/** The options in an embed URL's query string; anything unknown is ignored and the default kept. */
export function embedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  return {
    theme: isTheme(theme) ? theme : DEFAULT_THEME,
    layout: params.get('layout') === 'compact' ? 'compact' : 'auto',
  };
}

/** The theme a host's message asks for, or undefined when the message is anything else. */
export function themeOfMessage(data: unknown): EmbedTheme | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  return message['type'] === THEME_MESSAGE && isTheme(message['theme']) ? message['theme'] : undefined;
}

function isTheme(value: unknown): value is EmbedTheme {
  return typeof value === 'string' && (EMBED_THEMES as readonly string[]).includes(value);
}
