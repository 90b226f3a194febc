// Cold loads against the React peer, and the repeat visit, for `make bench` (scripts/bench.mjs).
//
// The peer comparison is ../shared/bench/load.mjs itself, run on dist/ and on
// ../shared/bench/peer-rjsf (React 19 + react-jsonschema-form rendering the same schema):
// once on Lighthouse's mobile lab profile (150 ms RTT, 1.6 Mbps down, gzip -9 on the wire,
// 4x CPU) and once on the CPU alone (1x and 4x, no network limit). The shared folder is read
// only and holds no node_modules, so load.mjs is copied into test-results/ at each run,
// where it finds this project's playwright-core (the same version); nothing of it is kept in
// the repository. BENCH_PEER_DIR points elsewhere; without it the comparison is skipped.
//
// The repeat visit is measured here the way load.mjs measures a cold load (same probe: the
// form's selector enabled and the wasm instantiated; same server: gzip -9 on the wire, no
// HTTP caching), on the phone profile: the first visit in a fresh context, then, once the
// service worker controls the page, a second visit in the same tab.

import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { contentTypeFor } from '../tests/e2e/lib/mime.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PEER_BENCH = resolve(process.env.BENCH_PEER_DIR || join(ROOT, '..', 'shared', 'bench'));
/** What load.mjs waits for in the app: the prompt, a textarea of the rendered form. */
export const APP_READY = 'form textarea';
// Lighthouse's mobile lab network, as load.mjs defines it.
const MOBILE = { latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

export function peerAvailable() {
  return existsSync(join(PEER_BENCH, 'load.mjs')) && existsSync(join(PEER_BENCH, 'peer-rjsf', 'index.html'));
}

/** Runs load.mjs with `args` on the peer (first: the ratios are app/peer) and `dist`. */
async function loadMjs(args, dist, chromium, tag) {
  const dir = join(ROOT, 'test-results', 'peer-bench');
  mkdirSync(dir, { recursive: true });
  const script = join(dir, 'load.mjs');
  copyFileSync(join(PEER_BENCH, 'load.mjs'), script);
  const json = join(dir, `${tag}.json`);
  const argv = [script, ...args, '--json', json, `rjsf=${join(PEER_BENCH, 'peer-rjsf')}`, `app=${dist}@${APP_READY}`];
  const code = await new Promise((ok, fail) => {
    const child = spawn(process.execPath, argv, { env: { ...process.env, CHROMIUM: chromium }, stdio: ['ignore', 'pipe', 'inherit'] });
    let pending = '';
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      // Its tables as they come; its final JSON line is read from the file instead.
      for (const line of lines) if (!line.startsWith('{')) console.log(`  ${line}`);
    });
    child.on('error', fail);
    child.on('exit', ok);
  });
  if (code !== 0) throw new Error(`load.mjs ${args.join(' ')} exited with ${code}`);
  return JSON.parse(readFileSync(json, 'utf8'));
}

/** Both load.mjs runs; the figures and ratios that matter. */
export async function measureAgainstPeer({ dist, chromium, phoneRuns, cpuRuns }) {
  console.log(`\n  -- phone profile: node load.mjs --runs ${phoneRuns} --cpu 4 --net mobile`);
  const phone = await loadMjs(['--runs', String(phoneRuns), '--cpu', '4', '--net', 'mobile'], dist, chromium, 'phone');
  console.log(`\n  -- CPU only: node load.mjs --runs ${cpuRuns} --cpu 1,4`);
  const cpu = await loadMjs(['--runs', String(cpuRuns), '--cpu', '1,4'], dist, chromium, 'cpu');
  const pick = (result, rate) => {
    const peer = result.apps.rjsf.cpu[rate];
    const app = result.apps.app.cpu[rate];
    if (!peer?.n || !app?.n) throw new Error(`load.mjs measured nothing at ${rate}x (${[...(peer?.failures ?? []), ...(app?.failures ?? [])].join('; ')})`);
    return {
      peer: { ready: peer.ready.median, fcp: peer.fcp.median, gzipKiB: peer.gzip.median / 1024 },
      app: { ready: app.ready.median, fcp: app.fcp.median, gzipKiB: app.gzip.median / 1024 },
      ratio: { ready: app.ratio.ready, fcp: app.ratio.fcp, gzip: app.ratio.gzip },
      runs: app.n,
    };
  };
  return { chromium: phone.browser, phone: pick(phone, 4), cpu1: pick(cpu, 1), cpu4: pick(cpu, 4) };
}

