import { Worker } from 'node:worker_threads';
import type { WrittenFiles } from './entity-files.ts';

/** What the entity-files thread needs: where the checked site is, and where its files go. */
export interface EntityFilesJob {
  /** The content snapshot the pages read (src/integration/content-snapshot.ts). */
  readonly snapshotFile: string;
  readonly base: string;
  readonly outDir: string;
  /** An incremental build: the URL paths of the pages kept from the last build, whose files are kept too. */
  readonly keep: readonly string[] | undefined;
}

export type EntityFilesResult =
  | { readonly ok: true; readonly written: WrittenFiles; readonly ms: number }
  | { readonly ok: false; readonly message: string };

/**
 * Writes the per-claim and per-metric files on a thread of their own, started once Astro has emptied the output
 * folder: the charts behind them are laid out and drawn on the second core while Astro renders the pages on the
 * first, instead of after it. Resolves with what was written and how long it took.
 */
export function startEntityFiles(job: EntityFilesJob): Promise<{ written: WrittenFiles; ms: number }> {
  const worker = new Worker(new URL('./entity-files-worker.ts', import.meta.url), { workerData: job });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: EntityFilesResult) => {
      if (result.ok) resolve({ written: result.written, ms: result.ms });
      else reject(new Error(`Could not write the per-claim files: ${result.message}`));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The per-claim files' thread stopped (exit code ${code}).`));
    });
  });
}
