import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { createMessages } from '../messages/messages.ts';
import {
  csvCell,
  lazyList,
  neutraliseText,
  toCsv,
  toJson,
  toRecord,
  withExamples,
  type Cell,
  type Column,
} from './csv.ts';

interface Row {
  readonly text: string;
  readonly number: number | null;
  readonly flag: boolean;
}

const COLUMNS: readonly Column<Row>[] = [
  { name: 'text', meaning: 'downloads.figure.quote', example: 'x', value: (row) => row.text },
  { name: 'number', meaning: 'downloads.figure.value', example: '1', value: (row) => row.number },
  { name: 'flag', meaning: 'downloads.figure.approx', example: 'true', value: (row) => row.flag },
];

describe('neutraliseText, against spreadsheet formula injection', () => {
  it.each(['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'])(
    'prefixes a single quote to text that starts like a formula: %j',
    (text) => {
      expect(neutraliseText(text)).toBe(`'${text}`);
    },
  );

  it('leaves other text as it is, including formula characters after the first', () => {
    expect(neutraliseText('NATO said 7,000 = too many')).toBe('NATO said 7,000 = too many');
    expect(neutraliseText("'quoted")).toBe("'quoted");
  });
});

describe('csvCell', () => {
  it('keeps negative and decimal numbers numeric: only text cells are neutralised', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvCell('-5')).toBe("'-5");
  });

  it('writes nothing for a missing value and true or false for a flag', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(false)).toBe('false');
  });
});

describe('toCsv', () => {
  it('writes a header row with the column names in their order, then one row per item in the order given', () => {
    const csv = toCsv(COLUMNS, [
      { text: 'b', number: 2, flag: true },
      { text: 'a', number: null, flag: false },
    ]);
    expect(csv).toBe('text,number,flag\nb,2,true\na,,false\n');
  });

  it('quotes commas, quotes and line breaks so every cell reads back as written', () => {
    const text = 'He said "7,000"\nthen left';
    const csv = toCsv(COLUMNS, [{ text, number: -1351, flag: false }]);
    expect(csvParseRows(csv)).toEqual([
      ['text', 'number', 'flag'],
      [text, '-1351', 'false'],
    ]);
  });

  it('neutralises a formula in a text cell but not a negative number', () => {
    const csv = toCsv(COLUMNS, [{ text: '=1+1', number: -3, flag: false }]);
    expect(csvParseRows(csv)[1]).toEqual(["'=1+1", '-3', 'false']);
  });
});

describe('toRecord and toJson', () => {
  it('give a JSON object with the columns as keys, in column order, and null for a missing value', () => {
    const record: Record<string, Cell> = toRecord(COLUMNS, { text: '=x', number: null, flag: true });
    expect(Object.keys(record)).toEqual(['text', 'number', 'flag']);
    expect(record).toEqual({ text: '=x', number: null, flag: true });
    expect(toJson(record)).toBe('{\n  "text": "=x",\n  "number": null,\n  "flag": true\n}\n');
  });
});

describe('withExamples', () => {
  it('takes each example from the first row with a value, else keeps the generic one', () => {
    const fields = withExamples(
      COLUMNS,
      [
        { text: '', number: null, flag: false },
        { text: 'found', number: null, flag: true },
      ],
      createMessages({ locale: 'en-GB' }),
    );
    expect(fields.map((field) => [field.name, field.example, field.generic ?? false])).toEqual([
      ['text', 'found', false],
      ['number', '1', true],
      ['flag', 'false', false],
    ]);
  });
});

describe('lazyList', () => {
  it('makes items only as far as a loop goes, once, and gives every loop the same items', () => {
    let made = 0;
    const list = lazyList(function* () {
      for (const item of ['a', 'b', 'c']) {
        made++;
        yield item;
      }
    });
    expect(made).toBe(0);
    for (const item of list) if (item === 'a') break;
    expect(made).toBe(1);
    expect([...list]).toEqual(['a', 'b', 'c']);
    expect([...list]).toEqual(['a', 'b', 'c']);
    expect(made).toBe(3);
  });
});
