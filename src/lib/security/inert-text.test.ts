import { describe, expect, it } from 'vitest';
import { inertText } from './inert-text.ts';

describe('inertText', () => {
  it('leaves ordinary words alone', () => {
    expect(inertText('Mostly false')).toBe('Mostly false');
  });

  it('keeps no character that could open a tag, an attribute or an entity', () => {
    const payload = `Understated "><svg onload=window.__xss=1> &amp; <script>'x'</script>\``;
    const inert = inertText(payload);
    expect(inert).not.toMatch(/[<>&"'`]/);
    expect(inert).toBe('Understated ”›‹svg onload=window.__xss=1› ＆amp; ‹script›’x’‹/script›ˋ');
  });
});
