import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import * as areas from './en/areas.ts';
import { en } from './en/index.ts';
import { messageShape } from './message-shape.ts';
import { createMessages } from './messages.ts';

describe('the English catalog', () => {
  it('parses every message as ICU MessageFormat', () => {
    for (const [id, message] of Object.entries(en)) {
      expect(() => parse(message), id).not.toThrow();
    }
  });

  it('defines each message id in one area only, so no area silently replaces another’s message', () => {
    const seen = new Map<string, string>();
    for (const [area, messages] of Object.entries(areas)) {
      for (const id of Object.keys(messages)) {
        expect(seen.get(id), `${id} in ${area}`).toBeUndefined();
        seen.set(id, area);
      }
    }
    expect(seen.size).toBe(Object.keys(en).length);
  });

  it('never names a tag like a value: the tag would replace the value (`<link>{publisher}</link>`, not `<publisher>`)', () => {
    for (const [id, message] of Object.entries(en)) {
      const { tags, values } = messageShape(message);
      expect(
        tags.filter((tag) => values.includes(tag)),
        id,
      ).toEqual([]);
    }
  });
});

describe('createMessages', () => {
  const messages = createMessages({ locale: 'en-GB' });

  it('chooses the plural form by the count', () => {
    expect(
      messages.format('summary.agrees', { hasFigure: 'yes', claimed: '9,861 people', count: 1, countText: 'one' }),
    ).toBe('At 9,861 people, the claim agrees with the one comparable estimate.');
    expect(
      messages.format('summary.agrees', { hasFigure: 'yes', claimed: '9,861 people', count: 3, countText: 'three' }),
    ).toBe('At 9,861 people, the claim agrees with all three comparable estimates.');
  });

  it('formats numbers inside messages in the locale, in the words of its catalog', () => {
    expect(createMessages({ locale: 'de' }).format('gap.percent', { ratio: 0.19 })).toBe(
      'mindestens 19\u00a0% höher als',
    );
  });

  it('speaks English, with the language’s own numbers, in a language Claimline has no catalog for', () => {
    expect(createMessages({ locale: 'sv' }).format('gap.percent', { ratio: 0.19 })).toBe(
      'at least 19\u00a0% more than',
    );
  });

  it('takes a site’s override of a message', () => {
    const custom = createMessages({ locale: 'en', overrides: { 'role.contradicts': 'Does not fit' } });
    expect(custom.format('role.contradicts')).toBe('Does not fit');
    expect(messages.format('role.contradicts')).toBe('Disagrees');
  });

  it('splits a message at its tags, keeping the text around them', () => {
    const custom = createMessages({
      locale: 'en',
      overrides: { 'role.claimed': 'See <link>our methodology</link> for {what}.' },
    });
    expect(custom.parts('role.claimed', { what: 'ratings' })).toEqual([
      'See ',
      { tag: 'link', text: 'our methodology' },
      ' for ratings.',
    ]);
    expect(custom.format('role.claimed', { what: 'ratings' })).toBe('See our methodology for ratings.');
  });

  it('does not read markup out of interpolated values', () => {
    expect(messages.format('value.withUnit', { value: '<b>1</b>', unit: '<i>x</i>' })).toBe('<b>1</b> <i>x</i>');
  });
});

describe('a full stop after a value that ends with one', () => {
  it('is not doubled where the message follows the value with its own, in any language', () => {
    const messages = createMessages({
      locale: 'ru',
      overrides: { 'feed.item': '{verdict}: {summary}.', 'claim.appearedIn': 'в <link>{title}</link>.' },
    });
    expect(messages.format('feed.item', { verdict: 'Неверно', summary: 'Данные на 19 марта 2024 г.' })).toBe(
      'Неверно: Данные на 19 марта 2024 г.',
    );
    expect(messages.parts('claim.appearedIn', { title: 'Отчёт от 2 мая 2024 г.' })).toEqual([
      'в ',
      { tag: 'link', text: 'Отчёт от 2 мая 2024 г' },
      '.',
    ]);
  });

  it('leaves an ellipsis, a value not followed by a full stop, and the rest of a value as written', () => {
    const messages = createMessages({ locale: 'en', overrides: { 'feed.item': '{verdict}: {summary}.' } });
    expect(messages.format('feed.item', { verdict: 'Wait.. what', summary: 'and see...' })).toBe(
      'Wait.. what: and see....',
    );
    expect(messages.format('feed.item', { verdict: 'U.S.', summary: 'It was 1.5.' })).toBe('U.S.: It was 1.5.');
  });
});
