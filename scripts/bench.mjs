#!/usr/bin/env node
// Benchmarks of the release build (dist/) in Debian's Chromium, against the fake RunComfy.
//
//   make bench                      # builds dist/ first
//   node scripts/bench.mjs          # uses the dist/ that is there
//   BENCH_RUNS=3 node scripts/bench.mjs
//
// Measures: 1. the size of every file in dist/ (raw, gzip -9, brotli 11);
// 2. cold load against the React peer with ../shared/bench/load.mjs, on a phone's profile
// (150 ms RTT, 1.6 Mbps, gzip, 4× CPU) and on the CPU alone (1×, 4×), and the repeat visit
// (service worker) on the phone profile (scripts/bench-peer.mjs); 3. checking a local 2000×2000 JPEG;
// 4. jobs of 10, 30, 60 and 120 s: how soon their end is seen and the API requests each
// costs, before and after the app learns the model's run time (bench-poll.mjs); 5. the time from a job finishing (on the fake's
// clock) to the first video frame in the page; 6. a pasted schema of 3 000 properties;
// 7. typing and memory with a 32 MiB local video, and 200 jobs restored (bench-store.mjs). Prints aligned tables, writes the same
// numbers to test-results/bench.json, and ends with one PASS/FAIL line per budget.
//
// Exit code: 0 once everything was measured, even when a budget FAILs (this is a benchmark,
// not a test); 1 when something could not be measured (dist/ missing, a timeout, …).
//
// Nothing but 127.0.0.1 is contacted: both servers listen there, Node only fetches the
// fake's control route, and Chromium gets a host resolver that resolves no name at all
// and no proxy; any page request to another host is reported.
//
// Environment: BENCH_RUNS (runs of each cold-load measurement, default 9 on the phone profile
// and the repeat visit, 15 per CPU rate on the CPU alone), BENCH_PEER_DIR (default
// ../shared/bench), CHROME_BIN.

import { bigSchema, longestTask, pasteSchema, watchLongTasks } from '../tests/e2e/lib/big-schema.mjs';
import { chromium } from '@playwright/test';
import { readdir, readFile, mkdir, writeFile, access } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { join, extname, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../tests/e2e/static-server.mjs';
import { startFakeRunComfy } from '../tests/e2e/fake-runcomfy.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/lib/chromium.mjs';
import { PEER_BENCH, peerAvailable, measureAgainstPeer, measureRepeatVisit } from './bench-peer.mjs';
import { measureStore } from './bench-store.mjs';
import { measureFilm } from './bench-film.mjs';
import { measurePolling, POLL_RUNS } from './bench-poll.mjs';

class MeasureError extends Error {}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const OUT_JSON = join(ROOT, 'test-results', 'bench.json');

const PHONE_RUNS = positiveInt('BENCH_RUNS', 9);
const CPU_RUNS = positiveInt('BENCH_RUNS', 15);
const IMAGE_RUNS = 5;
const FRAME_RUNS = 5;
const WATCHDOG_MS = 20 * 60_000; // the whole run; a hang ends as "could not measure"

const BUDGET = {
  firstLoadGzipKiB: 100,
  // Against the peer (app / peer, medians of one run) and the repeat visit (repeat / first).
  phoneReadyRatio: 0.8,
  phoneFcpRatio: 0.35,
  cpuReadyRatio: 0.8,
  repeatRatio: 0.5,
  // A job's end seen after RunComfy finished it (median, once the run time is learnt), and
  // what a 60 s job costs in API requests (its submit and polls; the most of any).
  seenAfterMs: 1_500,
  apiRequestsLongJob: 12,
  completionToFrameMs: 10_300, // one capped poll interval (10 000 ms) + 300 ms
  // A pasted schema of 3 000 properties: every field shown, and the longest task meanwhile.
  bigSchemaMs: 2_000,
  bigSchemaLongestTaskMs: 200,
  // The device's store: a key typed with a 32 MiB local video in the form (p95), the page's
  // memory with 8 variations of it sent (× the file's size), 200 jobs restored at 4× CPU.
  typingP95Ms: 16,
  memoryRatio: 2,
  restoreHistoryMs: 300,
  // Six 5 s 720p clips joined into one film at 4× CPU, and the longest task meanwhile (a
  // key pressed during the join waits at most that long: within RAIL's 100 ms for input).
  filmJoinMs: 1_000,
  filmLongestTaskMs: 100,
};
const BIG_SCHEMA_RUNS = 3;


const TOKEN = 'rc-bench-token-0000';

// ---- small helpers -----------------------------------------------------------------------

function positiveInt(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`bench: ${name} must be a positive integer, got "${raw}"`);
    process.exit(1); // nothing has been started yet
  }
  return n;
}

