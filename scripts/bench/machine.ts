// The machine a benchmark ran on, for the report: figures mean little without it.
import os from 'node:os';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly ramBytes: number;
  readonly node: string;
  readonly os: string;
  /** One-minute load average when the run started: other work on the machine makes timings noisy. */
  readonly load: number;
  readonly date: string;
}

export function describeMachine(now = new Date()): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() || 'unknown CPU',
    cores: cpus.length,
    ramBytes: os.totalmem(),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    load: os.loadavg()[0] ?? 0,
    date: now.toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}
