// The benchmark's report: one table comparing Claimline with the baseline against the targets, one table of where
// Claimline's build time goes, and the machine and command, as Markdown.
import type { Phase, RouteGroup } from './astro-log.ts';
import type { Machine } from './machine.ts';
import type { Measurement } from './measure.ts';
import type { OutputSize } from './output-size.ts';
import { summarise } from './stats.ts';
import { markdownTable } from './table.ts';

export interface SiteResult {
  /** The measured cold builds. */
  readonly runs: readonly Measurement[];
  readonly output: OutputSize;
}

export interface BenchResult {
  readonly command: string;
  readonly machine: Machine;
  readonly content: { claims: number; sources: number; figures: number; metrics: number; mdx: number };
  readonly claimline: SiteResult;
  readonly baseline: SiteResult;
  /** The first Claimline build, with an empty raster-image cache; undefined when the cache was kept. */
  readonly warmup:
    | {
        readonly run: Measurement;
        readonly imagesRendered: number;
        readonly pngs: number;
        /** Per image drawn: the file writer's time in the warm-up minus in the median cold run, over the images. */
        readonly msPerImage: number | undefined;
      }
    | undefined;
  readonly rebuild: { readonly unchanged: readonly Measurement[]; readonly oneClaim: readonly Measurement[] };
  /** Astro's per-route times in the median cold Claimline run. */
  readonly routes: readonly RouteGroup[];
  /** The phases of the median runs, from Astro's log. */
  readonly phases: {
    readonly claimline: readonly Phase[];
    readonly rebuild: readonly Phase[];
    readonly baseline: readonly Phase[];
  };
}

const MIB = 1024 * 1024;
/**
 * Issue 17's targets: a cold build within 1.5× the baseline's from 10,000 claims (2× below, where Astro's fixed
 * costs weigh more); the whole process tree's peak within 1.1× the baseline's; a one-claim rebuild within 15 % of a
 * cold build, a rebuild of nothing within 30 %.
 */
const TARGETS = {
  ratio: (claims: number) => (claims >= 10_000 ? 1.5 : 2),
  treeRatio: 1.1,
  rebuildShare: { unchanged: 0.3, oneClaim: 0.15 },
  claimHtmlBytes: 48 * 1024,
} as const;

const number = (value: number, digits = 0) =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const seconds = (ms: number) => number(ms / 1000, 1);
const mib = (bytes: number) => `${number(bytes / MIB)} MiB`;
const check = (ok: boolean) => (ok ? 'met' : '**missed**');

/** The run that gives the median wall time (the lower middle one for an even count). */
export function medianRun(runs: readonly Measurement[]): Measurement {
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  const run = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!run) throw new Error('no runs');
  return run;
}

