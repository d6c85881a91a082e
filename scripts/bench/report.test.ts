import { describe, expect, it } from 'vitest';
import type { Measurement } from './measure.ts';
import type { OutputSize } from './output-size.ts';
import { comparisonTable, medianRun, renderFailure, renderReport, type BenchResult } from './report.ts';

const run = (seconds: number, mib = 500): Measurement => ({
  startedAt: 0,
  wallMs: seconds * 1000,
  peakRssBytes: mib * 1024 * 1024,
  largestProcessBytes: mib * 1024 * 1024,
  treeBytes: 0,
  indexerBytes: 0,
  exitCode: 0,
  signal: undefined,
});
const output = (pages: number, html: number): OutputSize => ({
  pages,
  claimPageHtml: { median: html, min: html, max: html, count: 10 },
  jsTotalBytes: 0,
  jsOutsideSearchBytes: 0,
  claimPageJs: { bytes: 0, gzipBytes: 0 },
});
const result = (claimlineSeconds: number[], baselineSeconds: number[]): BenchResult => ({
  command: 'npm run bench -- --claims 10',
  machine: { cpu: 'Test CPU', cores: 2, ramBytes: 8 * 1024 ** 3, node: 'v22.0.0', os: 'Linux', load: 0.5, date: 'x' },
  content: { claims: 10, sources: 5, figures: 25, metrics: 40, mdx: 0 },
  claimline: { runs: claimlineSeconds.map((s) => run(s, 2100)), output: output(30, 30_000) },
  baseline: { runs: baselineSeconds.map((s) => run(s)), output: output(10, 3000) },
  warmup: { run: run(50), imagesRendered: 20, pngs: 20, msPerImage: 80 },
  rebuild: { unchanged: [run(2)], oneClaim: [run(9)] },
  routes: [{ kind: 'claims/…/*.html', routes: 10, ms: 1000 }],
  phases: { claimline: [], rebuild: [], baseline: [] },
});

const row = (table: string, label: string) => table.split('\n').find((line) => line.startsWith(`| ${label}`)) ?? '';

describe('the benchmark report', () => {
  it('takes the run with the median wall time', () => {
    expect(medianRun([run(3), run(1), run(2)]).wallMs).toBe(2000);
  });

  it("compares Claimline's median cold build with the baseline's and marks the 2× target below 10,000 claims", () => {
    expect(row(comparisonTable(result([14, 21, 99], [10, 11, 12])), 'Cold build, wall s, median')).toMatch(
      /21\.0 .*11\.0 .*1\.91× .*≤ 2×: met/,
    );
    expect(row(comparisonTable(result([21], [10])), 'Cold build, wall s, median')).toContain('**missed**');
  });

  it('marks the 1.5× target from 10,000 claims', () => {
    const large = { ...result([16], [10]), content: { claims: 10_000, sources: 1, figures: 1, metrics: 1, mdx: 0 } };
    expect(row(comparisonTable(large), 'Cold build, wall s, median')).toMatch(/1\.60× .*≤ 1\.5×: \*\*missed\*\*/);
  });

  it('marks each other target against its own limit', () => {
    const table = comparisonTable(result([10], [10]));
    expect(row(table, 'Peak RSS, process tree')).toMatch(/4\.20× .*≤ 1\.1×: \*\*missed\*\*/); // 2,100 MiB against 500
    expect(row(table, 'HTML bytes per claim page, max')).toMatch(/30,000 .*met/);
    expect(row(table, 'Rebuild, nothing changed')).toMatch(/2\.0 \(20 % of cold\).*≤ 30 % of cold: met/);
    expect(row(table, 'Rebuild, one claim changed')).toMatch(/9\.0 \(90 % of cold\).*≤ 15 % of cold: \*\*missed\*\*/);
  });

  it('meets the tree target within 1.1× the baseline, and misses a one-claim rebuild past 15 %', () => {
    const close: BenchResult = {
      ...result([10], [10]),
      claimline: { runs: [run(10, 540)], output: output(30, 30_000) },
      rebuild: { unchanged: [run(1)], oneClaim: [run(1.6)] },
    };
    const table = comparisonTable(close);
    expect(row(table, 'Peak RSS, process tree')).toMatch(/1\.08× .*met/);
    expect(row(table, 'Rebuild, one claim changed')).toMatch(/16 % of cold.*\*\*missed\*\*/);
  });

  it('names the machine and the command above the tables', () => {
    expect(renderReport(result([10], [10]))).toContain('`npm run bench -- --claims 10`, x, on Test CPU (2 cores)');
  });

  it('reports a failed build with the builds before it and the end of its log', () => {
    const report = renderFailure({
      command: 'npm run bench',
      machine: result([1], [1]).machine,
      build: 'claimline-1',
      finished: ['claimline-warmup: 10.0 s', 'claimline-1: FAILED with exit code 134 after 99.0 s'],
      logTail: 'FATAL ERROR: Reached heap limit',
    });
    expect(report).toContain('# Benchmark stopped: claimline-1 failed');
    expect(report).toContain('- claimline-1: FAILED with exit code 134 after 99.0 s');
    expect(report).toContain('```\nFATAL ERROR: Reached heap limit\n```');
  });
});
