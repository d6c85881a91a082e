import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PngJob } from './png-worker.ts';

/** Rasterises SVGs on worker threads, one job per thread at a time; threads start on the first job. */
export interface PngPool {
  render(job: PngJob): Promise<void>;
  /** Waits for every job, then stops the threads. */
  close(): Promise<void>;
}

interface Waiting {
  readonly job: PngJob;
  resolve(): void;
  reject(error: Error): void;
}

export function pngPool(threads = availableParallelism()): PngPool {
  const idle: Worker[] = [];
  const all: Worker[] = [];
  const queue: Waiting[] = [];
  const pending = new Set<Promise<void>>();

  const start = (): Worker => {
    const worker = new Worker(new URL('./png-worker.ts', import.meta.url));
    all.push(worker);
    return worker;
  };
  const run = (worker: Worker, waiting: Waiting) => {
    worker.once('message', (result: { ok: boolean; message?: string }) => {
      if (result.ok) waiting.resolve();
      else waiting.reject(new Error(`Could not rasterise ${waiting.job.file}: ${result.message}`));
      const next = queue.shift();
      if (next) run(worker, next);
      else idle.push(worker);
    });
    worker.postMessage(waiting.job);
  };

  return {
    render(job) {
      const done = new Promise<void>((resolve, reject) => {
        const waiting = { job, resolve, reject };
        const worker = idle.pop() ?? (all.length < threads ? start() : undefined);
        if (worker) run(worker, waiting);
        else queue.push(waiting);
      });
      pending.add(done);
      void done.finally(() => pending.delete(done)).catch(() => undefined);
      return done;
    },
    async close() {
      await Promise.all(pending);
      await Promise.all(all.map((worker) => worker.terminate()));
    },
  };
}