/** The comparison table: one row per measure, Claimline and the baseline side by side. */
export function comparisonTable(result: BenchResult): string {
  const { claimline, baseline, warmup, rebuild } = result;
  const wall = {
    c: summarise(claimline.runs.map((run) => run.wallMs)),
    b: summarise(baseline.runs.map((run) => run.wallMs)),
  };
  const peak = (runs: readonly Measurement[], of: (run: Measurement) => number) => Math.max(...runs.map(of));
  const rss = { c: peak(claimline.runs, (run) => run.peakRssBytes), b: peak(baseline.runs, (run) => run.peakRssBytes) };
  const largest = {
    c: peak(claimline.runs, (run) => run.largestProcessBytes),
    b: peak(baseline.runs, (run) => run.largestProcessBytes),
  };
  const ratio = (c: number, b: number) => (b > 0 ? `${number(c / b, 2)}×` : '');
  const rebuildRow = (label: string, runs: readonly Measurement[], limit: number): string[] => {
    const median = summarise(runs.map((run) => run.wallMs)).median;
    const share = median / wall.c.median;
    return [
      label,
      `${seconds(median)} (${number(share * 100)} % of cold)`,
      '',
      '',
      `≤ ${number(limit * 100)} % of cold: ${check(share <= limit)}`,
    ];
  };
  const ratioTarget = TARGETS.ratio(result.content.claims);
  const indexer = peak(claimline.runs, (run) => run.indexerBytes);
  const co = claimline.output;
  const bo = baseline.output;
  const rows: string[][] = [
    ['Pages (.html files)', number(co.pages), number(bo.pages), ratio(co.pages, bo.pages), ''],
    [
      `Cold build, wall s, median of ${wall.c.count}`,
      seconds(wall.c.median),
      seconds(wall.b.median),
      ratio(wall.c.median, wall.b.median),
      `≤ ${ratioTarget}×: ${check(wall.c.median / wall.b.median <= ratioTarget)}`,
    ],
    ['Cold build, wall s, min', seconds(wall.c.min), seconds(wall.b.min), ratio(wall.c.min, wall.b.min), ''],
    ['Cold build, wall s, max', seconds(wall.c.max), seconds(wall.b.max), ratio(wall.c.max, wall.b.max), ''],
    [
      'Pages per second (median)',
      number(co.pages / (wall.c.median / 1000), 1),
      number(bo.pages / (wall.b.median / 1000), 1),
      '',
      '',
    ],
    [
      'Claim pages per second (median)',
      number(result.content.claims / (wall.c.median / 1000), 1),
      number(result.content.claims / (wall.b.median / 1000), 1),
      ratio(wall.b.median, wall.c.median),
      '',
    ],
    ['Peak RSS of the largest process', mib(largest.c), mib(largest.b), ratio(largest.c, largest.b), ''],
    [
      'Peak RSS, process tree (largest run)',
      mib(rss.c),
      mib(rss.b),
      ratio(rss.c, rss.b),
      `≤ ${TARGETS.treeRatio}×: ${check(rss.c <= rss.b * TARGETS.treeRatio)}`,
    ],
    ['Peak RSS of the search indexer (Pagefind, in the tree)', mib(indexer), '', '', ''],
    [
      'HTML bytes per claim page, median',
      number(co.claimPageHtml.median),
      number(bo.claimPageHtml.median),
      ratio(co.claimPageHtml.median, bo.claimPageHtml.median),
      '',
    ],
    [
      'HTML bytes per claim page, max',
      number(co.claimPageHtml.max),
      number(bo.claimPageHtml.max),
      ratio(co.claimPageHtml.max, bo.claimPageHtml.max),
      `≤ 48 KiB: ${check(co.claimPageHtml.max <= TARGETS.claimHtmlBytes)}`,
    ],
    [
      'JS bytes shipped, all .js files (outside pagefind/)',
      `${number(co.jsTotalBytes)} (${number(co.jsOutsideSearchBytes)})`,
      `${number(bo.jsTotalBytes)} (${number(bo.jsOutsideSearchBytes)})`,
      '',
      '',
    ],
    [
      'JS bytes one claim page loads (gzip)',
      `${number(co.claimPageJs.bytes)} (${number(co.claimPageJs.gzipBytes)})`,
      `${number(bo.claimPageJs.bytes)} (${number(bo.claimPageJs.gzipBytes)})`,
      '',
      '',
    ],
    rebuildRow('Rebuild, nothing changed, s', rebuild.unchanged, TARGETS.rebuildShare.unchanged),
    rebuildRow('Rebuild, one claim changed, s', rebuild.oneClaim, TARGETS.rebuildShare.oneClaim),
    [
      'Warm-up build, cold image cache, s',
      warmup ? `${seconds(warmup.run.wallMs)} (${mib(warmup.run.peakRssBytes)})` : 'skipped: image cache kept',
      '',
      '',
      '',
    ],
    [
      'Images drawn cold, wall ms per image (both cores)',
      warmup
        ? `${number(warmup.imagesRendered)} of ${number(warmup.pngs)} PNGs, ${warmup.msPerImage === undefined ? 'n/a' : number(warmup.msPerImage, 1)} ms`
        : 'see npm run images:timings',
      '',
      '',
      '',
    ],
  ];
  return markdownTable(['Measure', 'Claimline', 'Baseline', 'Claimline / baseline', 'Target'], rows);
}

