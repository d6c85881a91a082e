/**
 * Work started in one `astro:build:done` hook and awaited in a later one, so that the hooks in between run
 * meanwhile (src/integration/search-index.ts, security-headers.ts). A failure is held until it is awaited, never
 * an unhandled rejection in between.
 */
export function backgroundTask<T>() {
  let running: Promise<{ value: T } | { error: unknown }> | undefined;
  return {
    start(task: Promise<T>): void {
      running = task.then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
    },
    /** The task's value, or its error thrown; undefined when no task was started. */
    async result(): Promise<T | undefined> {
      if (!running) return undefined;
      const outcome = await running;
      running = undefined;
      if ('error' in outcome) throw outcome.error;
      return outcome.value;
    },
  };
}
