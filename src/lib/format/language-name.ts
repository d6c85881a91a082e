/**
 * A language's name in that language, as a language menu lists it: "English", "Français", "العربية",
 * "Українська". Its first letter is capitalised by the language's own rules; an unknown tag stays as written.
 */
export function languageAutonym(tag: string): string {
  const name = nameIn(tag, tag);
  return name === tag ? tag : capitalised(name, tag);
}

/** A language's name in the reader's language, as a sentence uses it: "anglais" in French, "English" in English. */
export function languageName(tag: string, reader: string): string {
  return nameIn(tag, reader);
}

function nameIn(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function capitalised(name: string, locale: string): string {
  const first = name.codePointAt(0);
  if (first === undefined) return name;
  const letter = String.fromCodePoint(first);
  try {
    return letter.toLocaleUpperCase(locale) + name.slice(letter.length);
  } catch {
    return letter.toUpperCase() + name.slice(letter.length);
  }
}
