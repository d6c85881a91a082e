// Applies what the host chose for an embed: the theme and layout in its URL, and a theme sent later by message
// from the framing page (only from window.parent: another frame cannot restyle it). The choice is set on <html>
// as data-theme and data-layout, which src/styles/tokens.css and embed.css read.
import { wordpressSecret } from '../lib/embed/messages.ts';
import { embedOptions, themeOfMessage, type EmbedTheme } from '../lib/embed/options.ts';

export function applyEmbedOptions(win: Window): void {
  const root = win.document.documentElement;
  const { theme, layout } = embedOptions(win.location.search);
  // WordPress shows an oEmbed frame at most 1,000 px tall: framed by WordPress (a secret in the fragment), the
  // embed is compact at any width.
  const wordpress = wordpressSecret(win.location.hash) !== undefined;
  const setTheme = (value: EmbedTheme) => {
    root.dataset['theme'] = value;
    win.document
      .querySelector('meta[name="color-scheme"]')
      ?.setAttribute('content', value === 'auto' ? 'light dark' : value);
  };
  setTheme(theme);
  if (layout === 'compact' || wordpress) root.dataset['layout'] = 'compact';
  win.addEventListener('message', (event) => {
    const asked = event.source === win.parent ? themeOfMessage(event.data) : undefined;
    if (asked) setTheme(asked);
  });
}
