import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { MessageId } from './catalog.ts';
import { catalogFor, directionOf } from './catalogs.ts';
import { en } from './en/index.ts';

export type { MessageId };

/** Values a message may interpolate: text and numbers (numbers are formatted by the message's locale). */
export type MessageValues = Readonly<Record<string, string | number>>;

/** One piece of a message with markup: plain text, or the text inside a tag such as `<link>…</link>`. */
export type MessagePart = string | { readonly tag: string; readonly text: string };

/** Every reader-facing string of one language, formatted with ICU MessageFormat. */
export interface Messages {
  /** BCP 47 tag that numbers, dates and plural rules follow. */
  readonly locale: string;
  /** The direction the language is written in, for `dir` on pages, embeds and images. */
  readonly direction: 'ltr' | 'rtl';
  /** The message as plain text: `format('claim.figuresWeighed', { count: 3 })` → "3 figures weighed against the claim". */
  format(id: MessageId, values?: MessageValues): string;
  /**
   * The message split at its tags, for pages that put links inside a sentence: "How we work: <link>our
   * methodology</link>" → ["How we work: ", { tag: "link", text: "our methodology" }].
   */
  parts(id: MessageId, values?: MessageValues): readonly MessagePart[];
}

export interface MessagesOptions {
  /** The site's language (BCP 47). A language Claimline has no catalog for speaks English, with its numbers and dates. */
  readonly locale: string;
  /** Per-message replacements from the site's configuration, in ICU MessageFormat. */
  readonly overrides?: Readonly<Partial<Record<MessageId, string>>> | undefined;
}

/**
 * The messages of one site language. Each message is parsed once, on first use, and kept by this object only:
 * two sites (or two languages) never share state.
 */
export function createMessages({ locale, overrides = {} }: MessagesOptions): Messages {
  const catalog = catalogFor(locale) ?? en;
  const compiled = new Map<MessageId, { format: IntlMessageFormat; beforeFullStop: ReadonlySet<string> }>();
  const compile = (id: MessageId) => {
    let message = compiled.get(id);
    if (!message) {
      const source = overrides[id] ?? catalog[id];
      if (source === undefined) throw new Error(`Unknown message id "${id}"`);
      const format = new IntlMessageFormat(source, locale, undefined, { ignoreTag: false });
      message = { format, beforeFullStop: valuesBeforeFullStop(source) };
      compiled.set(id, message);
    }
    return message;
  };
  const parts = (id: MessageId, values: MessageValues = {}): readonly MessagePart[] => {
    const { format, beforeFullStop } = compile(id);
    const tags: Record<string, (chunks: readonly unknown[]) => MessagePart> = {};
    for (const tag of tagNames(format.getAst())) tags[tag] = (chunks) => ({ tag, text: chunks.join('') });
    const result = format.format<MessagePart>({
      ...withoutFinalFullStop(values, beforeFullStop),
      ...tags,
    } as Record<string, PrimitiveType>);
    const list = Array.isArray(result) ? (result as MessagePart[]) : [result as MessagePart];
    // Adjacent strings are joined, so that a message without tags is one part.
    const joined: MessagePart[] = [];
    for (const part of list) {
      const last = joined.at(-1);
      if (typeof part === 'string' && typeof last === 'string') joined[joined.length - 1] = last + part;
      else joined.push(typeof part === 'string' ? part : { tag: part.tag, text: part.text });
    }
    return joined;
  };
  return {
    locale,
    direction: directionOf(locale),
    format: (id, values) =>
      parts(id, values)
        .map((part) => (typeof part === 'string' ? part : part.text))
        .join(''),
    parts,
  };
}

/**
 * The values a message follows with a full stop (`{date}.`, `<link>{title}</link>.`): where such a value ends with
 * one of its own, the message's is the sentence's, so "… 19 марта 2024 г.." reads "… 19 марта 2024 г.", as
 * "etc.." reads "etc.". Only those values lose their last full stop, never an ellipsis, and nothing else of a value
 * or of the message is changed.
 */
function valuesBeforeFullStop(source: string): ReadonlySet<string> {
  return new Set([...source.matchAll(/\{(\w+)\}(?:<\/\w+>)*\./g)].map((match) => match[1] ?? ''));
}

function withoutFinalFullStop(values: MessageValues, names: ReadonlySet<string>): MessageValues {
  if (names.size === 0) return values;
  const trimmed: Record<string, string | number> = { ...values };
  for (const name of names) {
    const value = trimmed[name];
    if (typeof value === 'string' && /[^.]\.$/u.test(value)) trimmed[name] = value.slice(0, -1);
  }
  return trimmed;
}

/** The names of the tags (`<link>…</link>`) anywhere in a parsed message, plural and select branches included. */
function tagNames(elements: readonly MessageFormatElement[]): Set<string> {
  const names = new Set<string>();
  const pending = [...elements];
  for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
    if (element.type === TYPE.tag) {
      names.add(element.value);
      pending.push(...element.children);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) pending.push(...option.value);
    }
  }
  return names;
}
