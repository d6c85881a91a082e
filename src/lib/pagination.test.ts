import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HOME_CLAIMS,
  LISTING_PAGE_SIZE,
  listingPaths,
  pageNavigation,
  pageNumbers,
  pageParam,
  paginate,
  type PageLink,
} from './pagination.ts';
import { routes } from './routes.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('paginate', () => {
  it('splits a listing into pages of the page size, the last one holding the rest', () => {
    const pages = paginate(numbers(120), 50);
    expect(pages.map((page) => page.items.length)).toEqual([50, 50, 20]);
    expect(pages.map((page) => [page.number, page.count, page.total, page.first, page.last])).toEqual([
      [1, 3, 120, 1, 50],
      [2, 3, 120, 51, 100],
      [3, 3, 120, 101, 120],
    ]);
  });

  it('gives an empty listing one empty page, so the listing still has its address', () => {
    expect(paginate([], 50)).toEqual([{ items: [], number: 1, count: 1, total: 0, first: 0, last: 0 }]);
  });

  it('keeps every entry exactly once and in order, whatever the sizes', () => {
    fc.assert(
      fc.property(fc.nat({ max: 700 }), fc.integer({ min: 1, max: 120 }), (length, size) => {
        const pages = paginate(numbers(length), size);
        expect(pages.flatMap((page) => page.items)).toEqual(numbers(length));
        expect(pages.every((page) => page.items.length <= size)).toBe(true);
        expect(pages.slice(0, -1).every((page) => page.items.length === size)).toBe(true);
        expect(pages).toHaveLength(Math.max(1, Math.ceil(length / size)));
      }),
    );
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate([1], 0)).toThrow(/whole number/);
    expect(() => paginate([1], 2.5)).toThrow(/whole number/);
  });

  it('keeps 10,000 fact-checks to 200 archive pages of 50, and the home page to the latest 10', () => {
    expect(paginate(numbers(10_000))).toHaveLength(200);
    expect(LISTING_PAGE_SIZE).toBe(50);
    expect(HOME_CLAIMS).toBe(10);
  });
});

describe('listing paths', () => {
  it('puts page 1 at the listing address and later pages under page/<n>', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('page/2');
    const paths = listingPaths(numbers(101), 50);
    expect(paths.map((entry) => entry.params.page)).toEqual([undefined, 'page/2', 'page/3']);
    expect(paths[2]?.props.page.items).toEqual([101]);
  });
});

describe('pageNumbers', () => {
  it('shows every page of a short listing', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('shows the first, the last and two either side of the current page, with gaps between', () => {
    expect(pageNumbers(100, 200)).toEqual([1, 'gap', 98, 99, 100, 101, 102, 'gap', 200]);
    expect(pageNumbers(1, 200)).toEqual([1, 2, 3, 'gap', 200]);
    expect(pageNumbers(200, 200)).toEqual([1, 'gap', 198, 199, 200]);
  });

  it('never hides a single page behind a gap', () => {
    expect(pageNumbers(5, 200)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 200]);
  });

  it('lists each page at most once, in order, always with the first, the last and the current one', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 500 })
          .chain((count) => fc.tuple(fc.integer({ min: 1, max: count }), fc.constant(count))),
        ([current, count]) => {
          const shown = pageNumbers(current, count);
          const pages = shown.filter((entry): entry is number => entry !== 'gap');
          expect(pages).toEqual([...new Set(pages)].sort((a, b) => a - b));
          expect(pages).toContain(1);
          expect(pages).toContain(count);
          expect(pages).toContain(current);
          expect(shown.length).toBeLessThanOrEqual(9);
          shown.forEach((entry, index) => {
            if (entry !== 'gap') return;
            const before = shown[index - 1];
            const after = shown[index + 1];
            expect(typeof before === 'number' && typeof after === 'number' && after - before > 2).toBe(true);
          });
        },
      ),
    );
  });
});

describe('pageNavigation', () => {
  const r = routes('/factcheck/');

  it('links the previous and next pages and marks the current one, under the base path', () => {
    const nav = pageNavigation({ number: 2, count: 3 }, r.claimsPage);
    expect(nav.previous).toBe('/factcheck/claims/');
    expect(nav.next).toBe('/factcheck/claims/page/3/');
    expect(nav.links).toEqual<PageLink[]>([
      { kind: 'page', number: 1, href: '/factcheck/claims/', current: false },
      { kind: 'page', number: 2, href: '/factcheck/claims/page/2/', current: true },
      { kind: 'page', number: 3, href: '/factcheck/claims/page/3/', current: false },
    ]);
  });

  it('has no previous page on the first page and no next page on the last', () => {
    expect(pageNavigation({ number: 1, count: 1 }, r.sourcesPage)).toEqual({
      previous: undefined,
      next: undefined,
      links: [{ kind: 'page', number: 1, href: '/factcheck/sources/', current: true }],
    });
    expect(pageNavigation({ number: 4, count: 4 }, r.metricsPage).next).toBeUndefined();
  });
});
