// End-to-end tests of the release build (`dist/`) in Debian's Chromium, never a downloaded
// browser. Each test starts its own fake RunComfy (tests/e2e/support.mjs).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/lib/chromium.mjs';

const PORT = Number(process.env.E2E_PORT || 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.mjs',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  // Four browsers at once on two cores: most of a test is waiting for a page or the fake
  // (210 tests: 11.2 min with two workers, 9.3 with four).
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 4,
  retries: 0,
  forbidOnly: !!process.env.CI,
  outputDir: 'test-results/e2e',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  projects: [
    { name: 'e2e', grepInvert: /@timing/ },
    // Tests that time the page itself (a key's delay, a paint before the wasm, a result left
    // playing for seconds): after the rest, one at a time, so that four browsers on two
    // cores do not time each other. (Skipped when a test of the rest failed.)
    { name: 'timing', grep: /@timing/, dependencies: ['e2e'], workers: 1 },
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node tests/e2e/static-server.mjs --root dist --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 20_000,
  },
});