const kib = (bytes) => (bytes / 1024).toFixed(1);
const ms = (v) => (v === null || v === undefined ? '–' : v.toFixed(0));
const round1 = (v) => Math.round(v * 10) / 10;

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { n, median: round1(median), min: round1(sorted[0]), max: round1(sorted[n - 1]) };
}

/** Prints rows as an aligned table; columns: [{ label, right?: bool }]. */
function printTable(columns, rows) {
  const cells = rows.map((r) => r.map((c) => String(c)));
  const widths = columns.map((c, i) => Math.max(c.label.length, ...cells.map((r) => r[i].length)));
  const line = (r) =>
    '  ' +
    r
      .map((c, i) => (columns[i].right ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(columns.map((c) => c.label)));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells) console.log(line(r));
}

function heading(text) {
  console.log(`\n${text}\n${'='.repeat(text.length)}`);
}

// ---- what is started, and stopped in `finally` ---------------------------------------------

const cleanups = [];
let interrupted = false; // Ctrl-C: what fails while things are being stopped is not news
function onCleanup(label, fn) {
  const entry = { label, fn };
  cleanups.push(entry);
  return () => {
    const i = cleanups.indexOf(entry);
    if (i !== -1) cleanups.splice(i, 1);
    return fn();
  };
}
async function cleanupAll() {
  while (cleanups.length) {
    const { label, fn } = cleanups.pop();
    try {
      await fn();
    } catch (e) {
      if (!interrupted) console.error(`bench: stopping ${label} failed: ${e.message}`);
    }
  }
}

/** Every page request to anything but 127.0.0.1 (data:/blob: are local). */
const offHostRequests = [];
function watchHosts(context) {
  context.on('request', (req) => {
    const u = new URL(req.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return;
    if (u.hostname !== '127.0.0.1') offHostRequests.push(req.url());
  });
}

const pageErrors = [];
function watchErrors(page, where) {
  page.on('pageerror', (err) => pageErrors.push(`${where}: ${err.message}`));
  page.on('console', (msg) => msg.type() === 'error' && pageErrors.push(`${where}: console: ${msg.text()}`));
}

async function newFake() {
  const fake = await startFakeRunComfy();
  const stop = onCleanup(`fake RunComfy ${fake.url}`, () => fake.close());
  return { fake, stop };
}

async function newContext(browser) {
  const context = await browser.newContext();
  const close = onCleanup('browser context', () => context.close());
  watchHosts(context);
  return { context, close };
}

// ---- 1. sizes ------------------------------------------------------------------------------

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}

function groupOf(file) {
  const ext = extname(file).toLowerCase();
  if (ext === '.wasm') return 'wasm';
  if (ext === '.js' || ext === '.mjs') return 'JS';
  if (ext === '.css') return 'CSS';
  if (ext === '.html') return 'HTML';
  return 'other';
}

