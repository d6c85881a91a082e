import type { ClaimReview, CreativeWork, Organization, Person, WithContext } from 'schema-dts';
import type { EdtfDate } from '../model/edtf-date.ts';
import type { Claim, Site } from '../model/types.ts';

/**
 * A date for schema.org: the ISO 8601 form of an EDTF date at its precision — "2022-03-25" when it names a day,
 * "2022-03" or "2022" when it names a month or a year. Undefined for an interval or an approximate or uncertain
 * date, which schema.org cannot say.
 */
export function schemaDate(date: EdtfDate): string | undefined {
  const { start, isInterval } = date;
  if (isInterval || start.approximate || start.uncertain) return undefined;
  const pad = (value: number) => String(value).padStart(2, '0');
  const year = String(start.year).padStart(4, '0');
  if (start.precision === 'year' || start.month === undefined) return year;
  if (start.precision === 'month' || start.day === undefined) return `${year}-${pad(start.month)}`;
  return `${year}-${pad(start.month)}-${pad(start.day)}`;
}

/**
 * The schema.org ClaimReview of a claim (https://schema.org/ClaimReview): the claim reviewed, its rating on the
 * site's scale, who made it, when and where, who reviewed it, and in which language. `url` is the claim page's
 * canonical URL.
 */
export function claimReview(site: Site, claim: Claim, url: string): WithContext<ClaimReview> {
  const { config } = site;
  const rating = site.ratingById.get(claim.verdict);
  const values = config.ratings.map((entry) => entry.value);
  const appearance = site.sourceById.get(claim.appearance);
  const claimant: Person | Organization =
    claim.claimantType === 'person'
      ? { '@type': 'Person', name: claim.claimant }
      : { '@type': 'Organization', name: claim.claimant };
  const claimDate = schemaDate(claim.claimDateParsed);
  const published = schemaDate(claim.publishedDate);
  const appearanceWork: CreativeWork | undefined = appearance && {
    '@type': 'CreativeWork',
    name: appearance.title,
    ...(appearance.url === undefined ? {} : { url: appearance.url }),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url,
    // The language the review is written in: the claim's (its `lang`, else the site's).
    inLanguage: claim.lang,
    claimReviewed: claim.claim,
    reviewRating: {
      '@type': 'Rating',
      ...(rating === undefined ? {} : { ratingValue: rating.value, alternateName: rating.label }),
      bestRating: Math.max(...values),
      worstRating: Math.min(...values),
      ratingExplanation: claim.summary,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: claimant,
      ...(claimDate === undefined ? {} : { datePublished: claimDate }),
      ...(appearanceWork === undefined ? {} : { appearance: appearanceWork }),
    },
    author: { '@type': 'Organization', name: config.publisher.name, url: config.publisher.url },
    ...(published === undefined ? {} : { datePublished: published }),
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&` are written as \u escapes (as are
 * U+2028 and U+2029), so no content string can close the script element or open a comment. JSON.parse reads
 * the escapes back as the same characters.
 */
export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
