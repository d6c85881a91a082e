import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// The example site built under a sub-path: `BASE_PATH=/factcheck/ npx astro build --outDir $SUBPATH_DIST`, then
// this config serves that folder under the base path (astro preview reads BASE_PATH from astro.config.mjs) and runs
// e2e/subpath/*.crawl.ts on it. `npm test -- sub-path` does both.
const port = Number(process.env.SUBPATH_PORT ?? 4356);
const dist = process.env.SUBPATH_DIST;
if (!dist) throw new Error('Set SUBPATH_DIST to the folder the sub-path build was written to');

export default defineConfig({
  ...base,
  testDir: 'e2e/subpath',
  testMatch: '**/*.crawl.ts',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `npx astro preview --outDir ${JSON.stringify(dist)} --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}${process.env.BASE_PATH ?? '/factcheck/'}`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { BASE_PATH: process.env.BASE_PATH ?? '/factcheck/' },
  },
});
