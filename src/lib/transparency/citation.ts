import { escapeHtml, escapeHtmlText } from '../embed/escape.ts';
import { formatEdtfDate } from '../format/date.ts';
import type { MessagePart, Messages } from '../messages/messages.ts';
import type { DatePoint, EdtfDate } from '../model/edtf-date.ts';

/** What the "Cite this fact-check" and "Republish" boxes of a claim page need to know of it. */
export interface CitedClaim {
  /** The fact-check's headline. */
  readonly title: string;
  readonly slug: string;
  /** Absolute http(s) URL of the claim page. */
  readonly url: string;
  readonly published: EdtfDate;
  readonly updated?: EdtfDate | undefined;
  /** Who wrote it; without one, the publisher is the author. */
  readonly author?: string | undefined;
  /** The organisation that publishes the site. */
  readonly publisher: string;
  readonly siteTitle: string;
  /** The licence of the content, e.g. "CC BY 4.0". */
  readonly license: string;
  readonly summary: string;
  /** The rating's label, e.g. "False". */
  readonly verdictLabel: string;
  /** The claim as reviewed. */
  readonly claim: string;
  readonly claimant: string;
}

/**
 * The plain-text citation in the language of `messages` (`cite.text`), e.g. `Example Desk. “Title.” Counting the
 * losses, 21 November 2026 (updated 22 November 2026). https://example.org/claims/x/. Licence: CC BY 4.0.` The
 * update is shown only when the fact-check has one; the publisher is the author when no author is named.
 */
export function citationText(claim: CitedClaim, messages: Messages): string {
  const title = oneLine(claim.title);
  return messages.format('cite.text', {
    author: authorOf(claim) ?? oneLine(claim.publisher),
    title,
    titlePunctuated: SENTENCE_END.test(title) ? 'yes' : 'no',
    site: oneLine(claim.siteTitle),
    published: formatEdtfDate(claim.published, { messages }),
    hasUpdate: claim.updated ? 'yes' : 'no',
    updated: claim.updated ? formatEdtfDate(claim.updated, { messages }) : '',
    url: oneLine(claim.url),
    license: oneLine(claim.license),
  });
}

/**
 * A BibTeX (biblatex) `@online` entry, the same in every language: key `claimline-<slug>`, then title, author,
 * organization, year, month (numeric, when the date has one), date (ISO 8601 at the date's precision, `start/end`
 * for an interval), url and note (the licence).
 *
 * The author is the named author, or else the publisher in double braces (`{{Example Desk}}`) so that BibTeX takes
 * it as one name rather than splitting it into given and family names. Every text value is escaped for BibTeX
 * (`\ { } % $ & # _ ^ ~` become commands, whitespace one space): a hostile title can neither close its field nor
 * run a command, and braces stay balanced. The URL, a verbatim field in biblatex, keeps `%`, `#`, `_`, `&` and `~`
 * as they are and percent-encodes braces, backslashes and spaces. Throws unless the URL is http(s).
 */
