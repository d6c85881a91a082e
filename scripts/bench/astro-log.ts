// Where a build's time goes, from Astro's own log: `astro build` prints every route it writes with the time it took
// ("├─ /claims/x/index.html (+12ms)"). Routes are grouped by their first folder and file type.

export interface RouteGroup {
  /** "claims/…/*.html", "images/claims/…/*.png"; a route one or two folders deep stands alone ("data/figures.csv"). */
  readonly kind: string;
  readonly routes: number;
  readonly ms: number;
}

// Colour codes: the benchmark sets NO_COLOR, but a log from elsewhere may have them.
// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g;
const ROUTE = /[├└]─ (\/\S*) \(\+(\d+(?:\.\d+)?)(ms|s)\)/;

/** The routes of a build log grouped by kind, slowest group first. ANSI colours are ignored. */
export function routeTimes(log: string): RouteGroup[] {
  const groups = new Map<string, { routes: number; ms: number }>();
  for (const line of log.replace(ANSI, '').split('\n')) {
    const match = ROUTE.exec(line);
    if (!match) continue;
    const [, route = '', amount = '0', unit] = match;
    const kind = routeKind(route);
    const group = groups.get(kind) ?? { routes: 0, ms: 0 };
    group.routes += 1;
    group.ms += Number(amount) * (unit === 's' ? 1000 : 1);
    groups.set(kind, group);
  }
  return [...groups]
    .map(([kind, group]) => ({ kind, ...group }))
    .sort((a, b) => b.ms - a.ms || (a.kind < b.kind ? -1 : 1));
}

function routeKind(route: string): string {
  const segments = route.split('/').filter(Boolean);
  const file = segments[segments.length - 1] ?? '';
  const type = file.includes('.') ? file.slice(file.lastIndexOf('.')) : '';
  if (segments.length <= 2) return segments.join('/') || '/';
  const folder = segments.length >= 4 ? `${segments[0]}/${segments[1]}` : segments[0];
  return `${folder}/…/*${type}`;
}

export interface Phase {
  readonly name: string;
  readonly ms: number;
}

/** Lines of Astro's build log that start a phase, in the order they appear. */
const MARKERS = [
  { name: 'start-up: Node, Astro, the config and its integrations', line: /^\d\d:\d\d:\d\d / },
  {
    name: 'content sync, types, collecting pages, emptying the output folder',
    line: /\[build\] Building \w+ entrypoints/,
  },
  { name: 'bundling (Vite)', line: /\[build\] Rearranging server assets/ },
  { name: 'rendering every route', line: /✓ Completed in / },
  { name: 'after rendering: astro:build:done hooks and stats', line: /\[build\] Complete!/ },
] as const;

/**
 * The phases of one `astro build`, from the HH:MM:SS stamps of its log (one-second resolution) and the time the
 * process was started and took: each phase runs from its marker line to the next, the last one to the exit.
 * Empty when a marker is missing (another Astro version's wording, or a failed build).
 */
export function buildPhases(log: string, run: { readonly startedAt: number; readonly wallMs: number }): Phase[] {
  const lines = log.replace(ANSI, '').split('\n');
  const start = new Date(run.startedAt);
  const startSeconds =
    start.getHours() * 3600 + start.getMinutes() * 60 + start.getSeconds() + start.getMilliseconds() / 1000;
  const stamps: number[] = [0];
  let from = 0;
  for (const marker of MARKERS) {
    const index = lines.findIndex((line, at) => at >= from && marker.line.test(line));
    const stamp = /^(\d\d):(\d\d):(\d\d) /.exec(lines[index] ?? '');
    if (!stamp) return [];
    const [, hours, minutes, secs] = stamp.map(Number) as [number, number, number, number];
    let elapsed = hours * 3600 + minutes * 60 + secs - startSeconds;
    if (elapsed < -60) elapsed += 86_400; // past midnight
    stamps.push(Math.min(run.wallMs, Math.max(stamps[stamps.length - 1] ?? 0, elapsed * 1000)));
    from = index + 1;
  }
  stamps.push(run.wallMs);
  const names = [...MARKERS.map((marker) => marker.name), 'exit'];
  return names.map((name, at) => ({ name, ms: (stamps[at + 1] ?? 0) - (stamps[at] ?? 0) }));
}

/** What Claimline's file writer logged: per-claim and per-metric files, and where their PNGs came from. */
export interface EntityFilesLine {
  readonly files: number;
  readonly ms: number;
  readonly cached: number;
  readonly rendered: number;
}

/** The `[claimline-files] N files in S s; PNGs: C from the image cache, R rasterised` line, if there is one. */
export function entityFilesLine(log: string): EntityFilesLine | undefined {
  const match =
    /\[claimline-files\] (\d+) files in ([\d.]+) s; PNGs: (\d+) from the image cache, (\d+) rasterised/.exec(
      log.replace(ANSI, ''),
    );
  if (!match) return undefined;
  const [, files, seconds, cached, rendered] = match.map(Number) as [number, number, number, number, number];
  return { files, ms: seconds * 1000, cached, rendered };
}
