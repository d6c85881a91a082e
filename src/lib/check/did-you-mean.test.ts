import { describe, expect, it } from 'vitest';
import { didYouMean, suggestion } from './did-you-mean.ts';

describe('didYouMean', () => {
  it('suggests the closest candidate for a small typo', () => {
    expect(didYouMean('nato-kiled-2022-03', ['nato-killed-2022-03', 'ru-mod-killed-2022-03-25'])).toBe(
      'nato-killed-2022-03',
    );
    expect(didYouMean('licence', ['title', 'license', 'language'])).toBe('license');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(didYouMean('misleading', ['accurate', 'understated'])).toBeUndefined();
  });

  it('suggests nothing when there are no candidates', () => {
    expect(didYouMean('anything', [])).toBeUndefined();
  });
});

describe('suggestion', () => {
  it('writes the suggestion to append to a message, or nothing', () => {
    expect(suggestion('titel', ['title'])).toBe(' (did you mean "title"?)');
    expect(suggestion('zzz-zzz-zzz', ['title'])).toBe('');
  });
});
