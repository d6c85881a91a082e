import { compareDates, edtfDate, type EdtfDate } from '../model/edtf-date.ts';
import type { Claim, Site } from '../model/types.ts';

/** One dated correction of one fact-check. */
export interface SiteCorrection {
  readonly claim: Claim;
  readonly date: EdtfDate;
  readonly text: string;
}

/** Every correction of the site, newest first; corrections of the same date by claim slug, then as written. */
export function siteCorrections(site: Site): SiteCorrection[] {
  const all = site.claims.flatMap((claim) =>
    claim.corrections.map((correction, index) => ({
      claim,
      date: edtfDate(correction.date),
      text: correction.text,
      index,
    })),
  );
  all.sort(
    (a, b) =>
      compareDates(b.date, a.date) ||
      (a.claim.slug < b.claim.slug ? -1 : a.claim.slug > b.claim.slug ? 1 : 0) ||
      a.index - b.index,
  );
  return all.map(({ claim, date, text }) => ({ claim, date, text }));
}
