import { describe, expect, it } from 'vitest';
import { isClaimComponent, isHtmlComment } from './components.ts';

describe('isClaimComponent', () => {
  it('allows Timeline and nothing else, not even lookalikes or inherited names', () => {
    expect(isClaimComponent('Timeline')).toBe(true);
    expect(['timeline', 'Timelines', 'script', 'constructor', 'toString', '', null].some(isClaimComponent)).toBe(false);
  });
});

describe('isHtmlComment', () => {
  it('accepts one HTML comment with surrounding space', () => {
    expect(isHtmlComment('<!-- a note -->')).toBe(true);
    expect(isHtmlComment('  <!--\nmulti\nline\n-->\n')).toBe(true);
  });

  it('refuses markup after or inside a comment, and the --!> ending browsers accept', () => {
    expect(isHtmlComment('<!-- a --><script>alert(1)</script>')).toBe(false);
    expect(isHtmlComment('<!-- a --!><img src=x onerror=alert(1)> -->')).toBe(false);
    expect(isHtmlComment('<script>alert(1)</script>')).toBe(false);
    expect(isHtmlComment('<!-->')).toBe(false);
  });
});
