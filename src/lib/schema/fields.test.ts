import { describe, expect, it } from 'vitest';
import { edtfDate, httpUrl, id, text } from './fields.ts';

describe('edtfDate', () => {
  it.each([
    '2022-03-25',
    '2022-03',
    '2023',
    '2023?',
    '2022-03-14~',
    '2022-03%',
    '2025-03/2025-04',
    '2022~/2023?',
    '2022-03-25T10:00:00Z',
  ])('accepts %s', (value) => {
    expect(edtfDate.safeParse(value)).toEqual({ success: true, data: value });
  });

  it('accepts a year that YAML read as a number and gives it back as text', () => {
    expect(edtfDate.safeParse(2023)).toEqual({ success: true, data: '2023' });
  });

  it.each([
    ['a non-date', 'last spring'],
    ['a day-first date', '25/03/2022'],
    ['an impossible month', '2022-13'],
    ['an open-ended interval', '2022-03/..'],
    ['an interval with an unknown end', '2022/'],
    ['unspecified digits, which would be shown as a made-up day', '2022-03-XX'],
    ['an unspecified decade', '202X'],
    ['a season', '2022-21'],
    ['a set of dates', '[2022,2023]'],
    ['an empty text', ''],
  ])('refuses %s (%s) with the invalid-edtf rule', (_label, value) => {
    const result = edtfDate.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'custom', params: { rule: 'invalid-edtf' } });
  });

  it('accepts a day that Astro’s frontmatter parser (js-yaml) read as a Date and gives it back as written', () => {
    expect(edtfDate.safeParse(new Date(Date.UTC(2022, 2, 25)))).toEqual({ success: true, data: '2022-03-25' });
  });

  it('refuses an invalid Date object', () => {
    expect(edtfDate.safeParse(new Date(Number.NaN)).success).toBe(false);
  });

  it('refuses a number that is not a whole year', () => {
    expect(edtfDate.safeParse(2022.5).success).toBe(false);
  });
});

describe('httpUrl', () => {
  it.each(['https://example.org/page', 'http://example.org', 'https://example.org/a?b=c#d'])('accepts %s', (value) => {
    expect(httpUrl.safeParse(value).success).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,hi',
    'file:///etc/passwd',
    'ftp://example.org/',
    '//example.org/',
    '/relative',
    'https://',
  ])('refuses %s with the invalid-url rule', (value) => {
    const result = httpUrl.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ params: { rule: 'invalid-url' } });
  });
});

describe('id', () => {
  it.each(['ru-killed', 'nato-killed-2022-03', 'a', '2022'])('accepts %s', (value) => {
    expect(id.safeParse(value).success).toBe(true);
  });

  it.each(['RU-killed', 'ru_killed', 'ru--killed', '-ru', 'ru-', 'ru killed', 'rü'])('refuses %s', (value) => {
    expect(id.safeParse(value).success).toBe(false);
  });
});

describe('text', () => {
  it('trims text and refuses text that is only spaces', () => {
    expect(text.safeParse('  Hello ')).toEqual({ success: true, data: 'Hello' });
    expect(text.safeParse('   ').success).toBe(false);
  });
});
