import { describe, expect, it } from 'vitest';
import { findQuote, normaliseText } from './quote-match.ts';

/** The original text a match covers. */
function matched(original: string, quote: string): string | undefined {
  const range = findQuote(normaliseText(original), quote);
  return range === undefined ? undefined : original.slice(range.start, range.end);
}

describe('normaliseText', () => {
  it('folds every whitespace run, line breaks and non-breaking spaces included, to one space', () => {
    expect(normaliseText('a  b\n\n\tc\u00A0\u00A0d').text).toBe('a b c d');
  });

  it('drops whitespace at the start and the end', () => {
    expect(normaliseText('\n  words here \n').text).toBe('words here');
  });

  it('makes curly and angled quote marks straight', () => {
    expect(normaliseText('\u201Cquoted\u201D \u2018single\u2019 \u00ABguillemets\u00BB it\u2019s').text).toBe(
      '"quoted" \'single\' "guillemets" it\'s',
    );
  });

  it('keeps the case of letters', () => {
    expect(normaliseText('NATO Said').text).toBe('NATO Said');
  });

  it('keeps for every character its offset in the original text', () => {
    const original = '  ab \n c';
    const { text, offsets } = normaliseText(original);
    expect(text).toBe('ab c');
    expect(Array.from(offsets)).toEqual([2, 3, 4, 7]);
  });
});

describe('findQuote', () => {
  const body =
    'A NATO official said that between\n7,000 and 15,000 Russian troops have been killed.\n\nHe called it \u201Croughly 30,000\u201D in total.';

  it('finds a quote that spans a line break in the source', () => {
    expect(matched(body, 'between 7,000 and 15,000 Russian troops')).toBe('between\n7,000 and 15,000 Russian troops');
  });

  it('finds a quote typed with straight quote marks in a text with curly ones', () => {
    expect(matched(body, '"roughly 30,000"')).toBe('\u201Croughly 30,000\u201D');
  });

  it('finds a quote typed with curly quote marks in a text with straight ones', () => {
    expect(matched('He said "roughly 30,000".', '\u201Croughly 30,000\u201D')).toBe('"roughly 30,000"');
  });

  it('finds a quote with extra spaces and line breaks of its own', () => {
    expect(matched(body, '  15,000   Russian\n troops ')).toBe('15,000 Russian troops');
  });

  it('does not match when only the case differs', () => {
    expect(matched(body, 'nato official')).toBeUndefined();
  });

  it('does not match words that are not in the text', () => {
    expect(matched(body, 'between 7,000 and 15,000 Russian soldiers')).toBeUndefined();
  });

  it('does not match an empty or blank quote', () => {
    expect(findQuote(normaliseText(body), '')).toBeUndefined();
    expect(findQuote(normaliseText(body), ' \n ')).toBeUndefined();
  });

  it('gives offsets into the original text, end exclusive', () => {
    const range = findQuote(normaliseText('xx  hello   world yy'), 'hello world');
    expect(range).toEqual({ start: 4, end: 17 });
  });
});
