// One rasterising thread of the build (src/integration/png-pool.ts): SVG in, PNG written to the cache file.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { renderPng } from '../lib/image/render-png.ts';

export interface PngJob {
  readonly svg: string;
  readonly file: string;
}

parentPort?.on('message', (job: PngJob) => {
  try {
    const png = renderPng(job.svg);
    mkdirSync(path.dirname(job.file), { recursive: true });
    // Written whole under another name, then renamed: a reader never sees half a file.
    const temporary = `${job.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, job.file);
    parentPort?.postMessage({ ok: true });
  } catch (error) {
    parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
