// `npm run lighthouse`: Lighthouse on an already built site (`npm run build` first), a report, not a test.
// Serves dist/ (or the folder given first) with `npx astro preview`, runs the `lighthouse` CLI through npx with
// Debian's Chromium on the home page and the heaviest claim page, as a phone (Lighthouse's default: simulated
// slow 4G and a mid-range CPU) and as a desktop, prints the four category scores and writes them, with the
// metrics behind the performance score, to scripts/lighthouse-latest.md.
//
// The performance score depends on how busy the machine is (Lighthouse scales main-thread time by its CPU
// slowdown), so each page is audited LIGHTHOUSE_RUNS times (default 5) and the median run by performance score is
// reported, with the lowest and highest, as Lighthouse's documentation advises.
//
//   npm run lighthouse -- [dist-folder] [page path …]
//
// CHROME_PATH names another Chromium; LIGHTHOUSE_PORT the preview port (default 4391).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const REPORT = path.join(REPO, 'scripts', 'lighthouse-latest.md');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
] as const;
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4391);
const repeat = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 5));

interface Run {
  readonly page: string;
  readonly device: 'mobile' | 'desktop';
  readonly scores: Record<(typeof CATEGORIES)[number], number>;
  readonly metrics: string;
  /** Audits that did not pass in a category that scored below 100. */
  readonly failing: string[];
  /** Lowest and highest performance score of the runs this one is the median of. */
  readonly range: readonly [number, number];
  /** Lighthouse's measure of the machine's speed (about 1000 here; a current desktop scores 1500 or more). */
  readonly benchmarkIndex: number;
  readonly version: string;
  readonly browser: string;
}

const [distArg, ...pathArgs] = process.argv.slice(2);
const dist = path.resolve(distArg ?? path.join(REPO, 'dist'));
if (!existsSync(path.join(dist, 'index.html'))) {
  throw new Error(`${dist} has no index.html: build the site first (npm run build)`);
}
const pages = pathArgs.length > 0 ? pathArgs : ['/', heaviestClaimPage(dist)];

const server = startPreview(dist);
let runs: Run[] = [];
try {
  await waitFor(`http://127.0.0.1:${port}/`, 60_000);
  runs = pages.flatMap((page) => (['mobile', 'desktop'] as const).map((device) => median(page, device)));
} finally {
  stop(server);
}

const table = [
  '| Page | Device | Performance | Accessibility | Best practices | SEO | Metrics (median run) | Performance over the runs |',
  '| --- | --- | --: | --: | --: | --: | --- | --- |',
  ...runs.map(
    (run) =>
      `| \`${run.page}\` | ${run.device} | ${CATEGORIES.map((category) => run.scores[category]).join(' | ')} | ${run.metrics} | ${run.range[0]}–${run.range[1]}, benchmark index ${run.benchmarkIndex} |`,
  ),
];
const failing = runs.flatMap((run) => run.failing.map((audit) => `- \`${run.page}\` (${run.device}): ${audit}`));
const first = runs[0];
const report = [
  '# Lighthouse scores',
  '',
  'Written by `npm run lighthouse` (scripts/lighthouse.ts) from the build in dist/ (the example site) served by',
  '`astro preview`; mobile is Lighthouse’s default (simulated slow 4G, 4× CPU slowdown), desktop its',
  `\`--preset=desktop\`. Lighthouse ${first?.version ?? '?'}, ${first?.browser ?? '?'}, headless. Each row is the median of`,
  `${repeat} runs by performance score; the last column gives the lowest and highest performance score of the runs.`,
  '',
  ...table,
  '',
  failing.length === 0
    ? 'Every category of every median run scored 100.'
    : ['Audits that did not pass in a category under 100:', '', ...failing].join('\n'),
  '',
].join('\n');
writeFileSync(REPORT, report);
// Formatted as the repository's other Markdown, so `npm test`'s Prettier check passes on the committed report.
spawnSync('npx', ['prettier', '--write', REPORT], { cwd: REPO, stdio: 'ignore' });
console.log(`\n${table.join('\n')}\n${failing.join('\n')}\nWritten to ${path.relative(process.cwd(), REPORT)}`);