async function measureSizes() {
  const files = [];
  // The .gz/.br copies are the same files, sent instead of them by hosts that can.
  for (const full of (await listFiles(DIST)).filter((f) => !/\.(gz|br)$/.test(f))) {
    const buf = await readFile(full);
    files.push({
      file: relative(DIST, full),
      group: groupOf(full),
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const groups = {};
  for (const name of ['wasm', 'JS', 'CSS', 'HTML', 'other']) {
    const members = files.filter((f) => f.group === name);
    if (!members.length) continue;
    groups[name] = sum(members);
  }
  // index.html loads every file in dist/ (page with its stylesheet, script, wasm, icon) but
  // the README (read on demand), the language files (fetched by their users) and what is
  // fetched once the app runs: sw.js, and the second wasm module (src/split.rs, in a
  // release build split in two). Its loader (split-*.js) is not among them: the first
  // script imports it, and the page preloads it.
  const later = (f) => /^later-[0-9a-f]+\.wasm$/.test(f.file);
  const afterwards = (f) => f.file === 'sw.js' || later(f);
  if (files.some(later)) groups['second module (after the app runs)'] = sum(files.filter(later));
  groups['total first load'] = sum(
    files.filter((f) => f.file !== 'README.md' && !f.file.startsWith('locales/') && !afterwards(f)),
  );
  return { files, groups };

  function sum(list) {
    return {
      files: list.length,
      raw: list.reduce((a, f) => a + f.raw, 0),
      gzip: list.reduce((a, f) => a + f.gzip, 0),
      brotli: list.reduce((a, f) => a + f.brotli, 0),
    };
  }
}

function printSizes({ files, groups }) {
  heading('1. Release build size (dist/), KiB');
  const cols = [{ label: 'file' }, { label: 'raw', right: true }, { label: 'gzip -9', right: true }, { label: 'brotli 11', right: true }];
  printTable(cols, files.map((f) => [f.file, kib(f.raw), kib(f.gzip), kib(f.brotli)]));
  console.log('');
  printTable(
    [{ label: 'group' }, { label: 'files', right: true }, ...cols.slice(1)],
    Object.entries(groups).map(([name, g]) => [name, g.files, kib(g.raw), kib(g.gzip), kib(g.brotli)]),
  );
}

// ---- 2. cold load against the peer, and the repeat visit ----------------------------------

const x = (r) => `${r.toFixed(2)}×`;

function printAgainstPeer(p, repeat) {
  heading('2. Cold load against the React peer (../shared/bench/load.mjs), medians, ms');
  printTable(
    [
      { label: 'profile' },
      { label: 'app usable', right: true },
      { label: 'peer usable', right: true },
      { label: 'ratio', right: true },
      { label: 'app paint', right: true },
      { label: 'peer paint', right: true },
      { label: 'ratio', right: true },
      { label: 'app gzip KiB', right: true },
      { label: 'peer gzip KiB', right: true },
    ],
    [
      ['phone (mobile net, 4× CPU)', p.phone],
      ['CPU only, 1×', p.cpu1],
      ['CPU only, 4×', p.cpu4],
    ].map(([name, r]) => [
      name,
      ms(r.app.ready),
      ms(r.peer.ready),
      x(r.ratio.ready),
      ms(r.app.fcp),
      ms(r.peer.fcp),
      x(r.ratio.fcp),
      kib(r.app.gzipKiB * 1024),
      kib(r.peer.gzipKiB * 1024),
    ]),
  );
  console.log('  "usable": the form\'s textarea is rendered and enabled and the wasm has run (load.mjs); "paint": first contentful paint.');
  if (!repeat) return;
  console.log('');
  printTable(
    [{ label: 'phone profile' }, { label: 'usable', right: true }, { label: 'paint', right: true }, { label: 'ratio', right: true }],
    [
      ['first visit (cold)', ms(repeat.first.ready), ms(repeat.first.fcp), ''],
      ['repeat visit (service worker)', ms(repeat.repeat.ready), ms(repeat.repeat.fcp), x(repeat.ratio)],
    ],
  );
  console.log(`  ${repeat.runs} runs, each a fresh context: a cold visit, then once the worker controls the page a second one;`);
  console.log(`  the repeat visit's wasm came from the worker: ${repeat.wasmFromWorker ? 'yes' : 'NO'}.`);
}

// ---- 3. checking a local 2000×2000 JPEG ----------------------------------------------------

async function measureImageCheck(browser, url) {
  const { context, close } = await newContext(browser);
  try {
    const page = await context.newPage();
    watchErrors(page, 'image check');
    await page.goto(url, { timeout: 30_000 });
    await page.waitForSelector('#app[data-ready="true"]', { state: 'visible', timeout: 30_000 });
    await page.waitForSelector('#file-img_url', { state: 'attached', timeout: 10_000 });

    // A realistic photo-like JPEG: a gradient, soft shapes, and smooth (upscaled) noise.
    const jpegBytes = await page.evaluate(async () => {
      const size = 2000;
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const ctx = canvas.getContext('2d');
      const g = ctx.createLinearGradient(0, 0, size, size);
      g.addColorStop(0, '#1e3c72');
      g.addColorStop(0.5, '#e6a15c');
      g.addColorStop(1, '#2a5298');
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, size, size);
      let seed = 42;
      const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
      for (let i = 0; i < 60; i++) {
        ctx.fillStyle = `hsla(${rnd() * 360}, 60%, ${30 + rnd() * 40}%, 0.35)`;
        ctx.beginPath();
        ctx.arc(rnd() * size, rnd() * size, 40 + rnd() * 260, 0, Math.PI * 2);
        ctx.fill();
      }
      const n = 250;
      const noise = new ImageData(n, n);
      for (let i = 0; i < noise.data.length; i += 4) {
        const v = rnd() * 255;
        noise.data[i] = v;
        noise.data[i + 1] = v;
        noise.data[i + 2] = v;
        noise.data[i + 3] = 24;
      }
      const small = document.createElement('canvas');
      small.width = n;
      small.height = n;
      small.getContext('2d').putImageData(noise, 0, 0);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(small, 0, 0, size, size);
      const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9));
      window.__benchJpeg = new File([blob], 'bench.jpg', { type: 'image/jpeg' });
      return blob.size;
    });

    const runs = [];
    for (let i = 0; i < IMAGE_RUNS; i++) {
      // Start each run from an empty field so the old facts cannot be mistaken for new ones.
      const remove = page.getByRole('button', { name: 'Remove image' });
      if (await remove.count()) {
        await remove.click();
        await page.waitForSelector('[data-testid="image-facts"]', { state: 'detached', timeout: 10_000 });
      }
      const elapsed = await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const input = document.getElementById('file-img_url');
            const dt = new DataTransfer();
            dt.items.add(window.__benchJpeg);
            const shown = () =>
              document.querySelector('[data-testid="image-facts"]')?.textContent.includes('2000 × 2000') ?? false;
            let t0 = 0;
            const observer = new MutationObserver(() => {
              if (!shown()) return;
              const t = performance.now() - t0;
              observer.disconnect();
              clearTimeout(timer);
              resolve(t);
            });
            const timer = setTimeout(() => {
              observer.disconnect();
              reject(new Error('image facts did not show "2000 × 2000" within 30 s'));
            }, 30_000);
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
            t0 = performance.now();
            input.files = dt.files;
            input.dispatchEvent(new Event('change', { bubbles: true }));
          }),
      );
      runs.push(elapsed);
    }
    const facts = await page.getByTestId('image-facts').textContent();
    return { jpegBytes, facts, runsMs: runs.map(round1), ...stats(runs) };
  } finally {
    await close();
  }
}

