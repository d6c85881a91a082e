import type { TextMeasure } from '../image/text.ts';
import type { Site } from '../model/types.ts';
import type { Routes } from '../routes.ts';

/** What every view is made from: the checked site, its URLs under the base, and how image text is measured. */
export interface ViewContext {
  readonly site: Site;
  readonly routes: Routes;
  readonly measure: TextMeasure;
}
