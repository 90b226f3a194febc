// The service worker (dist/sw.js): a repeat visit starts from this device, the last version
// starts offline, a new release replaces the old one at once, and the RunComfy API never
// goes through it, whether on another origin or behind a same-origin proxy.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, TOKEN, chooseLanguage, setApiBase } from './support.mjs';
import { startStaticServer } from './static-server.mjs';
import { NGINX, startNginx } from './lib/nginx.mjs';
import { publish, publishNext } from './lib/release.mjs';

test.use({ fakeSpeed: 4 });

const WASM = readdirSync('dist').find((f) => f.endsWith('_bg.wasm'));
// The second wasm module (src/split.rs); a one-module build (WAN_SPLIT=off) has none.
const LATER = readdirSync('dist').find((f) => /^later-[0-9a-f]+\.wasm$/.test(f));
const WASMS = [WASM, LATER].filter(Boolean);

/** A static server of `root` that notes the path of every request that reaches it. */
async function countingServer(root) {
  const hits = [];
  const server = await startStaticServer({ root, onRequest: (req) => hits.push(new URL(req.url, 'http://x').pathname) });
  return { ...server, hits };
}

async function appReady(page) {
  await expect(page.locator('#app[data-ready="true"]')).toBeVisible();
}

/** Waits until the service worker controls the page (it claims it once installed). */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}

/** Whether each response (by path) came from the service worker. */
function watchResponses(page) {
  const seen = new Map();
  page.on('response', (r) => seen.set(new URL(r.url()).pathname, r.fromServiceWorker()));
  return seen;
}

/** Runs one job to "Done" against `apiBase`, the image from the fake. */
async function runJob(page, fake, apiBase) {
  await setApiBase(page, apiBase);
  await page.locator('#welcome-token').fill(TOKEN);
  await page.locator('#field-prompt').fill('Through the worker?');
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await expect(page.getByTestId('image-facts')).toContainText('640 × 360 px');
  await page.getByRole('button', { name: 'Generate' }).click();
  await expect(page.locator('.job-card').first().getByTestId('job-status')).toHaveText('Done', { timeout: 20_000 });
}

/** Every URL kept in this origin's caches. */
const keptUrls = (page) =>
  page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });

test('a repeat visit starts from the service worker, and the first one downloaded each file once', async ({ page, consoleErrors }) => {
  const server = await countingServer('dist');
  try {
    await page.goto(server.url);
    await appReady(page);
    await controlled(page);
    // The loader kept each wasm it had downloaded, the second module too; the worker
    // fetched only what was missing.
    for (const wasm of WASMS) {
      await expect.poll(() => keptUrls(page)).toContain(`${server.url}${wasm}`);
      expect(server.hits.filter((p) => p === `/${wasm}`), wasm).toHaveLength(1);
    }

    server.hits.length = 0;
    const fromWorker = watchResponses(page);
    await page.reload();
    await appReady(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // The second module is fetched after the first screen is up, so it may still be coming.
    for (const wasm of WASMS) await expect.poll(() => fromWorker.get(`/${wasm}`), wasm).toBe(true);
    // Only the page itself (network first) and the worker's update check reach the server.
    expect(server.hits.filter((p) => p !== '/' && p !== '/sw.js')).toEqual([]);
    expect(server.hits.filter((p) => p === '/')).toHaveLength(1);
    expect(consoleErrors).toEqual([]);
  } finally {
    await server.close();
  }
});

test('the last version starts offline', async ({ page, context }) => {
  const server = await countingServer('dist');
  try {
    await page.goto(server.url);
    await appReady(page);
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    await expect(page.locator('#field-prompt')).toBeEditable();
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});

test('a language chosen online starts offline too, its file kept by the worker', async ({ page, context }) => {
  const server = await countingServer('dist');
  try {
    await page.goto(server.url);
    await appReady(page);
    await controlled(page);
    await chooseLanguage(page, 'Français');
    await expect(page.getByRole('button', { name: 'Générer', exact: true })).toBeVisible();
    await expect.poll(() => keptUrls(page)).toContain(`${server.url}locales/fr.txt`);
    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    await expect(page.getByRole('button', { name: 'Générer', exact: true })).toBeVisible();
    await expect(page.getByTestId('language-note')).toHaveCount(0);
  } finally {
    await context.setOffline(false);
    await server.close();
  }
});

test('a new release replaces the old one at the next visit, and its worker drops the old files', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'wan-release-'));
  const server = await countingServer(dir);
  try {
    const first = publish(dir);
    await page.goto(server.url);
    await appReady(page);
    await controlled(page);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`${first.build} ${server.url}`]);

    const next = publishNext(dir);
    expect(next.wasm).not.toBe(first.wasm);
    server.hits.length = 0;
    await page.reload();
    await appReady(page);
    expect(server.hits).toContain(`/${next.wasm}`);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name))).toContain(
      `${server.url}${next.wasm}`,
    );
    // The new worker takes over (the page registers it at every start) and keeps only the new release.
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 }).toEqual([`${next.build} ${server.url}`]);
    const kept = await keptUrls(page);
    expect(kept).toContain(`${server.url}${next.wasm}`);
    expect(kept).not.toContain(`${server.url}${first.wasm}`);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('API calls to another origin never go through the worker or its cache', async ({ page, fake, consoleErrors }) => {
  const server = await countingServer('dist');
  try {
    await page.goto(server.url);
    await appReady(page);
    await controlled(page);
    await page.reload();
    await appReady(page);
    const fromWorker = [];
    page.on('response', (r) => r.url().startsWith(fake.url) && fromWorker.push(r.fromServiceWorker()));
    await runJob(page, fake, fake.url);
    expect(fromWorker.length).toBeGreaterThan(3);
    expect(fromWorker.every((x) => x === false)).toBe(true);
    for (const url of await keptUrls(page)) expect(url.startsWith(server.url), url).toBe(true);
    expect(consoleErrors).toEqual([]);
  } finally {
    await server.close();
  }
});

test('API calls through the same-origin /runcomfy/ proxy never go through the worker or its cache', async ({ page, fake, consoleErrors }) => {
  test.skip(!NGINX, 'nginx is not installed (make test installs it on Debian)');
  fake.setCors(false);
  const nginx = await startNginx({ root: 'dist', upstream: fake.url });
  try {
    await page.goto(`${nginx.url}/`);
    await appReady(page);
    await controlled(page);
    await page.reload();
    await appReady(page);
    const proxied = [];
    page.on('response', (r) => new URL(r.url()).pathname.startsWith('/runcomfy/') && proxied.push(r.fromServiceWorker()));
    await runJob(page, fake, `${nginx.url}/runcomfy`);
    expect(proxied.length).toBeGreaterThanOrEqual(2); // the submit and at least one poll
    expect(proxied.every((x) => x === false)).toBe(true);
    const kept = await keptUrls(page);
    expect(kept.length).toBeGreaterThan(0);
    for (const url of kept) expect(url).not.toContain('/runcomfy/');
    expect(consoleErrors).toEqual([]);
  } finally {
    await nginx.close();
  }
});