function printImageCheck(img) {
  heading(`3. Checking a local 2000×2000 JPEG (${kib(img.jpegBytes)} KiB, 1× CPU, ${img.n} runs), ms`);
  printTable(
    [{ label: 'from → to' }, { label: 'median', right: true }, { label: 'min', right: true }, { label: 'max', right: true }],
    [['file set on #file-img_url → facts show "2000 × 2000"', ms(img.median), ms(img.min), ms(img.max)]],
  );
  console.log(`  facts shown: ${img.facts}`);
}

// ---- the job flow shared by 4 and 5 --------------------------------------------------------

async function openAndSubmit(page, url, fake, prompt) {
  await page.goto(url, { timeout: 30_000 });
  await page.waitForSelector('#app[data-ready="true"]', { state: 'visible', timeout: 30_000 });
  // The API base is in the settings dialog, the token in the first visit's invitation.
  await page.locator('#open-settings').click();
  const base = page.getByRole('dialog').locator('#api-base');
  await base.fill(fake.url);
  await base.press('Tab');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 10_000 });
  await page.locator('#welcome-token').fill(TOKEN);
  await page.locator('#field-prompt').fill(prompt);
  await page.locator('#field-img_url').fill(`${fake.url}/images/sample.png`);
  await page.waitForFunction(
    () => document.querySelector('[data-testid="image-facts"]')?.textContent.includes('640 × 360') ?? false,
    null,
    { timeout: 15_000 },
  );
  const generate = page.getByRole('button', { name: 'Generate' });
  await generate.waitFor({ state: 'visible', timeout: 10_000 });
  await waitUntil(() => generate.isEnabled(), 10_000, 'Generate to be enabled');
  await generate.click();
  const card = page.locator('.job-card').first();
  await card.waitFor({ state: 'visible', timeout: 15_000 });
  return card;
}

