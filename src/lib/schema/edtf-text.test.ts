import edtf, { parse } from 'edtf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainDateTree, readEdtfText } from './edtf-text.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('plainDateTree', () => {
  it('gives the tree and bounds the edtf grammar gives, for any real year, month or day', () => {
    const plain = fc.oneof(
      fc.integer({ min: 1000, max: 9999 }).map((year) => pad(year, 4)),
      fc
        .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
        .map(({ year, month }) => `${year}-${pad(month, 2)}`),
      fc
        .date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
    );
    fc.assert(
      fc.property(plain, (value) => {
        const tree = plainDateTree(value);
        expect(tree).toEqual(parse(value));
        expect(readEdtfText(value)).toMatchObject({ min: edtf(value).min, max: edtf(value).max });
      }),
    );
  });

  it('leaves every other form to the grammar', () => {
    for (const value of ['2022-02-30', '2022-13', '2022-00', '0999', '2022?', '2022-03/2022-04', '2022-03-XX']) {
      expect(plainDateTree(value)).toBeUndefined();
    }
    expect(readEdtfText('2022-03-25/2022-04')?.tree.type).toBe('Interval');
    expect(readEdtfText('2022-02-30')).toBeNull();
  });
});
