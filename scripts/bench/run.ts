// `npm run bench -- [--claims 10000] [--runs 3] [--out scripts/bench/latest.md] [--keep-image-cache]`
// Generates a synthetic content folder, builds it with Claimline and builds a plain Astro site of the same claim
// bodies (the baseline), alternating cold builds, then times two rebuilds, and prints and writes the report.
// Everything it generates lives in .cache/bench/ (gitignored). See "Benchmark" in the README.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheDir } from '../../src/lib/image/render-png.ts';
import { parseBenchArgs } from './args.ts';
import { buildPhases, entityFilesLine, routeTimes } from './astro-log.ts';
import { writeBaselineProject } from './baseline.ts';
import { generateContent } from './generate.ts';
import { cachedImages, restoreCache, setCacheAside } from './image-cache.ts';
import { describeMachine } from './machine.ts';
import { measure, type Measurement } from './measure.ts';
import { measureOutput } from './output-size.ts';
import { medianRun, renderFailure, renderReport, type BenchResult } from './report.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const WORK = path.join(REPO, '.cache', 'bench');
const ASTRO = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

const args = parseBenchArgs(process.argv.slice(2));
if (Number(process.versions.node.split('.')[0]) < 22) throw new Error('Astro needs Node 22: run it as `npm run bench`');
const machine = describeMachine();
const contentDir = path.join(WORK, 'content');
const baselineDir = path.join(WORK, 'baseline');
const claimlineOut = path.join(WORK, 'claimline-dist');
const logs = path.join(WORK, 'logs');
const imageCache = defaultCacheDir(REPO);
const keptImages = path.join(WORK, 'kept-images');
mkdirSync(logs, { recursive: true });

const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
const step = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

step(`generating ${args.claims} claims in ${path.relative(REPO, contentDir)}`);
const content = generateContent({ dir: contentDir, claims: args.claims });
writeBaselineProject({ dir: baselineDir, pages: content.bodies });

const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' };
delete env.CONTENT_DIR;
delete env.BASE_PATH;

/**
 * One Claimline build; cold removes the output, Astro's data store and generated types, and the manifest an
 * incremental rebuild starts from, first.
 */
async function claimline(name: string, options: { cold: boolean }): Promise<Measurement> {
  if (options.cold) {
    clean(REPO, claimlineOut);
    rmSync(path.join(REPO, 'node_modules', '.cache', 'claimline-build'), { recursive: true, force: true });
  }
  return build(name, [ASTRO, 'build', '--outDir', claimlineOut], { ...env, CONTENT_DIR: contentDir });
}

async function baseline(name: string): Promise<Measurement> {
  clean(baselineDir, path.join(baselineDir, 'dist'));
  return build(name, [ASTRO, 'build', '--root', baselineDir], env);
}

