// Self-check of the fake RunComfy API: node --test tests/e2e/fake-runcomfy.selftest.mjs
// Runs at speed 10 (queue steps 100 ms, run 200 ms), so the whole file takes ~5 s.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startFakeRunComfy } from './fake-runcomfy.mjs';

const MODEL = 'wan-ai/wan-2-2/image-to-video';
const AUTH = { Authorization: 'Bearer test-token-123' };
let fake;

before(async () => {
  fake = await startFakeRunComfy({ speed: 10 });
});
after(() => fake.close());
beforeEach(() => fake.reset());

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function api(method, path, { body, headers = AUTH } = {}) {
  const res = await fetch(fake.url + path, {
    method,
    headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

async function submit(prompt) {
  const r = await api('POST', `/v1/models/${MODEL}`, { body: { prompt, img_url: 'https://example.invalid/cat.png' } });
  assert.equal(r.status, 200, r.text);
  return r.json.request_id;
}

const status = (id) => api('GET', `/v1/requests/${id}/status`);
const result = (id) => api('GET', `/v1/requests/${id}/result`);
const cancel = (id) => api('POST', `/v1/requests/${id}/cancel`);

async function waitForStatus(id, wanted, timeoutMs = 3000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const r = await status(id);
    if (r.json?.status === wanted) return r;
    await sleep(10);
  }
  assert.fail(`job ${id} never reached ${wanted}`);
}

test('submit returns absolute status/result/cancel URLs on this server', async () => {
  const r = await api('POST', `/v1/models/${MODEL}`, { body: { prompt: 'a cat' } });
  assert.equal(r.status, 200);
  const id = r.json.request_id;
  assert.match(id, /^[0-9a-f-]{36}$/);
  assert.equal(r.json.status_url, `${fake.url}/v1/requests/${id}/status`);
  assert.equal(r.json.result_url, `${fake.url}/v1/requests/${id}/result`);
  assert.equal(r.json.cancel_url, `${fake.url}/v1/requests/${id}/cancel`);
});

test('default timeline: queue 3 → 2 → 1 → in_progress → completed, then output.video', async () => {
  const id = await submit('a calm lake at dawn');
  const early = await result(id);
  assert.deepEqual(early.json, { request_id: id, status: 'in_queue' });

  const seen = [];
  const until = Date.now() + 3000;
  while (Date.now() < until) {
    const { json } = await status(id);
    assert.equal(json.request_id, id);
    assert.equal(json.result_url, `${fake.url}/v1/requests/${id}/result`);
    const step = json.status === 'in_queue' ? `in_queue:${json.queue_position}` : json.status;
    if (json.status !== 'in_queue') assert.equal('queue_position' in json, false);
    if (seen.at(-1) !== step) seen.push(step);
    if (json.status === 'completed') break;
    await sleep(10);
  }
  assert.deepEqual(seen, ['in_queue:3', 'in_queue:2', 'in_queue:1', 'in_progress', 'completed']);

  const done = await result(id);
  assert.equal(done.json.status, 'completed');
  assert.equal(done.json.output.video, `${fake.url}/media/sample.webm`);
  assert.ok(Date.parse(done.json.finished_at) >= Date.parse(done.json.created_at));

  const [job] = (await api('GET', '/__control/jobs')).json;
  assert.equal(job.status, 'completed');
  assert.equal(typeof job.final_at, 'number');
});

test('status follows elapsed time, not the number of polls', async () => {
  const id = await submit('no polling for a while');
  await sleep(650);
  assert.equal((await status(id)).json.status, 'completed');
});

test('outcome scenarios: [succeeded], [videos], [fail], [expired], [cancelled-upstream]', async () => {
  const ids = {};
  for (const kw of ['[succeeded]', '[videos]', '[FAIL]', '[expired]', '[cancelled-upstream]']) ids[kw] = await submit(`x ${kw} y`);
  await sleep(650);

  assert.equal((await status(ids['[succeeded]'])).json.status, 'succeeded');
  assert.equal((await result(ids['[succeeded]'])).json.status, 'succeeded');

  const videos = (await result(ids['[videos]'])).json;
  assert.deepEqual(videos.output.videos, [`${fake.url}/media/sample.mp4`, `${fake.url}/media/sample.mp4?v=2`]);
  assert.equal(videos.output.image, `${fake.url}/images/sample.png`);
  assert.equal('video' in videos.output, false);

  assert.deepEqual((await result(ids['[FAIL]'])).json, {
    request_id: ids['[FAIL]'],
    status: 'failed',
    error: 'Generation failed: out of memory',
  });

  const expired = (await result(ids['[expired]'])).json;
  assert.equal(expired.output.video, `${fake.url}/media/expired.mp4`);
  assert.equal((await fetch(expired.output.video)).status, 404);

  assert.equal((await status(ids['[cancelled-upstream]'])).json.status, 'cancelled');
});

test('[slow-queue] counts down from 5 at 3 s per step', async () => {
  const id = await submit('[slow-queue]');
  assert.equal((await status(id)).json.queue_position, 5);
  await sleep(320);
  assert.equal((await status(id)).json.queue_position, 4);
});

test('cancel while queued → 202 cancelled, and the job stays cancelled', async () => {
  const id = await submit('[hold] please');
  const r = await cancel(id);
  assert.equal(r.status, 202);
  assert.deepEqual(r.json, { request_id: id, status: 'cancelled', outcome: 'cancelled' });
  assert.equal((await status(id)).json.status, 'cancelled');
  assert.equal((await result(id)).json.status, 'cancelled');
});

test('cancel while running or finished → 202 not_cancellable', async () => {
  const id = await submit('[long]');
  await waitForStatus(id, 'in_progress');
  const r = await cancel(id);
  assert.equal(r.status, 202);
  assert.deepEqual(r.json, { request_id: id, status: 'in_progress', outcome: 'not_cancellable' });

  await api('POST', `/__control/complete/${id}`);
  assert.equal((await cancel(id)).json.outcome, 'not_cancellable');
});

test('[hold] waits at position 1 until released, then runs and completes', async () => {
  const id = await submit('[hold]');
  await sleep(300);
  assert.equal((await status(id)).json.queue_position, 1);
  const rel = await api('POST', `/__control/release/${id}`, { headers: {} });
  assert.equal(rel.status, 200);
  assert.equal((await status(id)).json.status, 'in_progress');
  await waitForStatus(id, 'completed');
  assert.equal((await api('POST', `/__control/release/${id}`)).status, 409);
});

test('auth: missing, empty or expired token → 401 400004', async () => {
  const path = `/v1/models/${MODEL}`;
  for (const headers of [{}, { Authorization: 'Bearer ' }, { Authorization: 'Basic abc' }, { Authorization: 'Bearer expired-token' }]) {
    const r = await api('POST', path, { body: { prompt: 'x' }, headers });
    assert.equal(r.status, 401, JSON.stringify(headers));
    assert.deepEqual(r.json, { error_code: 400004, error_message: 'Missing or invalid token' });
  }
  assert.equal((await api('GET', '/v1/requests/abc/status', { headers: {} })).status, 401);
});

test('unknown request id → 404 404001; non-JSON submit → 422 with detail', async () => {
  const r = await status('does-not-exist');
  assert.equal(r.status, 404);
  assert.deepEqual(r.json, { error_code: 404001, error_message: 'Request not found' });

  const bad = await api('POST', `/v1/models/${MODEL}`, { body: 'prompt=cat' });
  assert.equal(bad.status, 422);
  assert.ok(Array.isArray(bad.json.detail) && bad.json.detail.length > 0);
});

test('submit-time error keywords answer the submit and create no job', async () => {
  const expected = {
    '[401]': [401, 400004],
    '[402]': [402, 400002],
    '[403]': [403, 403001],
    '[404]': [404, 400001],
    '[422]': [422, 422001],
    '[429]': [429, undefined],
    '[500]': [500, undefined],
    '[200-error]': [200, 500001],
  };
  for (const [kw, [code, errorCode]] of Object.entries(expected)) {
    const r = await api('POST', `/v1/models/${MODEL}`, { body: { prompt: `make a video ${kw}` } });
    assert.equal(r.status, code, kw);
    assert.equal(r.json.error_code, errorCode, kw);
    assert.equal(typeof r.json.error_message, 'string', kw);
    assert.equal(r.json.request_id, undefined, kw);
  }
  const r422 = await api('POST', `/v1/models/${MODEL}`, { body: { prompt: '[422]' } });
  assert.deepEqual(r422.json.detail[0].loc, ['body', 'img_url']);
  const r429 = await api('POST', `/v1/models/${MODEL}`, { body: { prompt: '[429]' } });
  assert.equal(r429.headers.get('retry-after'), '7');

  const html = await api('POST', `/v1/models/${MODEL}`, { body: { prompt: '[malformed]' } });
  assert.equal(html.status, 200);
  assert.match(html.headers.get('content-type'), /^text\/html/);
  assert.equal(html.text, '<html>oops</html>');

  assert.deepEqual((await api('GET', '/__control/jobs')).json, []);
});

test('the keyword appearing first in the prompt wins', async () => {
  const r = await api('POST', `/v1/models/${MODEL}`, { body: { prompt: 'a [402] then [403]' } });
  assert.equal(r.status, 402);
});

test('[slow-submit] holds the answer back but the job exists', async () => {
  await assert.rejects(
    fetch(`${fake.url}/v1/models/${MODEL}`, {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify({ prompt: '[slow-submit]' }),
      signal: AbortSignal.timeout(300),
    }),
    { name: 'TimeoutError' },
  );
  const jobs = (await api('GET', '/__control/jobs')).json;
  assert.equal(jobs.length, 1);
  assert.equal(jobs[0].scenario, '[slow-submit]');
});

test('[flaky]: 1st poll 500, 2nd 503, then normal; [status-malformed]: 1st poll not JSON', async () => {
  const id = await submit('[flaky]');
  assert.equal((await status(id)).status, 500);
  assert.equal((await result(id)).status, 503);
  const ok = await status(id);
  assert.equal(ok.status, 200);
  assert.equal(ok.json.status, 'in_queue');
  await waitForStatus(id, 'completed');

  const id2 = await submit('[status-malformed]');
  const bad = await status(id2);
  assert.equal(bad.status, 200);
  assert.equal(bad.json, undefined);
  assert.equal((await status(id2)).json.status, 'in_queue');
});

test('media: Range requests give 206 with the right Content-Range', async () => {
  for (const name of ['sample.webm', 'sample.mp4']) {
    const full = await fetch(`${fake.url}/media/${name}`);
    const size = Number(full.headers.get('content-length'));
    assert.equal(full.status, 200);
    assert.equal(full.headers.get('accept-ranges'), 'bytes');
    assert.equal(full.headers.get('access-control-allow-origin'), '*');
    assert.equal(full.headers.get('content-type'), name.endsWith('.mp4') ? 'video/mp4' : 'video/webm');
    assert.equal((await full.arrayBuffer()).byteLength, size);
    assert.ok(size > 10_000 && size <= 150 * 1024, `${name} is ${size} bytes`);

    const part = await fetch(`${fake.url}/media/${name}`, { headers: { Range: 'bytes=100-199' } });
    assert.equal(part.status, 206);
    assert.equal(part.headers.get('content-range'), `bytes 100-199/${size}`);
    assert.equal((await part.arrayBuffer()).byteLength, 100);

    const tail = await fetch(`${fake.url}/media/${name}`, { headers: { Range: 'bytes=-10' } });
    assert.equal(tail.headers.get('content-range'), `bytes ${size - 10}-${size - 1}/${size}`);
    await tail.arrayBuffer();

    const past = await fetch(`${fake.url}/media/${name}`, { headers: { Range: `bytes=${size}-` } });
    assert.equal(past.status, 416);
    await past.arrayBuffer();
  }
});

test('images come from tests/fixtures/images, without escaping it', async () => {
  const img = await fetch(`${fake.url}/images/sample.png`);
  assert.equal(img.status, 200);
  assert.equal(img.headers.get('content-type'), 'image/png');
  assert.equal(img.headers.get('access-control-allow-origin'), '*');
  await img.arrayBuffer();
  assert.equal((await fetch(`${fake.url}/images/missing.png`)).status, 404);
  assert.equal((await fetch(`${fake.url}/images/..%2f..%2fe2e%2ffake-runcomfy.mjs`)).status, 404);
});

test('CORS headers present when enabled, absent when disabled', async () => {
  const pre = await fetch(`${fake.url}/v1/models/${MODEL}`, {
    method: 'OPTIONS',
    headers: { Origin: 'http://app.test', 'Access-Control-Request-Method': 'POST' },
  });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), '*');
  assert.equal(pre.headers.get('access-control-allow-headers'), 'authorization, content-type');
  assert.equal(pre.headers.get('access-control-allow-methods'), 'GET, POST, OPTIONS');
  const on = await status('nope');
  assert.equal(on.headers.get('access-control-allow-origin'), '*');
  assert.equal(on.headers.get('access-control-expose-headers'), 'Retry-After, Content-Length');

  fake.setCors(false);
  const off = await status('nope');
  assert.equal(off.status, 404);
  for (const [name] of off.headers) assert.doesNotMatch(name, /^access-control-/);
  const preOff = await fetch(`${fake.url}/v1/models/${MODEL}`, { method: 'OPTIONS' });
  assert.notEqual(preOff.status, 204);
  assert.equal(preOff.headers.get('access-control-allow-origin'), null);
  const media = await fetch(`${fake.url}/media/sample.webm`, { method: 'HEAD' });
  assert.equal(media.headers.get('access-control-allow-origin'), '*', 'media keeps CORS');

  // The HTTP control route toggles it back; reset() also restores the start value.
  await api('POST', '/__control/cors', { body: { enabled: true }, headers: {} });
  assert.equal((await status('nope')).headers.get('access-control-allow-origin'), '*');
  fake.setCors(false);
  await api('POST', '/__control/reset', { headers: {} });
  assert.equal((await status('nope')).headers.get('access-control-allow-origin'), '*');
});

test('/__control/requests records every request, with the Authorization header', async () => {
  const id = await submit('log me');
  await status(id);
  await fetch(`${fake.url}/media/sample.webm`, { method: 'HEAD' });
  const log = (await api('GET', '/__control/requests')).json;
  assert.deepEqual(
    log.map((r) => `${r.method} ${r.path}`),
    [`POST /v1/models/${MODEL}`, `GET /v1/requests/${id}/status`, 'HEAD /media/sample.webm'],
  );
  assert.equal(log[0].headers.authorization, 'Bearer test-token-123');
  assert.equal(JSON.parse(log[0].body).prompt, 'log me');
  assert.equal(typeof log[0].time, 'number');
  assert.equal(fake.requests.length, 3, 'in-process array is the same live log');

  fake.reset();
  assert.equal(fake.requests.length, 0);
  assert.deepEqual((await api('GET', '/__control/jobs')).json, []);
});
