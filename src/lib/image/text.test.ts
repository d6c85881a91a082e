import { describe, expect, it } from 'vitest';
import { measureText } from './fonts.ts';
import { DEFAULT_MAX_LINES, ELLIPSIS, escapeXml, fitLine, num, wrapText, type TextMeasure } from './text.ts';

/** Every character 10 px wide at 10 px: widths are easy to reason about. */
const mono: TextMeasure = (text, size) => Array.from(text).length * size;
const style = { size: 10 };

describe('escapeXml', () => {
  it('escapes the five markup characters so text stays text', () => {
    expect(escapeXml(`<script>alert("x") & 'y'</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;',
    );
  });

  it('drops characters XML cannot hold and keeps every other one', () => {
    expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFEe\uD800f')).toBe('abcdef');
    expect(escapeXml('tab\there, line\nbreak, “quotes”, росія, 🎯')).toBe(
      'tab\there, line\nbreak, “quotes”, росія, 🎯',
    );
  });
});

describe('wrapText', () => {
  it('fills each line with as many words as fit the width', () => {
    expect(wrapText('aa bb cc dd ee', { maxWidth: 50, measure: mono, style })).toEqual(['aa bb', 'cc dd', 'ee']);
  });

  it('breaks a word wider than a line between characters', () => {
    expect(wrapText('abcdefg xy', { maxWidth: 50, measure: mono, style })).toEqual(['abcde', 'fg xy']);
  });

  it('cuts text past the last line with an ellipsis at a word boundary', () => {
    const lines = wrapText('one two three four five six seven', { maxWidth: 90, measure: mono, style, maxLines: 2 });
    expect(lines).toEqual(['one two', `three${ELLIPSIS}`]);
    for (const line of lines) expect(mono(line, 10)).toBeLessThanOrEqual(90);
  });

  it('leaves text that fits its lines uncut', () => {
    expect(wrapText('one two', { maxWidth: 90, measure: mono, style, maxLines: 2 })).toEqual(['one two']);
  });

  it('returns no lines for blank text', () => {
    expect(wrapText('  \n ', { maxWidth: 90, measure: mono, style })).toEqual([]);
  });

  it('breaks a 300,000-character word into maxLines lines only, the last ending in an ellipsis', () => {
    const word = 'W'.repeat(300_000);
    expect(wrapText(word, { maxWidth: 50, measure: mono, style, maxLines: 3 })).toEqual([
      'WWWWW',
      'WWWWW',
      `WWWW${ELLIPSIS}`,
    ]);
    const lines = wrapText(word, {
      maxWidth: 1056,
      measure: measureText,
      style: { size: 40, weight: 600 },
      maxLines: 3,
    });
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/^W+…$/);
    for (const line of lines) expect(measureText(line, 40, 600)).toBeLessThanOrEqual(1056);
  });

  it('cuts text at DEFAULT_MAX_LINES lines, with an ellipsis, when no maxLines is given', () => {
    const lines = wrapText('ab '.repeat(10_000), { maxWidth: 90, measure: mono, style });
    expect(lines).toHaveLength(DEFAULT_MAX_LINES);
    expect(lines.slice(0, 2)).toEqual(['ab ab ab', 'ab ab ab']);
    expect(lines.at(-1)).toBe(`ab ab ab${ELLIPSIS}`);
  });

  it('puts no more than ten code points per em on a line, even of characters that take no room', () => {
    const marks = `a${'\u0301'.repeat(10_000)}`;
    const lines = wrapText(marks, { maxWidth: 100, measure: measureText, style, maxLines: 2 });
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(100);
  });
});

describe('fitLine', () => {
  it('keeps a line that fits and cuts one that does not with an ellipsis, trailing punctuation dropped', () => {
    expect(fitLine('short', { maxWidth: 100, measure: mono, style })).toBe('short');
    expect(fitLine('Ministry of Defence, Russia', { maxWidth: 210, measure: mono, style })).toBe(
      `Ministry of Defence${ELLIPSIS}`,
    );
  });

  it('cuts a 300,000-character line to the width, reading no more of it than a line holds', () => {
    expect(fitLine('W'.repeat(300_000), { maxWidth: 50, measure: mono, style })).toBe(`WWWW${ELLIPSIS}`);
    expect(fitLine(`one two${' .'.repeat(150_000)} three`, { maxWidth: 100, measure: mono, style })).toBe(
      `one two${ELLIPSIS}`,
    );
  });
});

describe('measureText, from the Inter font files', () => {
  it('gives wide letters more room than narrow ones and bold more than regular', () => {
    expect(measureText('WWWW', 20)).toBeGreaterThan(measureText('iiii', 20) * 2);
    expect(measureText('Understated', 40, 700)).toBeGreaterThan(measureText('Understated', 40, 400));
  });

  it('scales with the font size and measures letters outside ASCII', () => {
    expect(measureText('Accurate', 40)).toBeCloseTo(measureText('Accurate', 20) * 2, 6);
    expect(measureText('росія', 20)).toBeGreaterThan(30);
  });
});

describe('num', () => {
  it('writes at most two decimals, without "-0"', () => {
    expect([num(1.005), num(2.5), num(3), num(-0.001)]).toEqual(['1', '2.5', '3', '0']);
  });
});
