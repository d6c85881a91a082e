import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DESCRIPTION_LENGTH, excerpt } from './excerpt.ts';

describe('excerpt', () => {
  it('leaves text that fits as it is', () => {
    expect(excerpt('A short summary.')).toBe('A short summary.');
    const exact = 'x'.repeat(DESCRIPTION_LENGTH);
    expect(excerpt(exact)).toBe(exact);
  });

  it('cuts longer text at the last word boundary that fits and marks the cut with an ellipsis', () => {
    expect(excerpt('one two three four', 12)).toBe('one two…');
    expect(excerpt('Russia said so, and NATO disagreed', 17)).toBe('Russia said so…');
  });

  it('cuts inside a word only when one word is longer than the limit', () => {
    expect(excerpt('abcdefghijklmnop', 8)).toBe('abcdefg…');
  });

  it('never returns more characters than the limit, nor splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 2, max: 200 }), (text, max) => {
        const result = excerpt(text, max);
        expect([...result].length).toBeLessThanOrEqual(max);
        expect(result).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }),
    );
  });

  it('keeps the start of the text: the excerpt without its ellipsis begins the cleaned text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const clean = text.replace(/\s+/g, ' ').trim();
        expect(clean.startsWith(excerpt(text).replace(/…$/, ''))).toBe(true);
      }),
    );
  });
});
