// The steps of `npm test` (scripts/test.ts), in the order a failure is cheapest to find. The pull-request workflow
// runs them in parallel groups by name (.github/workflows/pull-request.yml; scripts/test-steps.test.ts checks it).
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Step {
  readonly name: string;
  readonly command: string;
  readonly env?: Record<string, string>;
}

const fixture = 'e2e/fixtures/minimal';
const subpathDist = path.join(tmpdir(), 'claimline-subpath-dist');
const manyDir = path.join(tmpdir(), 'claimline-many-content');
const manyDist = path.join(tmpdir(), 'claimline-many-dist');
const workflowDist = path.join(tmpdir(), 'claimline-workflow-dist');
const languageFixtures = [
  { name: 'Ukrainian', dir: 'e2e/fixtures/ukrainian', dist: path.join(tmpdir(), 'claimline-ukrainian-dist') },
  { name: 'en/fr/ar', dir: 'e2e/fixtures/multilingual', dist: path.join(tmpdir(), 'claimline-multilingual-dist') },
];
export const steps: readonly Step[] = [
  { name: 'typecheck', command: 'npx astro check' },
  { name: 'lint', command: 'npx eslint . && npx prettier --check .' },
  { name: 'unit tests', command: 'npx vitest run' },
  // Random content folders the checker accepts (any script and direction, long words, MDX), each built.
  {
    name: 'random content the checker accepts builds',
    command: 'npx vitest run scripts/accepted-content-builds.test.ts',
    env: { CLAIMLINE_BUILD_TESTS: '1' },
  },
  { name: 'check example content', command: 'npm run check' },
  { name: 'build a fixture site with CONTENT_DIR', command: 'npm run build', env: { CONTENT_DIR: fixture } },
  { name: 'e2e on the fixture site', command: 'npx playwright test', env: { CONTENT_DIR: fixture } },
  // npm run dev on a temporary copy of the fixture: edits reload the page, a broken file shows the checker's report.
  { name: 'dev server reloads and reports content errors', command: 'npx playwright test -c playwright.dev.config.ts' },
  // Payloads in every field: only e2e/xss.spec.ts runs on it (and it skips itself on any other content).
  {
    name: 'build and e2e the XSS fixture',
    command: 'npm run build && npx playwright test e2e/xss.spec.ts',
    env: { CONTENT_DIR: 'e2e/fixtures/xss' },
  },
  // A generated site with several pages of fact-checks and sources, built into a temporary folder: only
  // e2e/pagination.spec.ts (which skips itself on content with one page of claims) and the recorded search results
  // run on it.
  {
    name: 'build and e2e a generated site with paginated listings',
    command:
      `node --experimental-strip-types --no-warnings e2e/fixtures/many.ts ${JSON.stringify(manyDir)} && ` +
      `npx astro build --outDir ${JSON.stringify(manyDist)} && ` +
      'npx playwright test e2e/pagination.spec.ts e2e/search-results.spec.ts',
    env: { CONTENT_DIR: manyDir, DIST_DIR: manyDist },
  },
  // The language fixtures, each built into a temporary folder: e2e/languages.spec.ts (which runs on these two only),
  // axe-core and the CSP check on every page; then built once more, compared, and the Nu Html Checker on it.
  ...languageFixtures.map(({ name, dir, dist }): Step => ({
    name: `build and e2e the ${name} language fixture`,
    command:
      `npx astro build --outDir ${JSON.stringify(dist)} && ` +
      'npx playwright test e2e/languages.spec.ts e2e/axe.spec.ts e2e/csp.spec.ts && ' +
      'npx vitest run scripts/build-output.test.ts',
    env: {
      CONTENT_DIR: dir,
      DIST_DIR: dist,
      CLAIMLINE_BUILD_TESTS: '1',
      CLAIMLINE_BUILD_BASELINE: dist,
    },
  })),
  // Drafts, reviewers, topics, claimants, verdicts: e2e/workflow.spec.ts and axe-core on its production build, then
  // the same folder built for production and as a preview, for the draft's absence and its banner.
  {
    name: 'build and e2e the workflow fixture',
    command:
      `npx astro build --outDir ${JSON.stringify(workflowDist)} && ` +
      'npx playwright test e2e/workflow.spec.ts e2e/axe.spec.ts && npx vitest run scripts/drafts.test.ts',
    env: { CONTENT_DIR: 'e2e/fixtures/workflow', DIST_DIR: workflowDist, CLAIMLINE_BUILD_TESTS: '1' },
  },
  { name: 'build the example site', command: 'npm run build' },
  // dist/ and one more build into a temporary folder, compared byte for byte; the Nu Html Checker on dist/ (Java).
  {
    name: 'reproducible build and valid HTML',
    command: 'npx vitest run scripts/build-output.test.ts',
    env: { CLAIMLINE_BUILD_TESTS: '1', CLAIMLINE_BUILD_BASELINE: 'dist' },
  },
  // The example site edited one change at a time, each rebuilt incrementally and from scratch, compared byte for byte.
  {
    name: 'incremental rebuilds write what clean builds write',
    command: 'npx vitest run scripts/incremental-build.test.ts',
    env: { CLAIMLINE_BUILD_TESTS: '1' },
  },
  { name: 'e2e on the example site', command: 'npx playwright test' },
  // The example site built for /factcheck/ into a temporary folder, served there and crawled.
  {
    name: 'build and crawl under a sub-path',
    command: `npx astro build --outDir ${JSON.stringify(subpathDist)} && npx playwright test -c playwright.subpath.config.ts`,
    env: { BASE_PATH: '/factcheck/', SUBPATH_DIST: subpathDist },
  },
];