// ---- the repeat visit ------------------------------------------------------------------------

/** load.mjs's static server: gzip -9 on the wire (when asked), nothing cacheable by HTTP. */
function gzipServer(root) {
  const cache = new Map();
  const server = http.createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      path = '/';
    }
    let file = resolve(root, `.${sep}${path}`);
    if (file !== root && !file.startsWith(root + sep)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404, { 'Cache-Control': 'no-store' }).end();
    if (!cache.has(file)) {
      const raw = readFileSync(file);
      cache.set(file, { raw, gz: gzipSync(raw, { level: 9 }) });
    }
    const { raw, gz } = cache.get(file);
    const zipped = /gzip/.test(req.headers['accept-encoding'] || '');
    res.writeHead(200, {
      'Content-Type': contentTypeFor(file),
      'Content-Length': zipped ? gz.length : raw.length,
      ...(zipped ? { 'Content-Encoding': 'gzip' } : {}),
      'Cache-Control': 'no-store',
    });
    res.end(zipped ? gz : raw);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** load.mjs's probe: ready = the selector matches an enabled element and the wasm has run. */
function probe(selector) {
  const t = (window.__bench = { ready: null, fcp: null, wasmAt: null });
  const enabled = (el) => !el.disabled && !el.matches(':disabled') && el.getAttribute('aria-disabled') !== 'true';
  const check = () => {
    if (t.ready !== null) return true;
    for (const el of document.querySelectorAll(selector)) {
      if (enabled(el)) {
        t.ready = performance.now();
        return true;
      }
    }
    return false;
  };
  const mo = new MutationObserver(() => check() && mo.disconnect());
  mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'aria-disabled'] });
  document.addEventListener('DOMContentLoaded', () => check() && mo.disconnect());
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint' && t.fcp === null) t.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const W = window.WebAssembly;
  const track = () => (t.wasmAt ??= performance.now());
  const iS = W.instantiateStreaming;
  const iI = W.instantiate;
  W.instantiateStreaming = function (...a) {
    return iS.apply(this, a).then((r) => (track(), r));
  };
  W.instantiate = function (...a) {
    return iI.apply(this, a).then((r) => (track(), r));
  };
}

async function visit(page, url) {
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  await page.waitForFunction(() => window.__bench?.ready !== null && window.__bench.wasmAt !== null, null, { timeout: 60_000, polling: 50 });
  await page.waitForFunction(() => window.__bench.fcp !== null, null, { timeout: 60_000, polling: 50 });
  return page.evaluate(() => ({
    ready: Math.max(window.__bench.ready, window.__bench.wasmAt),
    fcp: window.__bench.fcp,
    fromWorker: performance.getEntriesByType('resource').some((r) => r.name.endsWith('.wasm') && r.workerStart > 0),
  }));
}

/** First visit and repeat visit on the phone profile, `runs` times, each in a fresh context. */
export async function measureRepeatVisit({ browser, dist, runs }) {
  const server = await gzipServer(resolve(dist));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const first = [];
  const repeat = [];
  let fromWorker = true;
  try {
    for (let i = -1; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        await context.addInitScript(probe, APP_READY);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...MOBILE });
        const a = await visit(page, url);
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000, polling: 100 });
        const b = await visit(page, url);
        if (i < 0) continue; // a warm-up, as load.mjs does
        first.push(a);
        repeat.push(b);
        fromWorker &&= b.fromWorker;
      } finally {
        await context.close();
      }
    }
  } finally {
    server.close();
  }
  const median = (xs) => {
    const s = [...xs].sort((x, y) => x - y);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const firstReady = median(first.map((r) => r.ready));
  const repeatReady = median(repeat.map((r) => r.ready));
  return {
    runs,
    first: { ready: firstReady, fcp: median(first.map((r) => r.fcp)), readyRuns: first.map((r) => Math.round(r.ready)) },
    repeat: { ready: repeatReady, fcp: median(repeat.map((r) => r.fcp)), readyRuns: repeat.map((r) => Math.round(r.ready)) },
    ratio: repeatReady / firstReady,
    wasmFromWorker: fromWorker,
  };
}
