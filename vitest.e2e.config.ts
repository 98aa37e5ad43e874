import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real Chromium and Firefox ESR against
// the demo desk. Run by tests/run-all.mjs after the builds, one browser at a time
// (two cores: two browsers at once make timings, not bugs, the thing under test).
const common = ['tests/e2e/*.e2e.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
    projects: [
      {
        extends: true,
        test: {
          name: 'chromium',
          include: [...common, 'tests/e2e/chromium/*.e2e.ts'],
          env: { NZ_E2E_BROWSER: 'chromium' },
        },
      },
      {
        extends: true,
        test: {
          name: 'firefox',
          include: [...common, 'tests/e2e/firefox/*.e2e.ts'],
          env: { NZ_E2E_BROWSER: 'firefox' },
        },
      },
    ],
  },
});
