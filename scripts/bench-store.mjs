// `make bench`, part 7: the device's store with big files (issue "Keep everything on this
// device"). Three measurements in Debian's Chromium against the release build and the fake:
//
// - typing latency with a 32 MiB local video in the form: each key, from `keydown` to the
//   next animation frame after the prompt changed (median, p95 of 40 keys);
// - the page's memory with 8 variations of that video sent: the JS heap plus every
//   ArrayBuffer's backing store (the wasm's memory among them), by the DevTools protocol's
//   `Runtime.getHeapUsage` after a garbage collection; the Blobs themselves live in the
//   browser's blob store, outside the page;
// - restoring a history of 200 finished jobs on the CPU slowed 4×: from the moment the
//   second module starts restoring (`performance.mark('wan-restore')`) to the history shown
//   (the newest job as the result, the next 20 listed, "Show more" for the rest); and, beside
//   it, from the app's first frame (`#app[data-ready]`), the second module's load included.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pasteSchema } from '../tests/e2e/lib/big-schema.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MIB = 1024 * 1024;
/** Just under the 32 MiB a local video may have. */
const VIDEO_BYTES = 32 * MIB - 4096;
const KEYS = 40;
const VARIATIONS = 8;
const HISTORY_JOBS = 200;
const TOKEN = 'rc-bench-token-0000';
/** The history file's format name (core/src/job/history.rs). */
const FORMAT = 'wan-i2v-history';

const VIDEO_SCHEMA = JSON.stringify({
  properties: {
    prompt: { type: 'string', title: 'Prompt' },
    video_url: { type: 'string', format: 'video_uri', title: 'Video' },
    seed: { type: 'integer', title: 'Seed' },
  },
});

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A model with a video field, the 32 MiB video in it; the page ready to type. */
async function withBigVideo(page, url, fake) {
  await page.goto(url);
  await page.locator('#app[data-ready="true"]').waitFor();
  await page.evaluate(
    ([base, token]) => {
      localStorage.setItem('wan-i2v.settings.v1', JSON.stringify({ api_base: base, remember_token: true }));
      localStorage.setItem('wan-i2v.token.v1', JSON.stringify(token));
    },
    [fake.url, TOKEN],
  );
  await page.reload();
  await page.locator('#app[data-ready="true"]').waitFor();
  await pasteSchema(page, 'acme/video-bench/video-to-video', VIDEO_SCHEMA);
  await page.getByRole('button', { name: 'Use this model' }).click();
  const mp4 = readFileSync(join(ROOT, 'tests/fixtures/sample.mp4'));
  const video = Buffer.concat([mp4, Buffer.alloc(VIDEO_BYTES - mp4.length)]);
  await page.locator('#file-video_url').setInputFiles({ name: 'big.mp4', mimeType: 'video/mp4', buffer: video });
  await page.getByTestId('media-facts').first().waitFor({ timeout: 60_000 });
  // The file is kept on the device once measured.
  await page.waitForFunction(() => (localStorage.getItem('wan-i2v.form.v1') ?? '').includes('local:'), null, { timeout: 60_000 });
}

async function typingLatency(page) {
  await page.evaluate(() => {
    window.__latencies = [];
    const prompt = document.querySelector('#field-prompt');
    prompt.addEventListener(
      'keydown',
      (event) => {
        const t0 = event.timeStamp;
        prompt.addEventListener('input', () => requestAnimationFrame(() => window.__latencies.push(performance.now() - t0)), { once: true });
      },
      true,
    );
  });
  await page.locator('#field-prompt').click();
  await page.keyboard.type('a fox runs through the snow at dusk, slow', { delay: 60 });
  await page.waitForFunction((n) => window.__latencies.length >= n, KEYS);
  const latencies = await page.evaluate(() => window.__latencies);
  return { keys: latencies.length, medianMs: percentile(latencies, 50), p95Ms: percentile(latencies, 95) };
}

