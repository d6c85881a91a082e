// The command line of `npm run bench`.
import { parseArgs } from 'node:util';

export interface BenchArgs {
  /** Synthetic claims to generate. */
  readonly claims: number;
  /** Measured cold builds of each site, alternating. */
  readonly runs: number;
  /** The Markdown report is also written here (default scripts/bench/latest-<claims>.md). */
  readonly out: string;
  /** Keep the raster-image cache as it is instead of starting the warm-up run with an empty one. */
  readonly keepImageCache: boolean;
}

export const USAGE = `npm run bench -- [--claims 10000] [--runs 3] [--out scripts/bench/latest-<claims>.md] [--keep-image-cache]`;

/** Parses the arguments; throws with the usage line on anything unknown or out of range. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      claims: { type: 'string', default: '10000' },
      runs: { type: 'string', default: '3' },
      out: { type: 'string' },
      'keep-image-cache': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const count = (name: string, text: string) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1\n${USAGE}`);
    return value;
  };
  const claims = count('claims', values.claims);
  return {
    claims,
    runs: count('runs', values.runs),
    out: values.out ?? `scripts/bench/latest-${claims}.md`,
    keepImageCache: values['keep-image-cache'],
  };
}
