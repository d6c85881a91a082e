const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML element content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * Text made safe for HTML element content only (not attributes): `&`, `<` and `>` escaped, quotes left as written,
 * so that HTML a reader copies stays readable.
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (char) => ENTITIES[char] ?? char);
}

/**
 * Text as the content of a `<textarea>` (raw text: no element starts inside it, only `&` is read): `&` and `<`
 * escaped, so no `</textarea>` can end it and no entity is decoded, and nothing else, so the page stays light.
 */
export function escapeTextarea(text: string): string {
  return text.replace(/[&<]/g, (char) => ENTITIES[char] ?? char);
}