/** Polls `check` (async, truthy = done) every 100 ms. */
async function waitUntil(check, timeout, what) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new MeasureError(`timed out after ${timeout / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function waitForDone(page, timeout) {
  try {
    await page.waitForFunction(
      () => document.querySelector('.job-card [data-testid="job-status"]')?.textContent.trim() === 'Done',
      null,
      { timeout, polling: 100 },
    );
  } catch (e) {
    const status = await page
      .locator('.job-card [data-testid="job-status"]')
      .first()
      .textContent()
      .catch(() => '?');
    throw new MeasureError(`the job did not reach "Done" within ${timeout / 1000} s (status: "${status}")`);
  }
}

async function fakeJobs(fake) {
  const res = await fetch(`${fake.url}/__control/jobs`);
  if (!res.ok) throw new MeasureError(`GET /__control/jobs answered ${res.status}`);
  return res.json();
}

// ---- 4. a finished job seen at once -----------------------------------------------------

function printPolling(lengths) {
  heading(`4. A finished job seen at once: ${POLL_RUNS.learn} jobs with no history, then ${POLL_RUNS.measure} once the run time is learnt`);
  const cell = (s) => `${ms(s.seenAfterMs.median)} / ${ms(s.seenAfterMs.max)}`;
  const reqs = (s) => `${s.requests.median} / ${s.requests.max}`;
  printTable(
    [
      { label: 'job' },
      { label: 'seen after, first (median / max ms)', right: true },
      { label: 'requests, first', right: true },
      { label: 'seen after, learnt', right: true },
      { label: 'requests, learnt', right: true },
    ],
    lengths.map((l) => [`${l.seconds} s`, cell(l.first), reqs(l.first), cell(l.learnt), reqs(l.learnt)]),
  );
  console.log('  requests: its submit and every status and result poll (CORS preflights not counted)');
}

// ---- 5. completion → first video frame -----------------------------------------------------

/** Installed before any page script: the wall-clock time of the first video frame. */
function firstFrameProbe() {
  document.addEventListener(
    'loadeddata',
    (e) => {
      if (e.target.tagName === 'VIDEO') {
        window.__firstFrame ??= performance.timeOrigin + performance.now();
        window.__firstFrameDateNow ??= Date.now();
      }
    },
    true,
  );
}

async function frameOnce(browser, url) {
  const { fake, stop } = await newFake();
  const { context, close } = await newContext(browser);
  try {
    const page = await context.newPage();
    watchErrors(page, 'first frame');
    await page.addInitScript(firstFrameProbe);
    await openAndSubmit(page, url, fake, 'bench');
    await waitForDone(page, 60_000);
    await page.waitForFunction(() => window.__firstFrame !== undefined, null, { timeout: 30_000 }).catch(() => {
      throw new MeasureError('the video fired no loadeddata within 30 s of "Done"');
    });
    const { firstFrame, firstFrameDateNow } = await page.evaluate(() => ({
      firstFrame: window.__firstFrame,
      firstFrameDateNow: window.__firstFrameDateNow,
    }));
    const [job] = await fakeJobs(fake);
    if (!job || job.final_at === null) throw new MeasureError('the fake has no finished job');

    const forJob = fake.requests.filter((r) => r.path.startsWith(`/v1/requests/${job.request_id}/`) && r.method === 'GET');
    // Polls are /status while queued and /result once running.
    const statuses = forJob.filter((r) => r.path.endsWith('/status') || r.path.endsWith('/result'));
    const seenAt = statuses.findIndex((r) => r.time >= job.final_at);
    const seen = seenAt === -1 ? null : statuses[seenAt];
    // The poll interval in force: the wait before the poll that saw the job done.
    const interval = seenAt > 0 ? statuses[seenAt].time - statuses[seenAt - 1].time : null;
    const result = forJob.find((r) => r.path.endsWith('/result') && r.time >= job.final_at) ?? null;
    return {
      requestId: job.request_id,
      finalAt: job.final_at,
      firstFrameAt: round1(firstFrame),
      gapMs: round1(firstFrame - job.final_at),
      statusSeenAfterMs: seen ? seen.time - job.final_at : null,
      resultAfterMs: result ? result.time - job.final_at : null,
      pollIntervalMs: interval,
      clockSkewMs: round1(firstFrame - firstFrameDateNow), // timeOrigin+now vs Date.now() in the page
    };
  } finally {
    await close();
    await stop();
  }
}

async function measureFirstFrame(browser, url) {
  const runs = [];
  for (let i = 0; i < FRAME_RUNS; i++) runs.push(await frameOnce(browser, url));
  const g = stats(runs.map((r) => r.gapMs));
  return { runs, gapMs: { median: g.median, max: g.max, min: g.min, n: g.n } };
}

function printFirstFrame(f) {
  heading(`5. Job done on the fake → first video frame (default scenario, ${f.runs.length} runs), ms after final_at`);
  printTable(
    [
      { label: 'run', right: true },
      { label: 'status seen', right: true },
      { label: 'result fetched', right: true },
      { label: 'first frame', right: true },
      { label: 'poll interval', right: true },
    ],
    f.runs.map((r, i) => [i + 1, ms(r.statusSeenAfterMs), ms(r.resultAfterMs), ms(r.gapMs), ms(r.pollIntervalMs)]),
  );
  console.log(`  first frame: median ${ms(f.gapMs.median)} ms, max ${ms(f.gapMs.max)} ms`);
  console.log('  poll interval = gap between the poll that saw the job done and the one before it.');
}

// ---- 6. a pasted schema of 3 000 properties ---------------------------------------------------

/** Pastes a schema of 3 000 properties and times "Use this model" → the last field shown,
 *  with the longest task meanwhile (the page answers between them). */
async function bigSchemaOnce(browser, url) {
  const { context, close } = await newContext(browser);
  try {
    const page = await context.newPage();
    watchErrors(page, 'big schema');
    await page.goto(url);
    await page.locator('#app[data-ready="true"]').waitFor();
    await pasteSchema(page, 'acme/huge/text-to-image', bigSchema(3000));
    await watchLongTasks(page);
    const started = Date.now();
    await page.getByRole('button', { name: 'Use this model' }).click();
    await page.locator('#field-p2999').waitFor({ timeout: 30_000 });
    const renderMs = Date.now() - started;
    const longestTaskMs = await longestTask(page);
    return { renderMs, longestTaskMs };
  } finally {
    await close();
  }
}

async function measureBigSchema(browser, url) {
  const runs = [];
  for (let i = 0; i < BIG_SCHEMA_RUNS; i++) runs.push(await bigSchemaOnce(browser, url));
  const r = stats(runs.map((x) => x.renderMs));
  const t = stats(runs.map((x) => x.longestTaskMs));
  return { runs, renderMs: { median: r.median, max: r.max }, longestTaskMs: { median: t.median, max: t.max } };
}

function printBigSchema(b) {
  heading(`6. A pasted schema of 3 000 properties (${b.runs.length} runs)`);
  printTable(
    [{ label: 'run', right: true }, { label: 'all fields shown', right: true }, { label: 'longest task', right: true }],
    b.runs.map((r, i) => [i + 1, ms(r.renderMs), ms(r.longestTaskMs)]),
  );
}

// ---- 7. the device's store with big files ----------------------------------------------------

function printStore(s) {
  heading('7. The device\'s store with big files');
  const mib = (b) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
  printTable(
    [{ label: 'measurement' }, { label: 'median', right: true }, { label: 'worst', right: true }],
    [
      [`typing, 32 MiB video in the form (${s.typing.keys} keys)`, `${ms(s.typing.medianMs)} ms`, `p95 ${ms(s.typing.p95Ms)} ms`],
      [`memory with ${s.memory.variations} variations sent`, mib(s.memory.bytes), `${s.memory.ratio.toFixed(2)}× the file`],
      [`200 jobs restored, 4× CPU (${s.restoreMs.runs.length} runs)`, `${ms(s.restoreMs.median)} ms`, `max ${ms(s.restoreMs.max)} ms`],
      ['  the same from the app\'s first frame (second module loaded)', `${ms(s.fromReadyMs.median)} ms`, ''],
    ],
  );
}

// ---- 8. one film from a chain -----------------------------------------------------------------

function printFilm(f) {
  heading(`8. A chain of ${f.clips} clips of 5 s at 720p joined into one film, 4× CPU (${f.runs.length} runs)`);
  printTable(
    [{ label: 'run', right: true }, { label: 'press → saved', right: true }, { label: 'longest task', right: true }],
    f.runs.map((r, i) => [i + 1, ms(r.joinMs), ms(r.longestTaskMs)]),
  );
}

// ---- budgets -------------------------------------------------------------------------------

function checkBudgets(results) {
  const total = results.sizes.groups['total first load'];
  const p = results.againstPeer;
  const r = results.repeatVisit;
  const vsPeer = p
    ? [
        { name: 'phone: usable, app / peer', value: p.phone.ratio.ready, limit: BUDGET.phoneReadyRatio },
        { name: 'phone: first paint, app / peer', value: p.phone.ratio.fcp, limit: BUDGET.phoneFcpRatio },
        { name: 'CPU only 1×: usable, app / peer', value: p.cpu1.ratio.ready, limit: BUDGET.cpuReadyRatio },
        { name: 'CPU only 4×: usable, app / peer', value: p.cpu4.ratio.ready, limit: BUDGET.cpuReadyRatio },
        ...(r ? [{ name: 'phone: repeat visit / first, usable', value: r.ratio, limit: BUDGET.repeatRatio }] : []),
      ].map((b) => ({ name: b.name, pass: b.value <= b.limit, actual: x(b.value), limit: `≤ ${x(b.limit)}` }))
    : [];
  return [
    ...vsPeer,
    {
      name: 'first load, gzip total',
      pass: total.gzip / 1024 <= BUDGET.firstLoadGzipKiB,
      actual: `${kib(total.gzip)} KiB`,
      limit: `≤ ${BUDGET.firstLoadGzipKiB} KiB`,
    },
    ...results.polling.map((l) => ({
      name: `a ${l.seconds} s job's end seen after (median, learnt)`,
      pass: l.learnt.seenAfterMs.median <= BUDGET.seenAfterMs,
      actual: `${ms(l.learnt.seenAfterMs.median)} ms (max ${ms(l.learnt.seenAfterMs.max)} ms)`,
      limit: `≤ ${ms(BUDGET.seenAfterMs)} ms`,
    })),
    ...results.polling
      .filter((l) => l.seconds === 60)
      .map((l) => ({
        name: 'API requests for a 60 s job (most of any)',
        pass: Math.max(l.first.requests.max, l.learnt.requests.max) <= BUDGET.apiRequestsLongJob,
        actual: `${l.learnt.requests.max} learnt, ${l.first.requests.max} with no history`,
        limit: `≤ ${BUDGET.apiRequestsLongJob}, preflights not counted`,
      })),
    {
      name: '3 000-property schema shown (median)',
      pass: results.bigSchema.renderMs.median <= BUDGET.bigSchemaMs,
      actual: `${ms(results.bigSchema.renderMs.median)} ms (max ${ms(results.bigSchema.renderMs.max)} ms)`,
      limit: `≤ ${BUDGET.bigSchemaMs} ms`,
    },
    {
      name: '3 000-property schema: longest task (median)',
      pass: results.bigSchema.longestTaskMs.median <= BUDGET.bigSchemaLongestTaskMs,
      actual: `${ms(results.bigSchema.longestTaskMs.median)} ms`,
      limit: `≤ ${BUDGET.bigSchemaLongestTaskMs} ms`,
    },
    {
      name: 'typing with a 32 MiB video in the form (p95)',
      pass: results.store.typing.p95Ms <= BUDGET.typingP95Ms,
      actual: `${ms(results.store.typing.p95Ms)} ms (median ${ms(results.store.typing.medianMs)} ms)`,
      limit: `≤ ${BUDGET.typingP95Ms} ms`,
    },
    {
      name: 'memory with 8 variations of it, × the file',
      pass: results.store.memory.ratio <= BUDGET.memoryRatio,
      actual: x(results.store.memory.ratio),
      limit: `≤ ${x(BUDGET.memoryRatio)}`,
    },
    {
      name: '200 jobs restored at 4× CPU (median)',
      pass: results.store.restoreMs.median <= BUDGET.restoreHistoryMs,
      actual: `${ms(results.store.restoreMs.median)} ms (max ${ms(results.store.restoreMs.max)} ms)`,
      limit: `≤ ${BUDGET.restoreHistoryMs} ms`,
    },
    {
      name: `film of ${results.film.clips} × 5 s 720p clips joined, 4× CPU (median)`,
      pass: results.film.joinMs.median <= BUDGET.filmJoinMs,
      actual: `${ms(results.film.joinMs.median)} ms (max ${ms(results.film.joinMs.max)} ms)`,
      limit: `≤ ${BUDGET.filmJoinMs} ms`,
    },
    {
      name: 'film: longest task during the join (max)',
      pass: results.film.longestTaskMs.max <= BUDGET.filmLongestTaskMs,
      actual: `${ms(results.film.longestTaskMs.max)} ms`,
      limit: `≤ ${BUDGET.filmLongestTaskMs} ms`,
    },
    {
      name: 'completion → first frame (max)',
      pass: results.firstFrame.gapMs.max <= BUDGET.completionToFrameMs,
      actual: `${ms(results.firstFrame.gapMs.max)} ms (median ${ms(results.firstFrame.gapMs.median)} ms)`,
      limit: `≤ ${BUDGET.completionToFrameMs} ms`,
    },
  ];
}