function clean(root: string, out: string): void {
  for (const dir of [out, path.join(root, '.astro'), path.join(root, 'node_modules', '.astro')]) {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A build that exited with an error: the benchmark stops and reports it with what it measured so far. */
class BuildFailed extends Error {
  readonly build: string;
  readonly run: Measurement;
  constructor(build: string, run: Measurement) {
    super(`${build} failed (exit ${run.exitCode})`);
    this.build = build;
    this.run = run;
  }
}

/** Aborted on Ctrl-C or a kill: ends the build in progress. */
const interrupted = new AbortController();

/** One line per finished build, for the progress log and a failure report. */
const finished: string[] = [];

async function build(name: string, buildArgs: string[], buildEnv: NodeJS.ProcessEnv): Promise<Measurement> {
  const logFile = path.join(logs, `${name}.log`);
  const run = await measure({
    file: process.execPath,
    args: buildArgs,
    cwd: REPO,
    env: buildEnv,
    logFile,
    abort: interrupted.signal,
  });
  const mib = (bytes: number) => (bytes / 1024 ** 2).toFixed(0);
  const failed =
    run.exitCode === 0 ? '' : `FAILED (${run.signal ? `killed by ${run.signal}` : `exit code ${run.exitCode}`}) after `;
  const line = `${name}: ${failed}${(run.wallMs / 1000).toFixed(1)} s, peak RSS ${mib(run.largestProcessBytes)} MiB (largest process), ${mib(run.treeBytes)} MiB (process tree)`;
  finished.push(line);
  step(line);
  if (run.exitCode !== 0) throw new BuildFailed(name, run);
  return run;
}

function writeReport(report: string): void {
  console.log(`\n${report}`);
  const out = path.resolve(process.env.INIT_CWD ?? process.cwd(), args.out);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, report);
  step(`written to ${path.relative(REPO, out)}; build logs in ${path.relative(REPO, logs)}`);
}

const log = (name: string) => readFileSync(path.join(logs, `${name}.log`), 'utf8');
const files = (name: string) => entityFilesLine(log(name)) ?? { files: 0, ms: 0, cached: 0, rendered: 0 };

/** Puts back what the run moved or filled: the developer's image cache, and a clean data store. */
function restore(): void {
  if (!args.keepImageCache) restoreCache(imageCache, keptImages);
  // The data store now holds the synthetic claims: the next build of content/ starts from a clean one.
  for (const dir of [path.join(REPO, '.astro'), path.join(REPO, 'node_modules', '.astro')]) {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Interrupted (Ctrl-C, or killed): stop the build in progress and restore before leaving.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    step(`${signal}: stopping the build in progress, restoring the image cache`);
    interrupted.abort();
    restore();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

try {
  if (!args.keepImageCache) setCacheAside(imageCache, keptImages);
  const imagesBefore = cachedImages(imageCache);
  // With a kept cache the images are warm already: the Claimline warm-up would only cost one more build.
  const warmup = args.keepImageCache ? undefined : await claimline('claimline-warmup', { cold: true });
  step(
    `warm-up: ${warmup ? 'Claimline (cold images) and ' : ''}the baseline, not counted; ${imagesBefore} cached images`,
  );
  const imagesRendered = cachedImages(imageCache) - imagesBefore;
  await baseline('baseline-warmup');

  const claimlineRuns: Measurement[] = [];
  const baselineRuns: Measurement[] = [];
  for (let run = 1; run <= args.runs; run++) {
    claimlineRuns.push(await claimline(`claimline-${run}`, { cold: true }));
    baselineRuns.push(await baseline(`baseline-${run}`));
  }
  const median = claimlineRuns.indexOf(medianRun(claimlineRuns)) + 1;
  const baselineMedian = baselineRuns.indexOf(medianRun(baselineRuns)) + 1;
  const claimlineOutput = measureOutput(claimlineOut);
  const baselineOutput = measureOutput(path.join(baselineDir, 'dist'));

  step('rebuilds of Claimline: nothing changed, then one claim changed');
  // Over the last cold build's output and data store: first the same content again, then one more claim edited
  // before each build (run k edits claim k and keeps the earlier edits, so each build sees one change).
  const unchanged: Measurement[] = [];
  for (let run = 1; run <= args.runs; run++) {
    unchanged.push(await claimline(`claimline-rebuild-unchanged-${run}`, { cold: false }));
  }
  const oneClaim: Measurement[] = [];
  const edited = new Map<string, string>();
  try {
    for (let run = 1; run <= args.runs; run++) {
      const claim = content.bodies[(run - 1) % content.bodies.length];
      if (!claim) throw new Error('no claims generated');
      const file = path.join(contentDir, 'claims', `${claim.id}.${claim.mdx ? 'mdx' : 'md'}`);
      const original = edited.get(file) ?? readFileSync(file, 'utf8');
      edited.set(file, original);
      writeFileSync(file, `${original.trimEnd()} Edited for the benchmark, rebuild ${run}.\n`);
      oneClaim.push(await claimline(`claimline-rebuild-one-claim-${run}`, { cold: false }));
    }
  } finally {
    for (const [file, original] of edited) writeFileSync(file, original);
  }

  const warmupFiles = warmup ? files('claimline-warmup') : undefined;
  const medianFiles = files(`claimline-${median}`);
  const result: BenchResult = {
    command,
    machine,
    content: { ...content, mdx: content.bodies.filter((body) => body.mdx).length },
    claimline: { runs: claimlineRuns, output: claimlineOutput },
    baseline: { runs: baselineRuns, output: baselineOutput },
    warmup: warmup && {
      run: warmup,
      imagesRendered,
      pngs: (warmupFiles?.cached ?? 0) + (warmupFiles?.rendered ?? 0),
      // Both cores draw at once: this is the writer's extra wall time per image, not one thread's time.
      msPerImage: imagesRendered > 0 && warmupFiles ? (warmupFiles.ms - medianFiles.ms) / imagesRendered : undefined,
    },
    rebuild: { unchanged, oneClaim },
    routes: routeTimes(log(`claimline-${median}`)),
    phases: {
      claimline: buildPhases(log(`claimline-${median}`), medianRun(claimlineRuns)),
      rebuild: buildPhases(
        log(`claimline-rebuild-unchanged-${unchanged.indexOf(medianRun(unchanged)) + 1}`),
        medianRun(unchanged),
      ),
      baseline: buildPhases(log(`baseline-${baselineMedian}`), medianRun(baselineRuns)),
    },
  };
  writeReport(renderReport(result));
} catch (error) {
  if (!(error instanceof BuildFailed)) throw error;
  const tail = log(error.build).trimEnd().split('\n').slice(-40).join('\n');
  writeReport(renderFailure({ command, machine, build: error.build, finished, logTail: tail }));
  process.exitCode = 1;
} finally {
  restore();
}