async function memoryWithVariations(page, fake) {
  const cdp = await page.context().newCDPSession(page);
  await page.locator('#field-prompt').fill('Eight takes [hold]');
  await page.getByLabel('Variations').fill(String(VARIATIONS));
  await page.getByLabel('Variations').press('Tab');
  await page.getByRole('button', { name: 'Generate' }).click();
  const sent = () => fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/v1/models/')).length;
  for (let i = 0; i < 600 && sent() < VARIATIONS; i++) await new Promise((r) => setTimeout(r, 100));
  await page.locator('.job-card').nth(VARIATIONS - 1).waitFor({ timeout: 60_000 });
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const bytes = usage.usedSize + (usage.backingStorageSize ?? 0);
  return { variations: sent(), bytes, ratio: bytes / VIDEO_BYTES, fileBytes: VIDEO_BYTES };
}

/** 200 finished jobs as the history stores them. */
function history(fakeUrl) {
  const jobs = [];
  for (let i = 0; i < HISTORY_JOBS; i++) {
    const id = `bench-${String(i).padStart(4, '0')}-0000-0000-0000-000000000000`;
    jobs.push({
      request_id: id,
      model_id: 'wan-ai/wan-2-2/image-to-video',
      inputs: { prompt: `take ${i}`, img_url: `${fakeUrl}/images/sample.png`, resolution: '480P', seed: i },
      phase: { Succeeded: { media: [{ url: `${fakeUrl}/media/sample.webm?job=${i}`, kind: 'Video' }] } },
      submitted_at_ms: 1_700_000_000_000 + i * 60_000,
      started_at_ms: 1_700_000_000_000 + i * 60_000 + 3_000,
      finished_at_ms: 1_700_000_000_000 + i * 60_000 + 60_000,
      cost_usd: 0.4,
    });
  }
  return JSON.stringify({ format: FORMAT, version: 2, jobs });
}

export async function restoreHistory(browser, url, fake, newContext) {
  const { context, close } = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(
      ([text, base]) => {
        localStorage.setItem('wan-i2v.history', text);
        localStorage.setItem('wan-i2v.settings.v1', JSON.stringify({ api_base: base }));
        // Results already kept (or not), so the store's downloads do not weigh on this.
        localStorage.setItem('wan-i2v.keep-results.v1', 'false');
        new MutationObserver(() => {
          if (window.__readyAt === undefined && document.querySelector('#app[data-ready="true"]')) window.__readyAt = performance.now();
          const shown = document.querySelectorAll('.job-list .job-card').length >= 20 && document.querySelector('[data-testid="show-more"]');
          if (window.__shownAt === undefined && shown) window.__shownAt = performance.now();
        }).observe(document, { subtree: true, childList: true, attributes: true });
      },
      [history(fake.url), fake.url],
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url);
    await page.waitForFunction(() => window.__shownAt !== undefined, null, { timeout: 60_000 });
    const { readyAt, shownAt, restoreAt } = await page.evaluate(() => ({
      readyAt: window.__readyAt,
      shownAt: window.__shownAt,
      restoreAt: performance.getEntriesByName('wan-restore')[0]?.startTime,
    }));
    if (restoreAt === undefined) throw new Error('the app set no wan-restore mark');
    return { restoreMs: shownAt - restoreAt, fromReadyMs: shownAt - readyAt };
  } finally {
    await close();
  }
}

/** Every measurement of part 7. `newFake` and `newContext` are the bench's own (cleaned up
 *  with it). */
export async function measureStore(browser, url, { newFake, newContext, runs = 3 }) {
  const { fake, stop } = await newFake();
  const { context, close } = await newContext(browser);
  let typing;
  let memory;
  try {
    const page = await context.newPage();
    await withBigVideo(page, url, fake);
    typing = await typingLatency(page);
    memory = await memoryWithVariations(page, fake);
  } finally {
    await close();
  }
  const restore = [];
  for (let i = 0; i < runs; i++) restore.push(await restoreHistory(browser, url, fake, newContext));
  await stop();
  const ms = restore.map((r) => r.restoreMs);
  const fromReady = restore.map((r) => r.fromReadyMs);
  return {
    typing,
    memory,
    restoreMs: { runs: ms, median: percentile(ms, 50), max: Math.max(...ms) },
    fromReadyMs: { runs: fromReady, median: percentile(fromReady, 50) },
  };
}
