import { describe, expect, it } from 'vitest';
import { feedItems } from './feed.ts';
import { exportContext } from './test-site.ts';

describe('feedItems', () => {
  const items = feedItems(exportContext());

  it('lists every claim and every correction, newest first, linked by its canonical URL', () => {
    expect(items.map((item) => item.link)).toEqual([
      'https://example.org/claims/mod-count/#correction-1',
      'https://example.org/claims/mod-count/',
      'https://example.org/claims/no-figure/',
    ]);
  });

  it('announces a correction on the day it was made, with what was corrected', () => {
    expect(items[0]).toEqual({
      title: 'Correction: mod-count',
      link: 'https://example.org/claims/mod-count/#correction-1',
      description: '=Fixed a typo',
      pubDate: new Date('2022-04-03T00:00:00Z'),
      categories: ['losses', 'march'],
    });
  });

  it('describes each with its verdict label and summary, dates it at midnight UTC and tags it', () => {
    expect(items[1]).toEqual({
      title: 'mod-count',
      link: 'https://example.org/claims/mod-count/',
      description: 'Accurate: S',
      pubDate: new Date('2022-04-02T00:00:00Z'),
      categories: ['losses', 'march'],
    });
  });
});
