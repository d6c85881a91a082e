import { describe, expect, it } from 'vitest';
import { drawsInline, MAX_INLINE_FIGURES } from './inline-chart.ts';

describe('drawsInline', () => {
  it('draws a chart of up to MAX_INLINE_FIGURES figures inside the page', () => {
    expect(drawsInline(1)).toBe(true);
    expect(drawsInline(MAX_INLINE_FIGURES)).toBe(true);
  });

  it('shows a larger chart as an image', () => {
    expect(drawsInline(MAX_INLINE_FIGURES + 1)).toBe(false);
    expect(drawsInline(625)).toBe(false);
  });
});