/** Where Claimline's median cold build spends its time, by kind of route, and the rest of the build. */
export function routeTable(result: BenchResult): string {
  const run = medianRun(result.claimline.runs);
  const routed = result.routes.reduce((sum, group) => sum + group.ms, 0);
  const rows = result.routes.map((group) => [
    group.kind,
    number(group.routes),
    seconds(group.ms),
    number(group.ms / group.routes, 1),
  ]);
  rows.push(['everything else (see the phases above)', '', seconds(Math.max(0, run.wallMs - routed)), '']);
  return markdownTable(['Routes', 'Count', 'Total s', 'ms per route'], rows, {
    align: ['left', 'right', 'right', 'right'],
  });
}

/** The phases of a build, from Astro's log: Claimline cold and rebuilt, and the baseline, side by side. */
export function phaseTable(result: BenchResult): string {
  const { claimline, rebuild, baseline } = result.phases;
  const names = [...new Set([...claimline, ...rebuild, ...baseline].map((phase) => phase.name))];
  const cell = (phases: readonly Phase[], name: string) => {
    const phase = phases.find((candidate) => candidate.name === name);
    return phase ? seconds(phase.ms) : '';
  };
  const rows = names.map((name) => [name, cell(claimline, name), cell(rebuild, name), cell(baseline, name)]);
  return markdownTable(['Phase', 'Claimline cold s', 'Claimline rebuild s', 'Baseline cold s'], rows, {
    align: ['left', 'right', 'right', 'right'],
  });
}

/** The whole report: what was built, on what, with which command, and the tables. */
export function renderReport(result: BenchResult): string {
  const { machine, content } = result;
  return [
    `# Benchmark: ${number(content.claims)} claims`,
    '',
    `\`${result.command}\`, ${machine.date}, on ${machine.cpu} (${machine.cores} cores), ${number(machine.ramBytes / 1024 ** 3, 1)} GiB RAM, ${machine.os}, Node ${machine.node}; load average ${number(machine.load, 2)} at the start.`,
    '',
    `Content: ${number(content.claims)} claims (${number(content.mdx)} MDX), ${number(content.sources)} sources, ${number(content.figures)} figures, ${number(content.metrics)} metrics. Cold builds alternate Claimline and the baseline, each after removing its output and Astro's data store; Claimline keeps only the raster-image cache, filled by the warm-up build. Rebuilds run over the last cold build's output and data store.`,
    '',
    comparisonTable(result),
    '',
    "Where the time goes, by phase of the median runs (from the HH:MM:SS stamps of Astro's log, so ±1 s each):",
    '',
    phaseTable(result),
    '',
    "Claimline's median cold build, by kind of route (Astro's per-route times):",
    '',
    routeTable(result),
    '',
  ].join('\n');
}

/** The report of a run that stopped at a failed build: what finished, and the end of the failed build's log. */
export function renderFailure(failure: {
  readonly command: string;
  readonly machine: Machine;
  readonly build: string;
  readonly finished: readonly string[];
  readonly logTail: string;
}): string {
  const { machine } = failure;
  return [
    `# Benchmark stopped: ${failure.build} failed`,
    '',
    `\`${failure.command}\`, ${machine.date}, on ${machine.cpu} (${machine.cores} cores), ${number(machine.ramBytes / 1024 ** 3, 1)} GiB RAM, ${machine.os}, Node ${machine.node}; load average ${number(machine.load, 2)} at the start.`,
    '',
    'Builds in order:',
    '',
    ...failure.finished.map((line) => `- ${line}`),
    '',
    `The end of ${failure.build}'s log:`,
    '',
    '```',
    failure.logTail,
    '```',
    '',
  ].join('\n');
}
