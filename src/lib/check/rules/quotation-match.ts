import { distance } from 'fastest-levenshtein';
import { normaliseText } from '../../model/quote-match.ts';

// How a quotation in a claim's reasoning is matched against a source's text, and the closest passage offered when it
// is not found: the matching half of the unverified-quote rule.

/** Text as quotations are compared: spacing and quote marks folded as for figure quotes, and lower case. */
export function comparable(text: string): string {
  return normaliseText(text).text.toLowerCase();
}

/** The parts of a quotation between elisions, each without the punctuation an editor may add at its ends. */
function parts(quotation: string): string[] {
  return comparable(quotation)
    .split(/\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*/)
    .map((part) => trimPunctuation(part, ' ,;:.!?'))
    .filter((part) => part.length > 0);
}

/** `text` without the characters of `set` at either end; a loop, linear however long the run. */
function trimPunctuation(text: string, set: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && set.includes(text.charAt(start))) start++;
  while (end > start && set.includes(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/** True when every part of the quotation occurs in the text, in order. */
export function occursIn(text: string, quotation: string): boolean {
  let from = 0;
  for (const part of parts(quotation)) {
    const at = text.indexOf(part, from);
    if (at === -1) return false;
    from = at + part.length;
  }
  return true;
}

/** Quotations longer than this get no "did you mean": the search would cost more than it helps. */
const MAX_SUGGESTED_WORDS = 30;
/** The most passages compared with one quotation. */
const MAX_CANDIDATES = 5_000;

/**
 * The passage of the sources' texts closest to the quotation, as written but for spacing, if any is close at all:
 * the "did you mean" of the message. Only passages that start with the quotation's first word or end with its last,
 * one word shorter, as long or one word longer, are compared, at most MAX_CANDIDATES of them, so a long source
 * or a long quotation costs little.
 */
export function closestPassage(quotation: string, sourceWords: ReadonlyArray<readonly string[]>): string | undefined {
  const wanted = parts(quotation).join(' ');
  const wantedList = wanted.split(' ');
  const count = wantedList.length;
  if (count > MAX_SUGGESTED_WORDS) return undefined;
  const wantedWords = new Set(wantedList);
  const first = wantedList[0] ?? '';
  const last = wantedList.at(-1) ?? '';
  const bare = (word: string | undefined) => trimPunctuation((word ?? '').toLowerCase(), ',;:.!?"\'');
  let compared = 0;
  let best: { passage: string; distance: number; kept: number } | undefined;
  const consider = (words: readonly string[], start: number, length: number) => {
    if (start < 0 || length <= 0 || start + length > words.length) return;
    compared++;
    const passage = trimPunctuation(words.slice(start, start + length).join(' '), ',;:.!?"\'');
    const lower = passage.toLowerCase();
    const cost = distance(wanted, lower);
    // On a tie, the passage that keeps more of the quotation's words: "could not be verified", not "not be".
    const kept = lower.split(' ').filter((word) => wantedWords.has(word)).length;
    if (!best || cost < best.distance || (cost === best.distance && kept > best.kept)) {
      best = { passage, distance: cost, kept };
    }
  };
  for (const words of sourceWords) {
    for (let index = 0; index < words.length && compared < MAX_CANDIDATES; index++) {
      const word = bare(words[index]);
      for (const length of [count - 1, count, count + 1]) {
        if (word === first) consider(words, index, length);
        if (word === last) consider(words, index - length + 1, length);
      }
    }
  }
  const found = best as { passage: string; distance: number } | undefined;
  return found && found.distance <= wanted.length / 2 ? found.passage : undefined;
}
