// The built site as a whole: two builds of the same content give the same bytes, file for file, and every page —
// with the SVG charts inside it — and every standalone SVG image is valid for the Nu Html Checker (vnu).
//
// Two builds take a while, so this file runs as its own `npm test` step ("reproducible build and valid HTML"),
// not with the unit tests: `CLAIMLINE_BUILD_TESTS=1 npx vitest run scripts/build-output.test.ts`. It builds the
// site CONTENT_DIR names (the example site by default) into two temporary folders, never into dist/. With
// CLAIMLINE_BUILD_BASELINE=dist it takes dist/ as the first build instead, as `npm test` does right after
// building dist/ from the same sources, and builds only once.
//
// PNGs: the second build takes them from the image cache the first one filled (node_modules/.cache), so their
// bytes follow from the SVGs they are drawn from, compared here, and from resvg drawing the same SVG the same way
// every time (src/lib/image/render-png.test.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/check/check-content.ts';
import { measureText } from '../src/lib/image/fonts.ts';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import { outputPath } from '../src/lib/outputs/entity-files.ts';
import { siteOutputs } from '../src/lib/outputs/site-outputs.ts';
import { languageRoutes } from '../src/lib/routes.ts';
import { siteViews } from '../src/lib/views/site-views.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const VNU = path.join(REPO, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

/**
 * vnu messages that are wrong about this site, each with why. Only errors count (--errors-only).
 *
 * vnu checks the CSS of <style> elements (Astro inlines small stylesheets) with the W3C CSS validator's code, which
 * does not know CSS container queries (CSS Containment Level 3, in every current browser): the timeline switches
 * between its phone and desktop charts with them (src/styles/timeline.css). Reported upstream as
 * validator/validator#1811, w3c/css-validator#422 and #474.
 *
 * Not errors, so not listed: vnu's infos about the CSP meta tag are wrong for a site checked from files. It takes
 * "/_astro/…" for file: URLs outside 'self', and the ClaimReview JSON-LD <script type="application/ld+json"> for
 * an inline script, which it is not: a data block is never run, so script-src does not apply to it
 * (e2e/csp.spec.ts checks every page in a browser).
 */
const KNOWN_FALSE_POSITIVES: ReadonlyArray<{ message: RegExp; reason: string }> = [
  { message: /^CSS: “container-type”: Property “container-type” doesn't exist\.$/, reason: 'container queries' },
  { message: /^CSS: Unrecognized at-rule “@container”\.?$/, reason: 'container queries' },
];

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

describe.runIf(process.env.CLAIMLINE_BUILD_TESTS === '1')('the built site', () => {
  let root = '';
  let first = '';
  let second = '';
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'claimline-output-'));
    const baseline = process.env.CLAIMLINE_BUILD_BASELINE;
    first = baseline ? path.resolve(REPO, baseline) : path.join(root, 'first');
    second = path.join(root, 'second');
    if (!baseline) build(first);
    build(second);
  }, 600_000);
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('is the same, byte for byte, when built twice', () => {
    const files = filesIn(first);
    expect(files.length).toBeGreaterThan(0);
    expect(filesIn(second)).toEqual(files);
    const differing = files.filter(
      (file) => !readFileSync(path.join(first, file)).equals(readFileSync(path.join(second, file))),
    );
    expect(differing, 'files that differ between two builds').toEqual([]);
  });

  it("holds exactly the outputs of the site's output table: every page and file, nothing else", () => {
    const contentDir = resolveContentDir({ env: process.env.CONTENT_DIR, cwd: REPO });
    const { site, editions } = checkContent({ dir: contentDir, cwd: REPO });
    if (!site) throw new Error('the content under test has errors');
    const outputs = editions.flatMap((edition) =>
      siteOutputs(siteViews({ site: edition, routes: languageRoutes('/', edition), measure: measureText })),
    );
    const expected = outputs
      .map((output) => {
        const file = outputPath(output.path, '/');
        return output.kind === 'page' && (file === '' || file.endsWith('/')) ? `${file}index.html` : file;
      })
      .sort();
    // Besides the table: Astro's bundles, public/, Pagefind's index, the sitemap and _headers.
    const besides = /^(_astro\/|pagefind\/|sitemap-[^/]*\.xml$|_headers$|embed\.js$|favicon\.svg$)/;
    expect(filesIn(first).filter((file) => !besides.test(file))).toEqual(expected);
  });

  it('speaks to readers in plain words: no internal terms, no brackets inside brackets in a generated sentence', () => {
    const text = filesIn(first)
      .filter((file) => /\.(html|json|csv|xml|svg)$/.test(file) && !file.startsWith('pagefind/'))
      .map((file) => [file, readFileSync(path.join(first, file), 'utf8')] as const);
    const internal = /\(editor\)|Computed:|unproven by comparison/;
    expect(text.filter(([, body]) => internal.test(body)).map(([file]) => file)).toEqual([]);
    // Every generated sentence of every claim: its relations, and its reading.
    const claims = (
      JSON.parse(readFileSync(path.join(first, 'data', 'claims.json'), 'utf8')) as {
        claims: Array<{ assessment_summary: string; relations: Array<{ sentence: string }> }>;
      }
    ).claims;
    const sentences = claims.flatMap((claim) => [
      claim.assessment_summary,
      ...claim.relations.map((relation) => relation.sentence),
    ]);
    // The example site has dozens; a fixture may have a few.
    expect(sentences.length).toBeGreaterThan(process.env.CONTENT_DIR ? 0 : 10);
    expect(sentences.filter((sentence) => /\([^()]*\(/.test(sentence))).toEqual([]);
  });

  it('has valid HTML, inline SVG included, and valid SVG images (Nu Html Checker)', () => {
    // One java process for the whole folder: the checker's start-up is most of its time.
    const result = spawnSync(
      'java',
      ['-jar', VNU, '--errors-only', '--format', 'json', '--skip-non-html', '--also-check-svg', first],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (result.error)
      throw new Error(`Could not run java (Java 11 or newer is needed for vnu): ${result.error.message}`);
    const report = (result.stderr.trim() || result.stdout.trim()) as string;
    let messages: VnuMessage[];
    try {
      messages = (JSON.parse(report) as { messages: VnuMessage[] }).messages;
    } catch {
      throw new Error(`vnu did not report JSON (exit ${result.status}):\n${report}`);
    }
    const problems = messages
      .filter((message) => !KNOWN_FALSE_POSITIVES.some((known) => known.message.test(message.message)))
      .map(
        (message) =>
          `${where(first, message.url)}:${message.lastLine ?? 0}:${message.firstColumn ?? 0} ${message.type}: ` +
          `${message.message} «${message.extract ?? ''}»`,
      );
    expect(problems).toEqual([]);
    // 0: nothing found; 1: errors found, all of them known false positives.
    expect([0, 1], `vnu exit status`).toContain(result.status);
  }, 300_000);
});

function build(outDir: string): void {
  const result = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', outDir], {
    cwd: REPO,
    env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`Build into ${outDir} failed:\n${result.stdout}\n${result.stderr}`);
}

/** A vnu message's file (a file: URL) relative to the checked folder. */
function where(dir: string, url: string): string {
  return url.startsWith('file:') ? path.relative(dir, fileURLToPath(new URL(url))) : url;
}

/** Every file under dir, as sorted relative paths with forward slashes. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
