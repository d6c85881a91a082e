import { describe, expect, it } from 'vitest';
import { buildPhases, entityFilesLine, routeTimes } from './astro-log.ts';

const LOG = [
  '05:02:00 [build] Rearranging server assets...',
  '05:02:03   ├─ /claims/claim-00001/index.html (+12ms) ',
  '05:02:03   ├─ /claims/claim-00002/index.html (+8ms) ',
  '05:02:03   ├─ /images/claims/claim-00001/card.png (+1.5s) ',
  '05:02:03   ├─ \u001b[2m/data/figures.csv\u001b[22m (+3ms) ',
  '05:02:03   └─ /index.html (+20ms) ',
  '05:03:37 ✓ Completed in 1m 37s.',
].join('\n');

describe('routeTimes', () => {
  it("sums Astro's per-route times by kind of route, slowest first, ignoring colours and other lines", () => {
    expect(routeTimes(LOG)).toEqual([
      { kind: 'images/claims/…/*.png', routes: 1, ms: 1500 },
      { kind: 'claims/…/*.html', routes: 2, ms: 20 },
      { kind: 'index.html', routes: 1, ms: 20 },
      { kind: 'data/figures.csv', routes: 1, ms: 3 },
    ]);
  });
});

describe('buildPhases', () => {
  const log = [
    '10:00:04 [content] Syncing content',
    '10:00:05 [build] ✓ Completed in 1.2s.',
    '10:00:07 [build] Building static entrypoints...',
    '10:00:09 [vite] ✓ built in 2.1s',
    '10:00:10 [build] Rearranging server assets...',
    '10:00:20   ├─ /index.html (+20ms) ',
    '10:00:30 ✓ Completed in 20s.',
    '10:00:35 [build] 3 page(s) built in 31s',
    '10:00:36 [build] Complete!',
  ].join('\n');
  const startedAt = new Date(2026, 0, 1, 10, 0, 0).getTime();

  it('splits a build at the log lines that start each phase, from its start to its exit', () => {
    expect(buildPhases(log, { startedAt, wallMs: 37_000 })).toEqual([
      { name: 'start-up: Node, Astro, the config and its integrations', ms: 4000 },
      { name: 'content sync, types, collecting pages, emptying the output folder', ms: 3000 },
      { name: 'bundling (Vite)', ms: 3000 },
      { name: 'rendering every route', ms: 20_000 },
      { name: 'after rendering: astro:build:done hooks and stats', ms: 6000 },
      { name: 'exit', ms: 1000 },
    ]);
  });

  it('gives no phases when a marker line is missing rather than wrong ones', () => {
    expect(buildPhases(log.replace('[build] Complete!', ''), { startedAt, wallMs: 37_000 })).toEqual([]);
  });
});

describe('entityFilesLine', () => {
  it('reads the file writer’s count, time and where its PNGs came from', () => {
    const line = '06:12:08 [claimline-files] 60200 files in 1972.4 s; PNGs: 12 from the image cache, 20028 rasterised';
    expect(entityFilesLine(`before\n${line}\nafter`)).toEqual({
      files: 60200,
      ms: 1_972_400,
      cached: 12,
      rendered: 20028,
    });
  });

  it('gives undefined for a log without the line', () => {
    expect(entityFilesLine('[build] Complete!')).toBeUndefined();
  });
});
