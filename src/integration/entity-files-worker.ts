// The thread that writes the per-claim and per-metric files while Astro renders the pages
// (src/integration/entity-files-thread.ts). It reads the checked site from the content snapshot the pages read,
// so it never checks the content again, and lays out the charts on the other core.
import { parentPort, workerData } from 'node:worker_threads';
import { readContentSnapshot } from './content-snapshot.ts';
import { writeEntityFiles } from './entity-files.ts';
import { generationOf } from './generation.ts';
import type { EntityFilesJob, EntityFilesResult } from './entity-files-thread.ts';

const job = workerData as EntityFilesJob;
const started = performance.now();
try {
  const { editions } = readContentSnapshot(job.snapshotFile);
  const generation = generationOf(editions, job.base);
  const keep = job.keep && new Set(job.keep);
  const written = await writeEntityFiles({
    files: [...generation.files.values()],
    base: job.base,
    outDir: job.outDir,
    keep: keep ? (file) => keep.has(file.owner) : undefined,
  });
  const result: EntityFilesResult = { ok: true, written, ms: performance.now() - started };
  parentPort?.postMessage(result);
} catch (error) {
  const result: EntityFilesResult = { ok: false, message: error instanceof Error ? error.message : String(error) };
  parentPort?.postMessage(result);
}
