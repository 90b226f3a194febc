// Shared fixtures: a fresh fake RunComfy per test, the app opened and pointed at it, and
// every console error collected (a test fails on one unless it expects it).
import { test as base, expect } from '@playwright/test';
import { startFakeRunComfy } from './fake-runcomfy.mjs';

export { expect };

/** A token that looks real enough; tests assert where it goes and where it never goes. */
export const TOKEN = 'rc-test-token-7f3a9c';

export const test = base.extend({
  /** The fake's time factor: 0.5 doubles every phase of a job's timeline. */
  fakeSpeed: [1, { option: true }],
  fake: async ({ fakeSpeed }, use) => {
    const fake = await startFakeRunComfy({ speed: fakeSpeed });
    await use(fake);
    await fake.close();
  },
  /** Every console line, to prove the token is never logged. */
  consoleMessages: [
    async ({ page }, use) => {
      const lines = [];
      page.on('console', (msg) => lines.push(msg.text()));
      await use(lines);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors = [];
      page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
      page.on('pageerror', (err) => errors.push(String(err)));
      await use(errors);
    },
    { auto: true },
  ],
  /** Every URL the page requested, to prove the token is in none of them. */
  requestedUrls: [
    async ({ page }, use) => {
      const urls = [];
      page.on('request', (req) => urls.push(req.url()));
      await use(urls);
    },
    { auto: true },
  ],
});

/** Opens the built app, waits for the wasm to start, points it at the fake. */
export async function openApp(page, fake, { token = TOKEN } = {}) {
  await page.goto('./');
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
  if (fake) {
    const base = page.getByLabel('API base URL');
    await base.fill(fake.url);
    await base.press('Tab');
  }
  if (token) await page.getByLabel('API token').fill(token);
}

/** Submits requests the fake received (method POST to /v1/models/...). */
export function submits(fake) {
  return fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/v1/models/'));
}