export function bibtexEntry(claim: CitedClaim): string {
  const url = httpUrl(claim.url);
  const author = authorOf(claim);
  const { start } = claim.published;
  const fields: Array<readonly [string, string]> = [
    ['title', bibtexText(claim.title)],
    ['author', author === undefined ? `{${bibtexText(claim.publisher)}}` : bibtexText(author)],
    ['organization', bibtexText(claim.publisher)],
    ['year', String(start.year)],
  ];
  if (start.month !== undefined) fields.push(['month', String(start.month)]);
  fields.push(
    ['date', isoDate(claim.published)],
    ['url', url.replace(/[{}\\\s"]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)],
    ['note', bibtexText(claim.license)],
  );
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@online{${bibtexKey(claim.slug)},\n${body}\n}\n`;
}

/**
 * The HTML a newsroom pastes to republish the fact-check: an `<article>` in the language of `messages` (`lang`,
 * `dir`) with the title as its heading, the claim and its claimant, the verdict, the summary, a link back to the
 * page and the credit with the licence. Every text is escaped; the words around them come from the catalog
 * (`republish.*`). Throws unless the URL is http(s): callers pass only the site's own pages.
 */
export function republishHtml(claim: CitedClaim, messages: Messages): string {
  const href = httpUrl(claim.url);
  const author = authorOf(claim);
  const html = (parts: readonly MessagePart[]): string =>
    parts
      .map((part) => {
        if (typeof part === 'string') return escapeHtmlText(part);
        return part.tag === 'strong' ? `<strong>${escapeHtmlText(part.text)}</strong>` : escapeHtmlText(part.text);
      })
      .join('');
  const credit = messages.parts('republish.credit', {
    hasAuthor: author === undefined ? 'no' : 'yes',
    author: author ?? '',
    publisher: claim.publisher,
    published: formatEdtfDate(claim.published, { messages }),
    license: claim.license,
  });
  return [
    `<article lang="${escapeHtml(messages.locale)}" dir="${messages.direction}">`,
    `  <h2>${escapeHtmlText(claim.title)}</h2>`,
    `  <p>${html(messages.parts('republish.claim', { claimant: claim.claimant, claim: claim.claim }))}</p>`,
    `  <p>${html(messages.parts('republish.verdict', { verdict: claim.verdictLabel }))}</p>`,
    `  <p>${escapeHtmlText(claim.summary)}</p>`,
    `  <p><a href="${escapeHtml(href)}">${html(messages.parts('republish.readMore', { site: claim.siteTitle }))}</a></p>`,
    `  <p><small>${html(credit)}</small></p>`,
    '</article>',
  ].join('\n');
}

/** A title that already ends a sentence takes no full stop after it. */
const SENTENCE_END = /[.!?…؟]$/u;

const BIBTEX_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  // `\{` would still count as a brace for BibTeX: a lone one would end the field.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text on one line, for a citation or a BibTeX field: runs of whitespace become one space, control characters go. */
function oneLine(text: string): string {
  return text
    .replace(/(?![\t\n\v\f\r])\p{Cc}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function bibtexText(text: string): string {
  return oneLine(text).replace(/[\\{}%$&#_^~]/g, (char) => BIBTEX_SPECIALS[char] ?? char);
}

/**
 * `claimline-<slug>`, with only letters, digits and `_ . : -` (accents dropped, anything else a hyphen). A slug that
 * had to change gets a short hash of the original, so that two slugs in another script keep two keys.
 */
function bibtexKey(slug: string): string {
  const safe = slug
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (safe === slug) return `claimline-${safe}`;
  return `claimline-${safe === '' ? '' : `${safe}-`}${fnv1a(slug).toString(36)}`;
}

/** 32-bit FNV-1a of the UTF-16 code units: a stable, short fingerprint. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** ISO 8601 at the date's precision (`2026`, `2026-11`, `2026-11-21`), and `start/end` for an interval. */
function isoDate(date: EdtfDate): string {
  return date.isInterval ? `${isoPoint(date.start)}/${isoPoint(date.end)}` : isoPoint(date.start);
}

function isoPoint({ year, month, day }: DatePoint): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const yearText = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  if (month === undefined) return yearText;
  if (day === undefined) return `${yearText}-${pad(month)}`;
  return `${yearText}-${pad(month)}-${pad(day)}`;
}

function authorOf(claim: CitedClaim): string | undefined {
  const author = claim.author === undefined ? '' : oneLine(claim.author);
  return author === '' ? undefined : author;
}

/** The URL, normalised, when it is http(s); throws for any other scheme (`javascript:`, `data:`) or no URL at all. */
function httpUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Not an absolute URL: ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`Only http(s) URLs can be cited or republished, not ${JSON.stringify(url)}`);
  }
  return parsed.href;
}
