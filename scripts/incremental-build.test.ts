// An incremental rebuild (src/integration/incremental-build.ts) must write exactly what a clean build writes. This
// copies the example site, builds it once, then edits it one change at a time — a figure, a claim, a source's
// title, a claim deleted, a claim added — and after each change builds incrementally into the same folder and
// from scratch into another, and compares the two file for file, byte for byte. Each change is built on its own, so
// a page that depends on what changed but was kept would show as a difference.
//
// It takes a dozen builds, so it runs as its own `npm test` step:
// `CLAIMLINE_BUILD_TESTS=1 npx vitest run scripts/incremental-build.test.ts`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/check/check-content.ts';
import { pageDependencies, type DependencyKey } from '../src/lib/incremental/page-digests.ts';
import { routes } from '../src/lib/routes.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));

describe.runIf(process.env.CLAIMLINE_BUILD_TESTS === '1')('an incremental rebuild', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'claimline-incremental-'));
  const content = path.join(root, 'content');
  const incremental = path.join(root, 'incremental');
  const clean = path.join(root, 'clean');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  beforeAll(() => {
    cpSync(path.join(REPO, 'content'), content, { recursive: true });
    build({ content, outDir: incremental });
  }, 300_000);

  const edit = (file: string, change: (text: string) => string) => {
    const absolute = path.join(content, file);
    const before = readFileSync(absolute, 'utf8');
    const after = change(before);
    expect(after, `the edit of ${file} changes it`).not.toBe(before);
    writeFileSync(absolute, after);
  };

  // `kept`: which pages the rebuild may keep, or 'everything rebuilt' when it must be a full build.
  const cases: Array<{
    name: string;
    change: () => void;
    kept: ((total: number, kept: number) => boolean) | 'everything rebuilt';
  }> = [
    { name: 'with nothing changed keeps every page', change: () => {}, kept: (total, kept) => kept === total },
    {
      // Weighed against claims that appeared elsewhere: their pages depend on it only through its metric.
      name: 'after a figure changes',
      change: () => edit('sources/ap-russia-raises-estimate.md', (text) => text.replace('value: 1351', 'value: 1352')),
      kept: (total, kept) => kept > 0 && kept < total,
    },
    {
      name: "after a claim's verdict and summary change",
      change: () =>
        edit('claims/nato-7000-15000-killed.md', (text) =>
          text.replace('verdict: consistent', 'verdict: unproven').replace('Only the Russian', 'Only Russia’s'),
        ),
      kept: (total, kept) => kept > 0 && kept < total,
    },
    {
      name: "after a source's title changes",
      change: () =>
        edit('sources/ap-russia-raises-estimate.md', (text) => text.replace(/^title: "/m, 'title: "Edited: ')),
      kept: (total, kept) => kept > 0 && kept < total,
    },
    {
      name: "after a metric's definition changes",
      change: () =>
        edit('metrics/ru-killed.yaml', (text) =>
          text.replace('since the invasion began', 'since the full-scale invasion began'),
        ),
      kept: (total, kept) => kept > 0 && kept < total,
    },
    {
      // The body's chart is now another claim's, whose file nothing else on this claim's page reads...
      name: "after a claim body's <Timeline> changes to another claim's chart",
      change: () =>
        edit('claims/russia-498-killed-2-march.mdx', (text) =>
          text.replace('<Timeline metric="ru-killed" />', '<Timeline claim="komsomolskaya-pravda-9861-killed" />'),
        ),
      kept: (total, kept) => kept > 0 && kept < total,
    },
    {
      // ...so a change to that claim's compared figures must render this claim's page again.
      name: "after an editor's stance changes on a claim that another's body <Timeline> shows",
      change: () =>
        edit('claims/komsomolskaya-pravda-9861-killed.md', (text) =>
          text.replace('stance: corroborates', 'stance: context'),
        ),
      kept: (total, kept) => kept > 0 && kept < total,
    },
    {
      // A rating's label is in site.yaml, which every page shows: the whole site is built again.
      name: "after a rating's label changes",
      change: () => edit('site.yaml', (text) => text.replace('label: Unproven', 'label: Not proven')),
      kept: 'everything rebuilt',
    },
    {
      name: 'after a claim is deleted',
      change: () => rmSync(path.join(content, 'claims', 'north-korean-losses-5000.md')),
      kept: (total, kept) => kept > 0 && kept < total,
    },
    {
      name: 'after a claim is added',
      change: () =>
        writeFileSync(
          path.join(content, 'claims', 'nato-7000-15000-killed-again.md'),
          readFileSync(path.join(content, 'claims', 'nato-7000-15000-killed.md'), 'utf8').replace(
            /^title: "/m,
            'title: "Again: ',
          ),
        ),
      kept: (total, kept) => kept > 0 && kept < total,
    },
  ];

  it.each(cases.map((kase) => [kase.name, kase] as const))(
    'writes what a clean build writes, %s',
    (_, kase) => {
      kase.change();
      const log = build({ content, outDir: incremental });
      const plan = /incremental build: (\d+) of (\d+) pages unchanged/.exec(log);
      if (kase.kept === 'everything rebuilt') {
        expect(plan, 'the rebuild is a full build').toBeNull();
      } else {
        expect(plan, 'the rebuild is incremental').not.toBeNull();
        const [kept, total] = [Number(plan?.[1]), Number(plan?.[2])];
        expect(kase.kept(total, kept), `${kept} of ${total} pages kept`).toBe(true);
      }
      rmSync(clean, { recursive: true, force: true });
      build({ content, outDir: clean, env: { CLAIMLINE_INCREMENTAL: '0' } });
      const files = listFiles(incremental);
      expect(files).toEqual(listFiles(clean));
      const different = files.filter(
        (file) => !readFileSync(path.join(incremental, file)).equals(readFileSync(path.join(clean, file))),
      );
      expect(different).toEqual([]);
    },
    300_000,
  );
});

