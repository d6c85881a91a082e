// Random content folders that `npm run check` accepts — text in any script and direction, 1,000-character words,
// markup-like text, MDX claims — each built with `astro build`: the build must succeed without a stack trace, and
// what it writes for machines must parse (the RSS feed and the sitemap as XML, the oEmbed and data files as JSON).
// The checker is the gate for pull requests; this is the promise that what passes it builds.
//
// Builds take a few seconds each, so this file runs as its own `npm test` step ("accepted content builds"), not
// with the unit tests: `CLAIMLINE_BUILD_TESTS=1 npx vitest run scripts/accepted-content-builds.test.ts`.
// FC_SEED and FC_RUNS (default 6 folders) explore other folders.
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatReport } from '../src/lib/check/report.ts';
import { CATALOGS } from '../src/lib/messages/catalogs.ts';
import { en } from '../src/lib/messages/en/index.ts';
import {
  contentArbitrary,
  contentFiles,
  propertyOptions,
  writeContentFolder,
} from '../src/lib/check/test-arbitraries.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const root = mkdtempSync(path.join(tmpdir(), 'claimline-accepted-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const { seed = 0, numRuns = 6 } = propertyOptions<unknown>(6);
const folders = fc.sample(contentArbitrary, { seed, numRuns });

describe.runIf(process.env.CLAIMLINE_BUILD_TESTS === '1')('content accepted by the checker', () => {
  it.each(folders.map((content, index) => [index, content] as const))(
    'folder %i builds, and its feed, sitemap, oEmbed and data files parse',
    (index, content) => {
      const dir = path.join(root, `content-${index}`);
      writeContentFolder(dir, contentFiles(content));
      buildAndRead(dir, path.join(root, `dist-${index}`));
    },
    120_000,
  );

  it('a folder on another topic (annual temperatures, Cyrillic tags) builds as it is', () => {
    const dist = path.join(root, 'dist-temperature');
    buildAndRead(path.join(REPO, 'e2e', 'fixtures', 'temperature'), dist);
    expect(readFileSync(path.join(dist, 'claims', 'two-degrees-in-2024', 'index.html'), 'utf8')).toContain('клімат');
  }, 120_000);

  // The same folder with only its language changed: every word of the pages' chrome comes from that catalog.
  it.each(['ar', 'uk', 'fr'])(
    'the temperature folder in %s builds in that language and its direction',
    (language) => {
      const dir = path.join(root, `temperature-${language}`);
      cpSync(path.join(REPO, 'e2e', 'fixtures', 'temperature'), dir, { recursive: true });
      const config = path.join(dir, 'site.yaml');
      writeFileSync(config, readFileSync(config, 'utf8').replace(/^language: .*$/m, `language: ${language}`));
      const dist = path.join(root, `dist-temperature-${language}`);
      buildAndRead(dir, dist);
      const html = readFileSync(path.join(dist, 'claims', 'two-degrees-in-2024', 'index.html'), 'utf8');
      const catalog = CATALOGS[language];
      expect(html).toMatch(new RegExp(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}"`));
      for (const id of ['layout.nav.claims', 'layout.nav.sources', 'layout.nav.methodology'] as const) {
        expect(html, id).toContain(`>${catalog?.[id]}<`);
        // ("Sources" is French too.)
        if (catalog?.[id] !== en[id]) expect(html, id).not.toContain(`>${en[id]}<`);
      }
    },
    120_000,
  );
});

/** Checks `dir`, builds it into `dist`, and reads what the build wrote for machines. */
function buildAndRead(dir: string, dist: string): void {
  const checked = checkContent({ dir, cwd: dir });
  expect(checked.site, formatReport(checked.problems)).toBeDefined();

  const result = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
    cwd: REPO,
    env: { ...process.env, CONTENT_DIR: dir, CLAIMLINE_INCREMENTAL: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output.slice(-4_000)).toBe(0);
  expect(output).not.toMatch(/^\s+at /m);

  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
  for (const file of files.filter((name) => name === 'rss.xml' || name.startsWith('sitemap'))) {
    expect(() => parseXml(readFileSync(path.join(dist, file), 'utf8')), file).not.toThrow();
  }
  const json = files.filter((name) => name.endsWith('.json'));
  expect(json.length).toBeGreaterThan(0);
  for (const file of json) expect(() => JSON.parse(readFileSync(path.join(dist, file), 'utf8')), file).not.toThrow();
  for (const claim of checked.site?.claims ?? []) {
    expect(files, claim.slug).toContain(path.join('claims', claim.slug, 'index.html'));
  }
}

/** Parses `xml` with a strict XML 1.0 parser, which throws at a control character or a bare `&`. */
function parseXml(xml: string): void {
  new SaxesParser({ xmlns: false }).write(xml).close();
}
