import { describe, expect, it } from 'vitest';
import { markdownTable } from './table.ts';

describe('markdownTable', () => {
  it('pads every cell to its column width and draws the delimiter as wide', () => {
    expect(
      markdownTable(
        ['Measure', 'Value'],
        [
          ['Pages', '12'],
          ['Wall s', '1.5'],
        ],
      ),
    ).toBe(['| Measure | Value |', '| ------- | ----- |', '| Pages   | 12    |', '| Wall s  | 1.5   |'].join('\n'));
  });

  it('right-aligns a column with a colon in the delimiter and the padding before the text', () => {
    expect(markdownTable(['n'], [['7'], ['123']], { align: ['right'] })).toBe(
      ['|   n |', '| --: |', '|   7 |', '| 123 |'].join('\n'),
    );
  });

  it('counts a symbol such as × as one column and escapes pipes in cells', () => {
    expect(markdownTable(['a', 'b'], [['1.5×', 'x|y']])).toBe(
      ['| a    | b    |', '| ---- | ---- |', '| 1.5× | x\\|y |'].join('\n'),
    );
  });

  it('fills missing cells with blanks so every row has the header’s columns', () => {
    expect(markdownTable(['a', 'b'], [['1']])).toBe(['| a   | b   |', '| --- | --- |', '| 1   |     |'].join('\n'));
  });
});
