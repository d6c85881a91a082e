// Runs one command and measures it: wall time, and the peak resident memory of its whole process tree.
// GNU time (`/usr/bin/time -f %M`) gives the exact peak of the largest single process, up to its exit; polling /proc
// gives the sum over every process alive at once (the build and, say, a child it spawns), at the poll's
// granularity. The peak reported is the larger of the two.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface Command {
  readonly file: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Standard output and error go here. */
  readonly logFile: string;
  /** Aborting it ends the command and everything it started. */
  readonly abort?: AbortSignal;
}

export interface Measurement {
  /** When the command was started, in ms since the epoch. */
  readonly startedAt: number;
  readonly wallMs: number;
  /** Peak resident set size in bytes, the larger of the two below; 0 when neither can be measured. */
  readonly peakRssBytes: number;
  /** GNU time's peak of the largest single process in the tree (0 without GNU time). */
  readonly largestProcessBytes: number;
  /** The largest sum over the process tree seen by polling /proc (0 without /proc). */
  readonly treeBytes: number;
  /** The peak of the search indexer (Pagefind's own process) seen by polling /proc; 0 when none ran. */
  readonly indexerBytes: number;
  readonly exitCode: number;
  /** The signal that ended the command (or GNU time around it), if one did. */
  readonly signal: NodeJS.Signals | undefined;
}

const GNU_TIME = '/usr/bin/time';
const POLL_MS = 100;
const PAGE_BYTES = 4096;

/** Runs the command to its end and measures it. Rejects when it cannot be started; a non-zero exit is returned. */
export async function measure(command: Command): Promise<Measurement> {
  const rssFile = `${command.logFile}.rss`;
  const withTime = existsSync(GNU_TIME);
  const [file, args] = withTime
    ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command.file, ...command.args]]
    : [command.file, [...command.args]];
  const log = openSync(command.logFile, 'w');
  const startedAt = Date.now();
  const started = performance.now();
  // In a process group of its own, so that stopping it reaches the build behind GNU time and what it started.
  const child = spawn(file, args, { cwd: command.cwd, env: command.env, stdio: ['ignore', log, log], detached: true });
  const stop = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  command.abort?.addEventListener('abort', stop, { once: true });
  let treePeak = 0;
  let indexerPeak = 0;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    const tree = treeRss(child.pid);
    treePeak = Math.max(treePeak, tree.bytes);
    indexerPeak = Math.max(indexerPeak, tree.indexerBytes);
  }, POLL_MS);
  try {
    const { exitCode, signal } = await new Promise<{ exitCode: number; signal: NodeJS.Signals | undefined }>(
      (resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code, signal) => resolve({ exitCode: code ?? 128, signal: signal ?? undefined }));
      },
    );
    const wallMs = performance.now() - started;
    const largestProcess = withTime ? readGnuTimeKb(rssFile) * 1024 : 0;
    return {
      startedAt,
      wallMs,
      peakRssBytes: Math.max(treePeak, largestProcess),
      largestProcessBytes: largestProcess,
      treeBytes: treePeak,
      indexerBytes: indexerPeak,
      exitCode,
      signal,
    };
  } finally {
    command.abort?.removeEventListener('abort', stop);
    clearInterval(poll);
    closeSync(log);
    rmSync(rssFile, { force: true });
  }
}

/**
 * The resident memory of a process and all its descendants now, from /proc, and of the search indexer among
 * them (a process whose command name starts with "pagefind"); 0 where /proc is missing.
 */
export function treeRss(root: number): { bytes: number; indexerBytes: number } {
  const parents = new Map<number, number[]>();
  const names = new Map<number, string>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return { bytes: 0, indexerBytes: 0 };
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(path.join('/proc', entry, 'stat'));
    if (!stat) continue;
    // The command name is in parentheses and may hold spaces: the parent pid is the second field after it.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!Number.isInteger(parent)) continue;
    parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
    names.set(Number(entry), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
  }
  let bytes = 0;
  let indexerBytes = 0;
  const pending = [root];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    const resident = Number(readProc(`/proc/${pid}/statm`)?.split(' ')[1]);
    if (Number.isFinite(resident)) {
      bytes += resident * PAGE_BYTES;
      if (names.get(pid)?.startsWith('pagefind')) indexerBytes += resident * PAGE_BYTES;
    }
    pending.push(...(parents.get(pid) ?? []));
  }
  return { bytes, indexerBytes };
}

function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // The process ended between listing and reading.
  }
}

/** GNU time's %M (kilobytes) is the last line of its output file; a command's own failure may precede it. */
function readGnuTimeKb(file: string): number {
  const lines = (readProc(file) ?? '').trim().split('\n');
  const kb = Number(lines[lines.length - 1]);
  return Number.isFinite(kb) ? kb : 0;
}
