import { describe, expect, it } from 'vitest';
import { citation, dataCatalogue } from './catalogue.ts';
import { createMessages } from '../messages/messages.ts';
import { CLAIM_CSV_COLUMNS } from './claims.ts';
import { FIGURE_COLUMNS } from './figures.ts';
import { exportContext, exportSite } from './test-site.ts';

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
    expect(catalogue.claimFields.fields.find((field) => field.name === 'updated')).toEqual({
      name: 'updated',
      meaning: 'Its last substantive update, EDTF, or null',
      example: '2026-11-22',
      generic: true,
    });
    expect(catalogue.siteFields.fields.find((field) => field.name === 'title')).toMatchObject({ example: 'S' });
    expect(catalogue.siteFields.fields.find((field) => field.name === 'url')).toMatchObject({
      example: 'https://example.org/',
    });
  });
});

describe('dataCatalogue in the site’s words', () => {
  const site = exportSite();
  const messages = createMessages({
    locale: 'en-GB',
    overrides: {
      'role.contradicts': 'Does not fit',
      'downloads.figure.by': 'Whose estimate it is',
      'downloads.table.figureColumns': 'Figure columns',
      'downloads.example.unit': 'persons',
    },
  });
  const catalogue = dataCatalogue(exportContext({ ...site, messages }));
  const field = (table: keyof typeof catalogue, name: string) =>
    catalogue[table].fields.find((entry) => entry.name === name);

  it('takes titles, meanings and word examples from the catalog, and names relations as the pages do', () => {
    expect(catalogue.figureColumns.title).toBe('Figure columns');
    expect(field('figureColumns', 'by')?.meaning).toBe('Whose estimate it is');
    expect(field('relationFields', 'relation')?.meaning).toContain('contradicts, shown as “Does not fit”');
    expect(field('metricFields', 'unit')).toMatchObject({ example: 'people' });
    const empty = dataCatalogue(exportContext({ ...site, messages, metrics: [], figures: [], claims: [] }));
    expect(empty.metricFields.fields.find((entry) => entry.name === 'unit')).toMatchObject({
      example: 'persons',
      generic: true,
    });
  });

  it('adds the claim CSV’s note to the relation columns it borrows', () => {
    expect(field('claimCsvColumns', 'direction')?.meaning).toMatch(
      /above or below\. Empty on the claimed figure’s row$/,
    );
  });
});

describe('citation', () => {
  it('names the site, the publisher and the file, and leaves the access date to the reader', () => {
    expect(citation(context, '/data/figures.csv')).toBe('S, P, https://example.org/data/figures.csv, accessed [date]');
  });
});