// Every claim, source, metric and embed page, built with its reads of the site recorded (src/data/site.ts), reads
// no entry that its digest leaves out: a page that starts reading something new fails here, not silently later.
describe.runIf(process.env.CLAIMLINE_BUILD_TESTS === '1')('what each page reads', () => {
  it.each(['content', 'e2e/fixtures/temperature'])(
    'is among the dependencies its digest covers, on %s',
    (folder) => {
      const root = mkdtempSync(path.join(tmpdir(), 'claimline-reads-'));
      try {
        const contentDir = path.join(REPO, folder);
        const readsFile = path.join(root, 'reads.jsonl');
        build({
          content: contentDir,
          outDir: path.join(root, 'dist'),
          env: { CLAIMLINE_INCREMENTAL: '0', CLAIMLINE_RECORD_READS: readsFile },
        });
        const { site } = checkContent({ dir: contentDir, cwd: REPO });
        if (!site) throw new Error(`${folder} has errors`);
        const dependencies = pageDependencies({
          site,
          routes: routes('/'),
          claimText: (claim) => readFileSync(path.join(contentDir, claim.path), 'utf8'),
        });
        const recorded = readFileSync(readsFile, 'utf8')
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as { page: string; reads: string[] });
        const pages = recorded.filter((entry) => dependencies.has(entry.page));
        expect(pages.map((entry) => entry.page).sort()).toEqual([...dependencies.keys()].sort());
        // A claim page reads its claim's figures by id, so recording works when these are not empty.
        expect(pages.find((entry) => entry.page.startsWith('/claims/'))?.reads.length).toBeGreaterThan(0);
        const unexpected = pages.flatMap((entry) => {
          const declared = dependencies.get(entry.page) ?? new Set();
          // Only the list of claims may be read whole: in order to sort the claims a source or metric page lists,
          // which are among its dependencies.
          return entry.reads
            .filter((key) => key !== 'list:claims' && !declared.has(key as DependencyKey))
            .map((key) => `${entry.page} reads ${key}`);
        });
        expect(unexpected).toEqual([]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
    300_000,
  );
});

function build(options: { content: string; outDir: string; env?: Record<string, string> }): string {
  const result = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', options.outDir], {
    cwd: REPO,
    env: {
      ...process.env,
      CONTENT_DIR: options.content,
      NO_COLOR: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`build into ${options.outDir} failed:\n${output}`);
  return output;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
