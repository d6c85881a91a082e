import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4329);
const outDir = process.env.DIST_DIR ? ` --outDir ${JSON.stringify(process.env.DIST_DIR)}` : '';

// Debian's Chromium (apt-get install chromium); Playwright's own browser download is not used.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  // Snapshots are the same on every platform (e2e/search-results.spec.ts records JSON): no "-linux" in their names.
  snapshotPathTemplate: '{testDir}/{testFileName}-snapshots/{arg}{ext}',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // Serves the already built dist/ (npm test builds it first), or the build DIST_DIR names (e2e/pages.ts reads it
  // too). Started through npm so it runs on Node 22.
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${port} --ignore-lock${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
