import { describe, expect, it } from 'vitest';
import { lazy } from './lazy.ts';

describe('lazy', () => {
  it('makes a part only when it is first read, and only once', () => {
    const made: string[] = [];
    const view = lazy<{ a: number; b: number }>({
      a: () => {
        made.push('a');
        return 1;
      },
      b: (self) => {
        made.push('b');
        return self.a + 1;
      },
    });
    expect(made).toEqual([]);
    expect(view.b).toBe(2);
    expect(view.b).toBe(2);
    expect(view.a).toBe(1);
    expect(made).toEqual(['b', 'a']);
  });

  it('lists its parts as its own enumerable keys', () => {
    expect(Object.keys(lazy<{ x: number; y: string }>({ x: () => 1, y: () => 'y' }))).toEqual(['x', 'y']);
  });
});
