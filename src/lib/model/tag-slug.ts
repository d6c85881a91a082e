/**
 * The part of a URL a tag gets where it needs one (topic pages, filters): its letters, marks and digits in any
 * script, lower-cased, runs of anything else joined by one hyphen. "Réseaux sociaux" → "réseaux-sociaux",
 * "українською" → "українською", "COVID-19" → "covid-19". A tag with no letter or digit ("🇺🇦") is named by its
 * code points ("u1f1fa-u1f1e6"), so every tag has a slug. A slug over 80 UTF-8 bytes is cut to 64 and ends with
 * a hash of the whole, so a page's file name stays within every file system's limit. Two tags with one slug are
 * reported by the checker.
 */
export function tagSlug(tag: string): string {
  const words = tag
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const slug =
    words !== ''
      ? words
      : Array.from(tag.trim(), (char) => `u${(char.codePointAt(0) ?? 0).toString(16)}`).join('-') || 'tag';
  return bounded(slug);
}

/** The most UTF-8 bytes a slug keeps whole: a file name (255 bytes on most systems) and a URL stay short. */
export const MAX_SLUG_BYTES = 80;

/**
 * A slug longer than MAX_SLUG_BYTES: its first 64 bytes' whole characters, a hyphen and 8 hexadecimal digits of
 * a hash of the whole slug, so two long tags that begin alike keep two addresses.
 */
function bounded(slug: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(slug).length <= MAX_SLUG_BYTES) return slug;
  let kept = '';
  for (const char of slug) {
    if (encoder.encode(kept + char).length > 64) break;
    kept += char;
  }
  return `${kept.replace(/-+$/, '')}-${fnv1a(slug)}`;
}

/** FNV-1a, 32 bits, as 8 hexadecimal digits: a short, stable fingerprint of a text. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
