import { escapeHtml } from './escape.ts';

/** An oEmbed 1.0 response of type "rich" (https://oembed.com/#section2.3.4). */
export interface OEmbedRich {
  readonly type: 'rich';
  readonly version: '1.0';
  readonly title: string;
  readonly author_name: string;
  readonly author_url: string;
  readonly provider_name: string;
  readonly provider_url: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly thumbnail_url: string;
  readonly thumbnail_width: number;
  readonly thumbnail_height: number;
}

export interface OEmbedOptions {
  readonly title: string;
  /** The embed code: a fallback quote, the iframe and the script. */
  readonly html: string;
  readonly width: number;
  readonly height: number;
  /** The site. */
  readonly provider: { readonly name: string; readonly url: string };
  /** The publisher of the fact-check. */
  readonly author: { readonly name: string; readonly url: string };
  readonly thumbnail: { readonly url: string; readonly width: number; readonly height: number };
}

/** The oEmbed document, fields in the order of the specification. */
export function oembedRich(options: OEmbedOptions): OEmbedRich {
  return {
    type: 'rich',
    version: '1.0',
    title: options.title,
    author_name: options.author.name,
    author_url: options.author.url,
    provider_name: options.provider.name,
    provider_url: options.provider.url,
    html: options.html,
    width: Math.round(options.width),
    height: Math.round(options.height),
    thumbnail_url: options.thumbnail.url,
    thumbnail_width: Math.round(options.thumbnail.width),
    thumbnail_height: Math.round(options.thumbnail.height),
  };
}

export interface FallbackQuoteOptions {
  /** The full page, quoted and linked. */
  readonly href: string;
  /** Paragraphs of plain text. */
  readonly lines: readonly string[];
  /** Text of the link to the full page. */
  readonly linkText: string;
}

/**
 * What a consumer that strips iframes and scripts still shows: the gist in plain text and a link to the full page.
 * public/embed.js hides it once the iframe next to it has reported its height.
 */
export function fallbackQuote(options: FallbackQuoteOptions): string {
  const href = escapeHtml(options.href);
  const lines = options.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  return `<blockquote cite="${href}" data-claimline-fallback>${lines}<p><a href="${href}">${escapeHtml(options.linkText)}</a></p></blockquote>`;
}
