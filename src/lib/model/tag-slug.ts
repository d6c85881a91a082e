/**
 * The part of a URL a tag gets where it needs one (topic pages, filters): its letters, marks and digits in any
 * script, lower-cased, runs of anything else joined by one hyphen. "Réseaux sociaux" → "réseaux-sociaux",
 * "українською" → "українською", "COVID-19" → "covid-19". A tag with no letter or digit ("🇺🇦") is named by its
 * code points ("u1f1fa-u1f1e6"), so every tag has a slug. Two tags with one slug are reported by the checker.
 */
export function tagSlug(tag: string): string {
  const words = tag
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (words !== '') return words;
  return Array.from(tag.trim(), (char) => `u${(char.codePointAt(0) ?? 0).toString(16)}`).join('-') || 'tag';
}
