import { escapeHtml } from './escape.ts';

export interface EmbedSnippetOptions {
  /** Absolute URL of the embed page. */
  readonly src: string;
  /** The iframe's accessible name: what it shows. */
  readonly title: string;
  /** Height in pixels before public/embed.js sets the real one. */
  readonly height: number;
  /** Absolute URL of public/embed.js. */
  readonly script: string;
}

/** The iframe alone, as a host page writes it: full width, no border, lazily loaded, marked for public/embed.js. */
export function embedIframe(options: EmbedSnippetOptions): string {
  const height = Math.max(1, Math.round(options.height));
  return (
    `<iframe src="${escapeHtml(options.src)}" title="${escapeHtml(options.title)}" width="100%" height="${height}"` +
    ` loading="lazy" style="border:0" data-claimline></iframe>`
  );
}

/** The snippet readers copy: the iframe, then the script that sizes it to its content. */
export function embedSnippet(options: EmbedSnippetOptions): string {
  return `${embedIframe(options)}\n<script async src="${escapeHtml(options.script)}"></script>`;
}
