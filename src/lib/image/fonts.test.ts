import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontMetrics } from './font-metrics.ts';
import { fontFiles, measureText } from './fonts.ts';

const fonts = fontFiles.map((file) => fontMetrics(readFileSync(file)));
const covered = (text: string) =>
  [...text].filter((char) => !/\s/.test(char)).every((char) => fonts.some((font) => font.covers(char)));

describe('the images’ fonts', () => {
  it.each([
    ['Latin', 'Vérifié: 1 351 morts, über „Schätzung“'],
    ['Cyrillic', 'Перевірено: кількість загиблих'],
    ['Arabic', 'تحقق: عدد القتلى ٢٠٢٢'],
  ])('have a glyph for every character of %s text', (_, text) => {
    expect(covered(text)).toBe(true);
  });

  it('measures Arabic with the Arabic font, not with Inter’s missing-glyph box', () => {
    const [inter] = fonts;
    const word = 'القتلى';
    expect(inter?.covers('ق')).toBe(false);
    expect(measureText(word, 10)).not.toBeCloseTo((inter?.width(word) ?? 0) * 10, 1);
  });
});
