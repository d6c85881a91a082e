// Tells the page that frames an embed how tall its content is, so public/embed.js (or WordPress's wp-embed.js)
// can size the iframe to fit: once loaded, whenever the content's size changes, and whenever the host asks.
//
// Messages go to window.parent with targetOrigin "*" on purpose: an embed cannot know which site frames it, and
// nothing it sends is secret — its public id and the height of public content. WordPress's `secret` is the host's
// own token for pairing a message with its iframe (WordPress's embeds post it the same way); it guards against
// mix-ups on the host, not against anyone reading it. The host is the one that must check a message's origin and
// source, and public/embed.js does.
import { heightMessage, isHeightRequest, wordpressHeightMessage, wordpressSecret } from '../lib/embed/messages.ts';

export function reportHeight(win: Window): void {
  const root = win.document.querySelector<HTMLElement>('[data-embed-id]');
  const id = root?.dataset['embedId'];
  if (!root || !id || win.parent === win) return;
  const secret = wordpressSecret(win.location.hash);
  let last = -1;
  const post = (always: boolean) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!always && height === last) return;
    last = height;
    win.parent.postMessage(heightMessage(id, height), '*');
    if (secret !== undefined) win.parent.postMessage(wordpressHeightMessage(secret, height), '*');
  };
  if (typeof ResizeObserver === 'function') new ResizeObserver(() => post(false)).observe(root);
  else win.addEventListener('resize', () => post(false));
  win.addEventListener('load', () => post(true));
  win.addEventListener('message', (event) => {
    if (event.source === win.parent && isHeightRequest(event.data, secret)) post(true);
  });
}
