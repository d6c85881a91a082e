import { describe, expect, it } from 'vitest';
import { citation, dataCatalogue } from './catalogue.ts';
import { CLAIM_CSV_COLUMNS, CLAIM_FIELDS } from './claims.ts';
import { FIGURE_COLUMNS } from './figures.ts';
import { exportContext } from './test-site.ts';

const context = exportContext();

describe('dataCatalogue, the column documentation of the data page', () => {
  const catalogue = dataCatalogue(context);

  it('documents every column of the CSV downloads, in file order, each with a meaning and an example', () => {
    expect(catalogue.figureColumns.fields.map((field) => field.name)).toEqual(FIGURE_COLUMNS.map((c) => c.name));
    expect(catalogue.claimCsvColumns.fields.map((field) => field.name)).toEqual(CLAIM_CSV_COLUMNS.map((c) => c.name));
    for (const table of Object.values(catalogue)) {
      for (const field of table.fields) {
        expect(field.meaning, `${table.id} ${field.name}`).not.toBe('');
        expect(field.example, `${table.id} ${field.name}`).not.toBe('');
      }
    }
  });

  it('takes examples from the site’s own data, as the file writes them', () => {
    const example = (name: string) => catalogue.figureColumns.fields.find((field) => field.name === name)?.example;
    expect(example('figure')).toBe('month');
    expect(example('low')).toBe('7000');
    expect(example('by')).toBe("'@KP");
    expect(catalogue.claimFields.fields.find((field) => field.name === 'tags')?.example).toBe('["losses","march"]');
  });

  it('keeps the generic example where the site has no value', () => {
    const claimDoc = CLAIM_FIELDS.find((field) => field.name === 'updated');
    expect(catalogue.claimFields.fields.find((field) => field.name === 'updated')).toEqual({
      ...claimDoc,
      generic: true,
    });
    expect(catalogue.siteFields.fields.find((field) => field.name === 'url')).toMatchObject({
      example: 'https://example.org/',
    });
  });
});

describe('citation', () => {
  it('names the site, the publisher and the file, and leaves the access date to the reader', () => {
    expect(citation(context, '/data/figures.csv')).toBe('S, P, https://example.org/data/figures.csv, accessed [date]');
  });
});
