// When a translated fact-check falls behind its original: the one rule the checker's warning and the page's
// notice share.
import { compareDates, edtfDate, type EdtfDate } from './edtf-date.ts';

/** What a claim's last change is read from: its dates as written. */
export interface ClaimDates {
  readonly published: string;
  readonly updated?: string | undefined;
  readonly corrections: readonly { readonly date: string }[];
}

/** When a claim last changed: its `updated` (else `published`), or its latest correction when that is later. */
export function lastChange(claim: ClaimDates): EdtfDate {
  return [claim.updated ?? claim.published, ...claim.corrections.map((correction) => correction.date)]
    .map(edtfDate)
    .reduce((latest, date) => (compareDates(date, latest) > 0 ? date : latest));
}

/** Whether the original changed after its translation did: the translation may no longer say what it says. */
export function isStale(original: ClaimDates, translation: ClaimDates): boolean {
  return compareDates(lastChange(original), lastChange(translation)) > 0;
}
