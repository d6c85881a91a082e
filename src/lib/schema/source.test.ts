import { describe, expect, it } from 'vitest';
import { sourceSchema } from './source.ts';

describe('a source’s lang', () => {
  it('is optional, and a BCP 47 tag when given', () => {
    expect(sourceSchema.parse({ title: 'T' }).lang).toBeUndefined();
    expect(sourceSchema.parse({ title: 'Т', lang: 'ru' }).lang).toBe('ru');
    expect(sourceSchema.safeParse({ title: 'T', lang: 'Russian' }).success).toBe(false);
  });
});
