import type { Rating } from '../schema/index.ts';

export type RatingTone = 'positive' | 'neutral' | 'negative';

/**
 * Where a rating sits on its scale, for styling: the top third of the value range is positive, the bottom
 * third negative. The badge always shows the label too, so tone is never carried by colour alone.
 */
export function ratingTone(rating: Rating, scale: readonly Rating[]): RatingTone {
  const values = scale.map((entry) => entry.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (max === min) return 'neutral';
  const position = (rating.value - min) / (max - min);
  if (position >= 2 / 3) return 'positive';
  if (position <= 1 / 3) return 'negative';
  return 'neutral';
}
