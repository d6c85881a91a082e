import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// The dev-server test (e2e/dev/dev-server.dev.ts) starts `npm run dev` itself, on a free port and with a temporary
// CONTENT_DIR, so this config has no webServer. `npm test -- dev` runs it.
const shared = { ...base };
delete shared.webServer;

export default defineConfig({
  ...shared,
  testDir: 'e2e/dev',
  testMatch: '**/*.dev.ts',
  timeout: 90_000,
});
