import { describe, expect, it } from 'vitest';
import { weakMemo } from './weak-memo.ts';

describe('weakMemo', () => {
  it('makes a value once per owner and key', () => {
    const memo = weakMemo<object, string, number>();
    const [a, b] = [{}, {}];
    let made = 0;
    const make = () => ++made;
    expect(memo(a, 'x', make)).toBe(1);
    expect(memo(a, 'x', make)).toBe(1);
    expect(memo(a, 'y', make)).toBe(2);
    expect(memo(b, 'x', make)).toBe(3);
    expect(made).toBe(3);
  });

  it('keeps a value that is undefined rather than making it again', () => {
    const memo = weakMemo<object, string, undefined>();
    const owner = {};
    let made = 0;
    memo(owner, 'k', () => void made++);
    memo(owner, 'k', () => void made++);
    expect(made).toBe(1);
  });
});
