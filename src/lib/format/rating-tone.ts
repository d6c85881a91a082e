import type { Rating } from '../schema/index.ts';

export type RatingTone = 'positive' | 'neutral' | 'negative';

/**
 * How a rating's badge is marked: its `tone` when site.yaml gives one, else where it sits on its scale, the top
 * third of the value range positive, the bottom third negative. The badge always shows the label too, so tone is
 * never carried by colour or symbol alone.
 */
export function ratingTone(rating: Rating, scale: readonly Rating[]): RatingTone {
  if (rating.tone) return rating.tone;
  const values = scale.map((entry) => entry.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (max === min) return 'neutral';
  const position = (rating.value - min) / (max - min);
  if (position >= 2 / 3) return 'positive';
  if (position <= 1 / 3) return 'negative';
  return 'neutral';
}
