import { describe, expect, it } from 'vitest';
import { tagSlug } from './tag-slug.ts';

describe('tagSlug', () => {
  it('keeps letters and digits of any script, lower-cased, and joins the rest with one hyphen', () => {
    expect(tagSlug('Réseaux sociaux')).toBe('réseaux-sociaux');
    expect(tagSlug('українською')).toBe('українською');
    expect(tagSlug('COVID-19')).toBe('covid-19');
    expect(tagSlug('  Losses / Ukraine, 2022 ')).toBe('losses-ukraine-2022');
    expect(tagSlug('الخسائر العسكرية')).toBe('الخسائر-العسكرية');
  });

  it('gives the same slug to one word written with composed or decomposed accents', () => {
    expect(tagSlug('re\u0301seaux')).toBe(tagSlug('réseaux'));
  });

  it('names a tag without letters or digits by its code points', () => {
    expect(tagSlug('🇺🇦')).toBe('u1f1fa-u1f1e6');
    expect(tagSlug('—')).toBe('u2014');
  });

  it('keeps a long tag within 80 bytes, cut at a whole character and ended by a hash of the whole', () => {
    const long = 'ш'.repeat(1000);
    expect(tagSlug(long)).toBe(`${'ш'.repeat(32)}-${tagSlug(long).slice(-8)}`);
    expect(new TextEncoder().encode(tagSlug(long)).length).toBeLessThanOrEqual(80);
    expect(tagSlug(`${long}a`)).not.toBe(tagSlug(long));
    expect(tagSlug('𐁄'.repeat(100))).toMatch(/^(𐁄){16}-[0-9a-f]{8}$/u);
    expect(tagSlug('a'.repeat(80))).toBe('a'.repeat(80));
  });
});