function printBudgets(budgets) {
  heading('Budgets');
  printTable(
    [{ label: 'result' }, { label: 'budget' }, { label: 'measured' }, { label: 'limit' }],
    budgets.map((b) => [b.pass ? 'PASS' : 'FAIL', b.name, b.actual, b.limit]),
  );
  const failed = budgets.filter((b) => !b.pass).length;
  console.log(failed ? `\n${failed} of ${budgets.length} budgets FAIL` : `\nAll ${budgets.length} budgets PASS`);
}

// ---- main ----------------------------------------------------------------------------------

async function main(results) {
  try {
    await access(join(DIST, 'index.html'));
  } catch {
    throw new MeasureError(`${relative(process.cwd(), DIST) || 'dist'}/index.html is missing: run \`make build\` first`);
  }

  results.sizes = await measureSizes();
  printSizes(results.sizes);

  const server = await startStaticServer({ root: DIST, base: '/' });
  onCleanup('static server', () => server.close());

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    // Signals are ours: the handler below stops the browser and the servers in order.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  onCleanup('Chromium', () => browser.close());
  results.environment.chromium = browser.version();
  console.log(`\nChromium ${browser.version()}, Node ${process.version}, app at ${server.url}`);

  if (peerAvailable()) {
    results.againstPeer = await measureAgainstPeer({ dist: DIST, chromium: CHROMIUM_PATH, phoneRuns: PHONE_RUNS, cpuRuns: CPU_RUNS });
    console.log(`\n  -- repeat visit: ${PHONE_RUNS} runs on the phone profile`);
    results.repeatVisit = await measureRepeatVisit({ browser, dist: DIST, runs: PHONE_RUNS });
    printAgainstPeer(results.againstPeer, results.repeatVisit);
  } else {
    console.log(`\n2. Cold load against the peer: skipped, no load.mjs and peer-rjsf in ${PEER_BENCH} (BENCH_PEER_DIR)`);
  }

  results.imageCheck = await measureImageCheck(browser, server.url);
  printImageCheck(results.imageCheck);

  console.log('\n(running jobs of 10, 30, 60 and 120 s on the fake, twice…)');
  results.polling = await measurePolling(browser, server.url, { newFake, newContext });
  printPolling(results.polling);

  results.firstFrame = await measureFirstFrame(browser, server.url);
  printFirstFrame(results.firstFrame);

  results.bigSchema = await measureBigSchema(browser, server.url);
  printBigSchema(results.bigSchema);

  results.store = await measureStore(browser, server.url, { newFake, newContext });
  printStore(results.store);

  results.film = await measureFilm(browser, server.url, { newFake, newContext });
  printFilm(results.film);

  results.offHostRequests = [...offHostRequests];
  results.pageErrors = [...pageErrors];
  if (offHostRequests.length) {
    console.log(`\nWARNING: the page asked for ${offHostRequests.length} URL(s) outside 127.0.0.1 (blocked):`);
    for (const u of new Set(offHostRequests)) console.log(`  ${u}`);
  }
  if (pageErrors.length) {
    console.log(`\nNote: ${pageErrors.length} console/page error(s) during the runs:`);
    for (const e of new Set(pageErrors)) console.log(`  ${e}`);
  }

  results.budgets = checkBudgets(results);
  printBudgets(results.budgets);
}

