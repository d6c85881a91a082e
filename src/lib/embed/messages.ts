// The messages an embed page sends to the page that frames it, and the ones it answers. Shared by the embed's
// script (src/scripts/embed-height.ts); public/embed.js, the host side, is plain JavaScript and checks the same shape.

/** `type` of the height message: namespaced so it cannot be mistaken for another library's message. */
export const HEIGHT_MESSAGE = 'claimline:height';
/** `type` of the message public/embed.js sends an embed to ask for its height again (it may have missed the first). */
export const HEIGHT_REQUEST = 'claimline:request-height';

/** What is embedded: a claim's chart or a metric's. */
export type EmbedKind = 'claims' | 'metrics';

/** The stable id of an embed, e.g. "claims/<slug>": the same in every message it sends. */
export function embedId(kind: EmbedKind, id: string): string {
  return `${kind}/${id}`;
}

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  readonly id: string;
  /** The content height in CSS pixels, rounded up. */
  readonly height: number;
}

export function heightMessage(id: string, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, id, height: Math.ceil(height) };
}

/** WordPress's own message (wp-embed.js): it resizes the iframe whose `data-secret` matches. */
export interface WordPressHeightMessage {
  readonly secret: string;
  readonly message: 'height';
  readonly value: number;
}

export function wordpressHeightMessage(secret: string, height: number): WordPressHeightMessage {
  return { secret, message: 'height', value: Math.ceil(height) };
}

/**
 * The secret WordPress adds to the fragment of an oEmbed iframe's URL (`#?secret=AbC123`), or undefined.
 * WordPress secrets are letters and digits; anything else is not taken.
 */
export function wordpressSecret(fragment: string): string | undefined {
  const match = /^#\??(?:.*&)?secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(fragment);
  return match?.[1];
}

/**
 * Whether a message asks the embed to report its height again: public/embed.js's request, or WordPress's
 * `ready` message carrying this embed's secret.
 */
export function isHeightRequest(data: unknown, secret: string | undefined): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (message['type'] === HEIGHT_REQUEST) return true;
  return secret !== undefined && message['message'] === 'ready' && message['secret'] === secret;
}