/** The largest claim page of the build: the one most likely to cost points. */
function heaviestClaimPage(root: string): string {
  const claims = path.join(root, 'claims');
  const sizes = readdirSync(claims, { withFileTypes: true })
    // Claim pages only: claims/page/2/ and on are the archive (a claim may still be called "page").
    .filter((entry) => entry.isDirectory() && existsSync(path.join(claims, entry.name, 'index.html')))
    .map((entry) => ({ name: entry.name, bytes: statSync(path.join(claims, entry.name, 'index.html')).size }))
    .sort((a, b) => b.bytes - a.bytes || (a.name < b.name ? -1 : 1));
  const heaviest = sizes[0];
  if (!heaviest) throw new Error(`${claims} has no claim pages`);
  return `/claims/${heaviest.name}/`;
}

function startPreview(root: string): ChildProcess {
  // Its own process group, so stopping it stops npx and the server it starts.
  return spawn(
    'npx',
    ['astro', 'preview', '--outDir', root, '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'],
    { cwd: REPO, stdio: 'ignore', detached: true, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
}

function stop(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** The median of `repeat` audits of the page, by performance score. */
function median(page: string, device: 'mobile' | 'desktop'): Run {
  const all = Array.from({ length: repeat }, () => audit(page, device)).sort(
    (a, b) => a.scores.performance - b.scores.performance,
  );
  const middle = all[Math.floor((all.length - 1) / 2)];
  if (!middle) throw new Error('no runs');
  return { ...middle, range: [all[0]?.scores.performance ?? 0, all.at(-1)?.scores.performance ?? 0] };
}

function audit(page: string, device: 'mobile' | 'desktop'): Run {
  const folder = mkdtempSync(path.join(tmpdir(), 'claimline-lighthouse-'));
  const output = path.join(folder, 'report.json');
  try {
    const result = spawnSync(
      'npx',
      [
        'lighthouse',
        `http://127.0.0.1:${port}${page}`,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        '--chrome-flags=--headless --no-sandbox --disable-gpu',
        ...(device === 'desktop' ? ['--preset=desktop'] : []),
      ],
      { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: chrome } },
    );
    if (result.status !== 0) throw new Error(`lighthouse exited with ${result.status} on ${page} (${device})`);
    return summarise(page, device, JSON.parse(readFileSync(output, 'utf8')) as LighthouseResult);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

interface LighthouseResult {
  lighthouseVersion: string;
  environment: { hostUserAgent: string; benchmarkIndex: number };
  categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { title: string; score: number | null; displayValue?: string; scoreDisplayMode: string }>;
}

function summarise(page: string, device: 'mobile' | 'desktop', lhr: LighthouseResult): Run {
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
  ) as Run['scores'];
  const metrics = METRICS.map(([id, name]) => `${name} ${lhr.audits[id]?.displayValue ?? '?'}`).join(', ');
  const failing = CATEGORIES.filter((category) => scores[category] < 100).flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(
        ({ audit }) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative',
      )
      .map(({ ref, audit }) => `${category}: ${audit?.title} (${ref.id}: ${audit?.displayValue ?? audit?.score})`),
  );
  const browser = /(HeadlessChrome|Chrome)\/[\d.]+/.exec(lhr.environment.hostUserAgent)?.[0] ?? 'Chromium';
  console.log(
    `${page} (${device}): ${CATEGORIES.map((category) => `${category} ${scores[category]}`).join(', ')}, ${metrics}`,
  );
  const benchmarkIndex = Math.round(lhr.environment.benchmarkIndex);
  return {
    page,
    device,
    scores,
    metrics,
    failing,
    range: [scores.performance, scores.performance],
    benchmarkIndex,
    version: lhr.lighthouseVersion,
    browser,
  };
}
