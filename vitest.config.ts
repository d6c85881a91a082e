import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    // The CLI tests spawn `npm run check`, which takes a second or two.
    testTimeout: 30_000,
  },
});
