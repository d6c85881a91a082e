// What the e2e specs expect a site's pages to show, written down beside the content rather than computed by the code
// under test: each claim's computed summary, each plotted figure's mark and sentence, and every figure's value as
// the pages print it. One JSON file per content folder the specs run on (the example site, the minimal fixture).
//
// The files are reviewed like any other change: `npm run e2e:expectations` writes them again from the current code,
// and the diff in the pull request is what a reviewer reads to accept a changed sentence or number.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ClaimExpectations {
  /** The sentence under the verdict and the chart's caption. */
  readonly summary: string;
  /** Each plotted figure's mark: `claimed`, or the compared figure's relation as the chart shows it. */
  readonly marks: Readonly<Record<string, string>>;
  /** Each plotted figure's sentence, as its tooltip and the chart's description give it. */
  readonly sentences: Readonly<Record<string, string>>;
  /** Rows of the estimates table, in order: the claimed figures, then one per compared estimate. */
  readonly rows: readonly string[];
  /** Other reports of a compared estimate, named in its row (sameAs), by the row's figure. */
  readonly sameEstimate: Readonly<Record<string, readonly string[]>>;
}

export interface SiteExpectations {
  readonly claims: Readonly<Record<string, ClaimExpectations>>;
  /** Every figure's value as pages and downloads print it ("7,000–15,000", "about 1,351"). */
  readonly values: Readonly<Record<string, string>>;
}

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** The JSON file of expectations for a content folder the specs know. */
export const EXPECTATION_FILES: Readonly<Record<string, string>> = {
  content: 'example.json',
  'e2e/fixtures/minimal': 'minimal.json',
};

/** The expectations of the content folder under test; a folder without a file has none, and the specs say so. */
export function expectationsFor(contentDir: string): SiteExpectations {
  const key = path.relative(REPO, path.resolve(contentDir)).split(path.sep).join('/');
  const file = EXPECTATION_FILES[key];
  if (!file) throw new Error(`No e2e expectations for ${contentDir}: add one to e2e/expected/expectations.ts`);
  return JSON.parse(readFileSync(path.join(REPO, 'e2e', 'expected', file), 'utf8')) as SiteExpectations;
}