const results = {
  generatedAt: new Date().toISOString(),
  environment: { node: process.version, phoneRuns: PHONE_RUNS, cpuRuns: CPU_RUNS, imageRuns: IMAGE_RUNS, frameRuns: FRAME_RUNS },
  budgetLimits: BUDGET,
};
let exitCode = 0;
let watchdog;
const onSignal = (signal) => {
  interrupted = true;
  console.error(`\nbench: ${signal}, stopping what it started…`);
  cleanupAll().finally(() => process.exit(130));
};
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);
try {
  await Promise.race([
    main(results),
    new Promise((_, reject) => {
      watchdog = setTimeout(() => reject(new MeasureError(`gave up after ${WATCHDOG_MS / 60_000} min`)), WATCHDOG_MS);
    }),
  ]);
} catch (e) {
  exitCode = 1;
  results.error = interrupted ? 'interrupted' : e.message;
  if (!interrupted) console.error(`\nbench: could not measure: ${e instanceof MeasureError ? e.message : e.stack}`);
} finally {
  clearTimeout(watchdog);
  await cleanupAll();
}
try {
  await mkdir(dirname(OUT_JSON), { recursive: true });
  await writeFile(OUT_JSON, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nWrote ${relative(process.cwd(), OUT_JSON)}${exitCode ? ' (incomplete)' : ''}`);
} catch (e) {
  console.error(`bench: could not write ${OUT_JSON}: ${e.message}`);
  exitCode = 1;
}
process.exitCode = exitCode;
