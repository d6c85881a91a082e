import { describe, expect, it } from 'vitest';
import type { Rating } from '../schema/index.ts';
import { ratingTone } from './rating-tone.ts';

const rating = (id: string, value: number, tone?: Rating['tone']): Rating =>
  ({ id, label: id, value, description: id, ...(tone ? { tone } : {}) }) as Rating;

describe('ratingTone', () => {
  it('marks the top third of a scale positive, the bottom third negative and the middle neutral', () => {
    const scale = [
      rating('true', 5),
      rating('mostly', 4),
      rating('half', 3),
      rating('misleading', 2),
      rating('false', 1),
    ];
    expect(scale.map((entry) => ratingTone(entry, scale))).toEqual([
      'positive',
      'positive',
      'neutral',
      'negative',
      'negative',
    ]);
  });

  it('follows the tone site.yaml gives a rating, wherever it sits on the scale', () => {
    // A four-step scale has no middle third: "Imprecise", third of four, would be positive.
    const imprecise = rating('imprecise', 3, 'neutral');
    const scale = [rating('true', 4), imprecise, rating('misleading', 2), rating('false', 1)];
    expect(ratingTone(rating('imprecise', 3), scale)).toBe('positive');
    expect(ratingTone(imprecise, scale)).toBe('neutral');
  });

  it('calls a scale of one value neutral', () => {
    const only = rating('checked', 1);
    expect(ratingTone(only, [only])).toBe('neutral');
  });
});
