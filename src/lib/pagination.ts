// Listings in pages: the fact-check archive, sources, metrics and corrections show at most LISTING_PAGE_SIZE
// entries per page, so each page stays small however large the site grows (10,000 claims: 200 archive pages of
// about 30 KB each). Page 1 is the listing's own address (/claims/), later pages are /claims/page/2/, … (see
// src/lib/routes.ts). Pure: the pages turn this into markup and static paths.

/** Entries per page of every listing. */
export const LISTING_PAGE_SIZE = 50;

/** Fact-checks on the home page, newest first; the archive has them all. */
export const HOME_CLAIMS = 10;

/** One page of a listing. */
export interface ListingPage<T> {
  readonly items: readonly T[];
  /** 1 for the first page. */
  readonly number: number;
  /** How many pages the listing has: at least one, empty or not. */
  readonly count: number;
  /** How many entries the whole listing has. */
  readonly total: number;
  /** Position in the listing of this page's first and last entry, from 1 (both 0 when the listing is empty). */
  readonly first: number;
  readonly last: number;
}

/** Every page of a listing, in order. An empty listing has one empty page. */
export function paginate<T>(items: readonly T[], size: number = LISTING_PAGE_SIZE): Array<ListingPage<T>> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`A page holds a whole number of entries, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => {
    const pageItems = items.slice(index * size, (index + 1) * size);
    const first = pageItems.length === 0 ? 0 : index * size + 1;
    return {
      items: pageItems,
      number: index + 1,
      count,
      total: items.length,
      first,
      last: pageItems.length === 0 ? 0 : first + pageItems.length - 1,
    };
  });
}

/**
 * The `[...page]` parameter of a listing's static paths: none for page 1 (the listing's own address), `page/<n>`
 * after it. Astro pages pass these to getStaticPaths.
 */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : `page/${number}`;
}

/** Static paths of a listing: one per page, the page as its prop. */
export function listingPaths<T>(
  items: readonly T[],
  size: number = LISTING_PAGE_SIZE,
): Array<{ params: { page: string | undefined }; props: { page: ListingPage<T> } }> {
  return paginate(items, size).map((page) => ({ params: { page: pageParam(page.number) }, props: { page } }));
}

/** A page number to link, or a gap standing for the numbers left out. */
export type PageNumber = number | 'gap';

/**
 * The page numbers a page's navigation shows: the first and the last, the current one with `around` on either
 * side, and a gap for each run left out. A gap never stands for a single number: that number is shown instead.
 */
export function pageNumbers(current: number, count: number, around = 2): PageNumber[] {
  const shown = new Set<number>([1, count]);
  for (let number = current - around; number <= current + around; number++) {
    if (number >= 1 && number <= count) shown.add(number);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const result: PageNumber[] = [];
  for (const number of sorted) {
    const previous = result.at(-1);
    if (typeof previous === 'number' && number - previous === 2) result.push(previous + 1);
    else if (typeof previous === 'number' && number - previous > 2) result.push('gap');
    result.push(number);
  }
  return result;
}

/** A link of a page's navigation. */
export type PageLink =
  | { readonly kind: 'page'; readonly number: number; readonly href: string; readonly current: boolean }
  | { readonly kind: 'gap' };

/** What a listing page links to: its neighbours (for rel=prev/next) and the page numbers to show. */
export interface PageNavigation {
  readonly previous: string | undefined;
  readonly next: string | undefined;
  readonly links: readonly PageLink[];
}

/** The navigation of one page of a listing, with `href` giving each page's address. */
export function pageNavigation(
  page: Pick<ListingPage<unknown>, 'number' | 'count'>,
  href: (number: number) => string,
): PageNavigation {
  const { number, count } = page;
  return {
    previous: number > 1 ? href(number - 1) : undefined,
    next: number < count ? href(number + 1) : undefined,
    links: pageNumbers(number, count).map((entry) =>
      entry === 'gap' ? { kind: 'gap' } : { kind: 'page', number: entry, href: href(entry), current: entry === number },
    ),
  };
}

/**
 * Static paths of a listing per group (a topic's, a claimant's, a verdict's fact-checks): each page of each group,
 * with the group's `slug` and the page as parameters, and the group and the page as props.
 */
export function groupListingPaths<G extends { readonly slug: string; readonly claims: readonly unknown[] }>(
  groups: readonly G[],
  size: number = LISTING_PAGE_SIZE,
): Array<{
  params: { slug: string; page: string | undefined };
  props: { group: G; page: ListingPage<G['claims'][number]> };
}> {
  return groups.flatMap((group) =>
    listingPaths(group.claims, size).map(({ params, props }) => ({
      params: { slug: group.slug, page: params.page },
      props: { group, page: props.page },
    })),
  );
}
