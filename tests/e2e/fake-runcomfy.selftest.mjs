// Self-check of the fake RunComfy API: node --test tests/e2e/fake-runcomfy.selftest.mjs
// Runs at speed 10 (queue steps 100 ms, run 200 ms), so the whole file takes ~5 s.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startFakeRunComfy } from './fake-runcomfy.mjs';
import { matchKeyword, jobScenario } from './lib/scenarios.mjs';

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
  for (const name of ['sample.webm', 'sample-360p.webm', 'sample.mp4']) {
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

// ---- the model catalog -------------------------------------------------------

const CATALOG_SIZE = 24; // files in tests/fixtures/catalog/ besides categories.json
const list = (query = '') => api('GET', `/v1/models${query}`);

async function submitTo(model, body) {
  const r = await api('POST', `/v1/models/${model}`, { body });
  assert.equal(r.status, 200, r.text);
  return r.json.request_id;
}

test('GET /v1/models: every entry once, sorted, default page of 20, no schema unless asked', async () => {
  const first = await list();
  assert.equal(first.json.models.length, 20, 'a default page holds 20');
  const { status, json, headers } = await list('?limit=100');
  assert.equal(status, 200);
  assert.equal(headers.get('content-type'), 'application/json');
  assert.equal(json.total, CATALOG_SIZE);
  assert.equal(json.models.length, CATALOG_SIZE);
  const ids = json.models.map((m) => m.model_id);
  assert.deepEqual(ids, [...ids].sort());
  assert.ok(ids.includes(MODEL));
  for (const m of json.models) {
    assert.equal(typeof m.display_name, 'string', m.model_id);
    assert.ok(Array.isArray(m.categories) && m.categories.length > 0, m.model_id);
    assert.equal(typeof m.base_price_usd, 'number', m.model_id);
    assert.ok(['second', 'output'].includes(m.price_unit), m.model_id);
    assert.equal(m.kind, 'model');
    assert.equal('input_schema' in m, false, m.model_id);
    assert.equal('output_kind' in m, false, 'the fake hint is never sent');
  }

  const withSchema = (await list('?include_schema=true&limit=100')).json;
  const wan = withSchema.models.find((m) => m.model_id === MODEL);
  const { readFile } = await import('node:fs/promises');
  const file = JSON.parse(await readFile(new URL('../../schemas/wan-2-2-image-to-video.input.json', import.meta.url)));
  assert.deepEqual(wan.input_schema, file);
  assert.deepEqual(wan.price_unit, 'second');
  for (const m of withSchema.models) assert.equal(typeof m.input_schema?.properties, 'object', m.model_id);
});

test('GET /v1/models: limit/offset pages, total before paging, bad numbers → 422', async () => {
  const pages = [];
  for (const offset of [0, 8, 16, 24]) pages.push((await list(`?limit=8&offset=${offset}`)).json);
  assert.deepEqual(pages.map((p) => p.models.length), [8, 8, CATALOG_SIZE - 16, 0]);
  for (const p of pages) assert.equal(p.total, CATALOG_SIZE);
  const all = (await list('?limit=100')).json.models.map((m) => m.model_id);
  assert.deepEqual(pages.flatMap((p) => p.models.map((m) => m.model_id)), all);

  assert.equal((await list('?limit=500')).json.models.length, CATALOG_SIZE, 'capped at 100, not refused');
  for (const q of ['?limit=0', '?limit=abc', '?limit=-1', '?offset=x', '?offset=1.5']) {
    const r = await list(q);
    assert.equal(r.status, 422, q);
    assert.equal(r.json.detail[0].loc[0], 'query', q);
  }
});

test('GET /v1/models: search (case-insensitive, every term), category, kind', async () => {
  const ids = async (q) => (await list(q)).json.models.map((m) => m.model_id);
  const flux = await ids('?search=FLUX');
  assert.ok(flux.length >= 4);
  for (const id of flux) assert.match(id, /flux/);
  // display_name and categories count too; all terms must match
  assert.deepEqual(await ids('?search=wan%20image-to-video'), ['wan-ai/wan-2-2/image-to-video', 'wan-ai/wan-3.0/image-to-video']);
  assert.ok((await ids('?search=Nano%20Banana')).every((id) => id.startsWith('google/nano-banana')));
  const audio = await ids('?search=audio');
  for (const id of ['bytedance/seed-audio-1.0/text-to-audio', 'lightricks/ltx-2.5/audio-to-video/fast', 'acestep-ai/ace-step/audio-inpaint']) {
    assert.ok(audio.includes(id), id);
  }
  const none = (await list('?search=no-such-model-xyz')).json;
  assert.deepEqual(none, { models: [], total: 0 });

  const t2i = (await list('?category=Text-To-Image')).json;
  assert.ok(t2i.total >= 4);
  for (const m of t2i.models) assert.ok(m.categories.includes('text-to-image'));
  const paged = (await list('?search=flux&limit=2&offset=1')).json;
  assert.equal(paged.total, flux.length);
  assert.deepEqual(paged.models.map((m) => m.model_id), flux.slice(1, 3));
  assert.equal((await list('?kind=model')).json.total, CATALOG_SIZE);
  assert.equal((await list('?kind=lora')).json.total, 0);
});

test('GET /v1/models/categories and GET /v1/models/<id>; POST there is still a submit', async () => {
  const cats = await api('GET', '/v1/models/categories');
  assert.equal(cats.status, 200);
  assert.ok(cats.json.categories.includes('text-to-image'));
  const used = new Set((await list()).json.models.flatMap((m) => m.categories));
  assert.deepEqual([...used].sort(), [...cats.json.categories].sort());

  const one = await api('GET', `/v1/models/${MODEL}`);
  assert.equal(one.status, 200);
  assert.equal(one.json.model_id, MODEL);
  assert.equal(one.json.input_schema.required.includes('img_url'), true);
  assert.equal('output_kind' in one.json, false);
  const encoded = await api('GET', `/v1/models/${encodeURIComponent('google/nano-banana-2-lite/edit')}`);
  assert.equal(encoded.json.input_schema.properties.image_urls.format, 'image_uris');

  const missing = await api('GET', '/v1/models/acme/no-such/model');
  assert.equal(missing.status, 404);
  assert.equal(missing.json.error_code, 404001);
  assert.equal(typeof missing.json.error_message, 'string');

  assert.equal((await api('POST', '/v1/models', { body: {} })).status, 405);
  const put = await api('PUT', `/v1/models/${MODEL}`, { body: {} });
  assert.equal(put.status, 405);
  assert.equal(put.headers.get('allow'), 'GET, POST');
  assert.match(await submitTo(MODEL, { prompt: 'still a submit' }), /^[0-9a-f-]{36}$/);

  for (const path of ['/v1/models', '/v1/models/categories', `/v1/models/${MODEL}`]) {
    assert.equal((await api('GET', path, { headers: {} })).status, 401, path);
  }
});

test('catalog failure keywords in the search text', async () => {
  const expected = {
    '[catalog-401]': [401, 400004],
    '[catalog-403]': [403, 403001],
    '[catalog-429]': [429, undefined],
    '[catalog-500]': [500, undefined],
    '[catalog-200-error]': [200, 500001],
  };
  for (const [kw, [code, errorCode]] of Object.entries(expected)) {
    const r = await list(`?search=${encodeURIComponent(`wan ${kw.toUpperCase()}`)}`);
    assert.equal(r.status, code, kw);
    assert.equal(r.json.error_code, errorCode, kw);
    assert.equal(typeof r.json.error_message, 'string', kw);
    assert.equal(r.json.models, undefined, kw);
  }
  assert.equal((await list('?search=[catalog-429]')).headers.get('retry-after'), '7');
  const html = await list('?search=[catalog-malformed]');
  assert.equal(html.status, 200);
  assert.match(html.headers.get('content-type'), /^text\/html/);
  assert.equal(html.json, undefined);
  const shape = await list('?search=[catalog-shape]');
  assert.equal(shape.status, 200);
  assert.equal(Array.isArray(shape.json.models), false);
  assert.equal(shape.json.total, undefined);

  for (const kw of ['[catalog-slow]', '[catalog-hang]']) {
    await assert.rejects(
      fetch(`${fake.url}/v1/models?search=${encodeURIComponent(kw)}`, { headers: AUTH, signal: AbortSignal.timeout(300) }),
      { name: 'TimeoutError' },
      kw,
    );
  }
  // The slow answer arrives (after 3 s, whatever the speed), searched without the keyword.
  const started = Date.now();
  const slow = await list(`?search=${encodeURIComponent('[catalog-slow] flux')}`);
  assert.ok(Date.now() - started >= 2900);
  assert.equal(slow.status, 200);
  assert.ok(slow.json.total >= 4);
  for (const m of slow.json.models) assert.match(m.model_id, /flux/);
});

test('catalog CORS: preflight answered when enabled, no CORS header when disabled', async () => {
  const pre = await fetch(`${fake.url}/v1/models?search=x`, {
    method: 'OPTIONS',
    headers: { Origin: 'http://app.test', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
  });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), '*');
  assert.equal((await list()).headers.get('access-control-allow-origin'), '*');
  fake.setCors(false);
  const off = await list();
  assert.equal(off.status, 200);
  for (const [name] of off.headers) assert.doesNotMatch(name, /^access-control-/);
  assert.equal((await api('GET', '/v1/models/categories')).headers.get('access-control-allow-origin'), null);
});

test('a catalog model finishes with the output of its kind; an unknown model with video', async () => {
  const ids = {
    image: await submitTo('google/nano-banana-2-lite/text-to-image', { prompt: 'a red fox' }),
    images: await submitTo('bytedance/seedream-5.0-pro/image-to-image', { prompt: 'x', image: ['https://e.invalid/a.png'] }),
    audio: await submitTo('bytedance/seed-audio-1.0/text-to-audio', { prompt: 'hello there' }),
    music: await submitTo('acestep-ai/ace-step-1.5/text-to-audio', { tags: 'jazz' }),
    wan: await submitTo(MODEL, { prompt: 'a lake' }),
    unknown: await submitTo('acme/unknown/model', { prompt: 'a lake' }),
    imageFail: await submitTo('google/nano-banana-2-lite/text-to-image', { prompt: '[fail]' }),
  };
  await sleep(650);
  const out = async (key) => (await result(ids[key])).json.output;
  assert.deepEqual(await out('image'), { image: `${fake.url}/images/sample.png` });
  assert.deepEqual(await out('images'), { images: [`${fake.url}/images/sample.png`, `${fake.url}/images/sample.png?v=2`] });
  assert.deepEqual(await out('audio'), { audio: `${fake.url}/media/sample.wav` });
  assert.deepEqual(await out('music'), { audio: `${fake.url}/media/sample.wav` });
  assert.deepEqual(await out('wan'), { video: `${fake.url}/media/sample.webm` });
  assert.deepEqual(await out('unknown'), { video: `${fake.url}/media/sample.webm` });
  assert.equal((await result(ids.imageFail)).json.status, 'failed');
});

test('?include_cost=true: price × seconds or price per output on finished jobs only', async () => {
  const resultWithCost = (id) => api('GET', `/v1/requests/${id}/result?include_cost=true`);
  const ids = {
    wanDefault: await submitTo(MODEL, { prompt: 'a lake' }), // schema default 5 s × $0.08
    flux8: await submitTo('blackforestlabs/flux-3/text-to-video', { prompt: 'x', duration: '8' }), // "8" × $0.1
    fluxAuto: await submitTo('blackforestlabs/flux-3/text-to-video', { prompt: 'x', duration: 'auto' }), // 5 s
    happy: await submitTo('alibaba/happyhorse-1.1/image-to-video', { prompt: 'x', image_url: 'https://e.invalid/a.png', duration: 3 }),
    music: await submitTo('acestep-ai/ace-step-1.5/text-to-audio', { tags: 'jazz' }), // default 60 s × $0.0005
    image: await submitTo('google/nano-banana-2-lite/text-to-image', { prompt: 'x' }),
    unknown: await submitTo('acme/unknown/model', { prompt: 'x' }),
    failed: await submitTo(MODEL, { prompt: '[fail]' }),
    cancelled: await submitTo(MODEL, { prompt: '[hold]' }),
    running: await submitTo(MODEL, { prompt: '[long]' }),
  };
  const early = await resultWithCost(ids.wanDefault);
  assert.equal(early.json.status, 'in_queue');
  assert.equal('cost' in early.json, false, 'no cost while unfinished');
  await cancel(ids.cancelled);
  await sleep(650);

  const cost = async (key) => (await resultWithCost(ids[key])).json.cost;
  assert.equal(await cost('wanDefault'), 0.4);
  assert.equal(await cost('flux8'), 0.8);
  assert.equal(await cost('fluxAuto'), 0.5);
  assert.equal(await cost('happy'), 0.42);
  assert.equal(await cost('music'), 0.03);
  assert.equal(await cost('image'), 0.039);
  assert.equal('cost' in (await resultWithCost(ids.unknown)).json, false, 'no price known');
  assert.equal(await cost('failed'), 0);
  assert.equal(await cost('cancelled'), 0);
  assert.equal((await resultWithCost(ids.running)).json.status, 'in_progress');
  assert.equal('cost' in (await resultWithCost(ids.running)).json, false);

  const plain = await result(ids.wanDefault);
  assert.equal(plain.json.status, 'completed');
  assert.equal('cost' in plain.json, false, 'no cost without the parameter');
  const completed = (await resultWithCost(ids.wanDefault)).json;
  assert.deepEqual(Object.keys(completed).sort(), ['cost', 'created_at', 'finished_at', 'output', 'request_id', 'status']);
});

test('[audios], [extra-link], [media-nocors], [video-360p] outputs', async () => {
  const ids = {
    audios: await submitTo(MODEL, { prompt: 'x [audios]' }),
    extraVideo: await submitTo(MODEL, { prompt: '[extra-link]' }),
    extraImage: await submitTo('blackforestlabs/flux-3/image', { prompt: '[extra-link]' }),
    nocors: await submitTo(MODEL, { prompt: '[media-nocors]' }),
    video360: await submitTo(MODEL, { prompt: 'a fox [video-360p]' }),
  };
  await sleep(650);
  const out = async (key) => (await result(ids[key])).json.output;
  assert.deepEqual(await out('audios'), { audios: [`${fake.url}/media/sample.wav`, `${fake.url}/media/sample.wav?v=2`] });
  assert.deepEqual(await out('extraVideo'), {
    video: `${fake.url}/media/sample.webm`,
    metadata_url: `${fake.url}/media/metadata.json`,
  });
  const extraImage = await out('extraImage');
  assert.equal(extraImage.image, `${fake.url}/images/sample.png`);
  const meta = await fetch(extraImage.metadata_url);
  assert.equal(meta.status, 200);
  assert.equal(meta.headers.get('content-type'), 'application/json');
  assert.equal(typeof (await meta.json()).kind, 'string');
  assert.deepEqual(await out('nocors'), { video: `${fake.url}/media-nocors/sample.webm` });
  assert.deepEqual(await out('video360'), { video: `${fake.url}/media/sample-360p.webm` });

  // A forced completion of a held job on an image model brings the image too.
  const held = await submitTo('google/nano-banana-2-lite/text-to-image', { prompt: '[hold]' });
  await api('POST', `/__control/complete/${held}`);
  assert.deepEqual((await result(held)).json.output, { image: `${fake.url}/images/sample.png` });
});

test('media: sample.wav is a real WAV; /media-nocors/ sends the same bytes without CORS', async () => {
  const wav = await fetch(`${fake.url}/media/sample.wav`);
  assert.equal(wav.status, 200);
  assert.equal(wav.headers.get('content-type'), 'audio/wav');
  assert.equal(wav.headers.get('access-control-allow-origin'), '*');
  const bytes = Buffer.from(await wav.arrayBuffer());
  assert.equal(bytes.toString('ascii', 0, 4), 'RIFF');
  assert.equal(bytes.toString('ascii', 8, 12), 'WAVE');
  assert.equal(bytes.readUInt16LE(20), 1, 'PCM');
  assert.equal(bytes.readUInt32LE(40), bytes.length - 44, 'data chunk fills the file');

  for (const name of ['sample.webm', 'sample.mp4', 'sample.wav']) {
    const cors = Buffer.from(await (await fetch(`${fake.url}/media/${name}`)).arrayBuffer());
    const plain = await fetch(`${fake.url}/media-nocors/${name}`);
    assert.equal(plain.status, 200, name);
    for (const [h] of plain.headers) assert.doesNotMatch(h, /^access-control-/, name);
    assert.deepEqual(Buffer.from(await plain.arrayBuffer()), cors, name);
    const part = await fetch(`${fake.url}/media-nocors/${name}`, { headers: { Range: 'bytes=0-9' } });
    assert.equal(part.status, 206, name);
    assert.equal(part.headers.get('access-control-allow-origin'), null, name);
    assert.equal((await part.arrayBuffer()).byteLength, 10, name);
  }
  const pre = await fetch(`${fake.url}/media-nocors/sample.webm`, {
    method: 'OPTIONS',
    headers: { Origin: 'http://app.test', 'Access-Control-Request-Method': 'GET' },
  });
  assert.notEqual(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), null);
  await pre.arrayBuffer();
  for (const missing of ['/media-nocors/missing.webm', '/media-nocors/metadata.json', '/media-nocors/../fixtures/README.md']) {
    const r = await fetch(`${fake.url}${missing}`);
    assert.equal(r.status, 404, missing);
    await r.arrayBuffer();
  }
});

test('expire-media: every /media/ file answers 404 until reset; a bad body is a 400', async () => {
  assert.equal((await api('POST', '/__control/expire-media', { body: { expired: 'yes' }, headers: {} })).status, 400);
  assert.equal((await api('POST', '/__control/expire-media', { body: { expired: true }, headers: {} })).status, 200);
  for (const path of ['/media/sample.webm', '/media/sample.wav', '/media-nocors/sample.webm']) {
    const r = await fetch(fake.url + path);
    assert.equal(r.status, 404, path);
    await r.arrayBuffer();
  }
  const image = await fetch(`${fake.url}/images/sample.png`);
  assert.equal(image.status, 200, 'inputs are not results');
  await image.arrayBuffer();
  fake.reset();
  const back = await fetch(`${fake.url}/media/sample.webm`);
  assert.equal(back.status, 200);
  await back.arrayBuffer();
});

// ---- the account balance (GET /prod/v2/balance) -----------------------------

const balance = (headers = AUTH) => api('GET', '/prod/v2/balance', { headers });
const setBalance = (body) => api('POST', '/__control/balance', { body, headers: {} });
const usd = (n) => ({ balance_usd: n, balance_microdollars: Math.round(n * 1e6), currency: 'USD' });
const IMAGE_MODEL = 'google/nano-banana-2-lite/text-to-image'; // $0.039 per output

test('balance: 25 USD at the start, less the cost of each job that has succeeded', async () => {
  const r = await balance();
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'application/json');
  assert.deepEqual(r.json, { balance_usd: 25, balance_microdollars: 25_000_000, currency: 'USD' });

  const held = await submitTo(MODEL, { prompt: '[hold]' }); // 5 s × $0.08 = $0.4 once it succeeds
  const unknown = await submitTo('acme/unknown/model', { prompt: '[hold]' }); // no price: counts 0
  const failed = await submitTo(MODEL, { prompt: '[fail]' });
  const cancelled = await submitTo(MODEL, { prompt: '[hold] cancel me' });
  await cancel(cancelled);
  await waitForStatus(failed, 'failed');
  assert.deepEqual((await balance()).json, usd(25), 'failed, cancelled and unfinished jobs cost nothing');

  assert.equal((await api('POST', `/__control/complete/${held}`)).status, 200);
  assert.equal((await api('POST', `/__control/complete/${unknown}`)).status, 200);
  assert.deepEqual((await balance()).json, { balance_usd: 24.6, balance_microdollars: 24_600_000, currency: 'USD' });

  // A job that finishes by itself lowers it when it finishes, not before.
  const image = await submitTo(IMAGE_MODEL, { prompt: 'a fox [run-1s]' });
  assert.deepEqual((await balance()).json, usd(24.6));
  await waitForStatus(image, 'completed');
  const cost = (await api('GET', `/v1/requests/${image}/result?include_cost=true`)).json.cost;
  assert.equal(cost, 0.039);
  assert.deepEqual((await balance()).json, { balance_usd: 24.561, balance_microdollars: 24_561_000, currency: 'USD' });

  const log = (await api('GET', '/__control/requests')).json;
  assert.equal(log.filter((e) => e.method === 'GET' && e.path === '/prod/v2/balance').length, 5, 'logged like /v1');
  assert.equal(log.find((e) => e.path === '/prod/v2/balance').headers.authorization, AUTH.Authorization);
});

test('balance: the start value is settable; 0 and below are sent as they are, rounded to 6 decimals', async () => {
  assert.deepEqual((await setBalance({ usd: 0.1 })).json, { usd: 0.1, cors: true });
  assert.deepEqual((await balance()).json, usd(0.1));
  const id = await submitTo(MODEL, { prompt: '[hold]' });
  await api('POST', `/__control/complete/${id}`);
  // 0.1 − 0.4 is −0.30000000000000004 in floating point
  assert.deepEqual((await balance()).json, { balance_usd: -0.3, balance_microdollars: -300_000, currency: 'USD' });

  await setBalance({ usd: 0.4 });
  const zero = await balance();
  assert.equal(zero.text, '{"balance_usd":0,"balance_microdollars":0,"currency":"USD"}');
  assert.deepEqual((await setBalance({ usd: 1.23456789 })).json, { usd: 1.23456789, cors: true });
  assert.deepEqual((await balance()).json, { balance_usd: 0.834568, balance_microdollars: 834_568, currency: 'USD' });
  assert.deepEqual((await setBalance({ usd: -2 })).json, { usd: -2, cors: true });
  assert.deepEqual((await balance()).json, usd(-2.4));

  await api('POST', '/__control/reset', { headers: {} });
  assert.deepEqual((await balance()).json, usd(25), 'reset: start value 25 and no jobs');
});

test('balance: 401 without a valid token; only GET; other /prod/ paths 404', async () => {
  for (const headers of [{}, { Authorization: 'Bearer ' }, { Authorization: 'Basic abc' }, { Authorization: 'Bearer expired-token' }]) {
    const r = await balance(headers);
    assert.equal(r.status, 401, JSON.stringify(headers));
    assert.deepEqual(r.json, { error_code: 400004, error_message: 'Missing or invalid token' });
  }
  for (const method of ['POST', 'PUT', 'DELETE']) {
    const r = await api(method, '/prod/v2/balance', { body: {} });
    assert.equal(r.status, 405, method);
    assert.equal(r.headers.get('allow'), 'GET', method);
  }
  for (const path of ['/prod/v2/balance/', '/prod/v1/balance', '/prod/v2/other']) {
    assert.equal((await api('GET', path)).status, 404, path);
  }
});

test('balance CORS: on by default (GET and preflight); off with {"cors": false} or the global switch', async () => {
  const preflight = async () => {
    const r = await fetch(`${fake.url}/prod/v2/balance`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://app.test', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    await r.arrayBuffer();
    return r;
  };
  const assertNoCors = (headers, what) => {
    for (const [name] of headers) assert.doesNotMatch(name, /^access-control-/, what);
  };

  const on = await balance();
  assert.equal(on.headers.get('access-control-allow-origin'), '*');
  assert.equal(on.headers.get('access-control-expose-headers'), 'Retry-After, Content-Length');
  assert.equal((await balance({})).headers.get('access-control-allow-origin'), '*', 'a 401 is readable too');
  const pre = await preflight();
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), '*');
  assert.equal(pre.headers.get('access-control-allow-headers'), 'authorization, content-type');
  assert.equal(pre.headers.get('access-control-allow-methods'), 'GET, POST, OPTIONS');

  assert.deepEqual((await setBalance({ cors: false })).json, { usd: 25, cors: false });
  const off = await balance();
  assert.deepEqual(off.json, usd(25), 'still answered: only the browser would block it');
  assertNoCors(off.headers, 'GET, balance switch off');
  const preOff = await preflight();
  assert.notEqual(preOff.status, 204);
  assertNoCors(preOff.headers, 'OPTIONS, balance switch off');
  assert.equal((await status('nope')).headers.get('access-control-allow-origin'), '*', '/v1 keeps CORS');

  await setBalance({ cors: true });
  assert.equal((await balance()).headers.get('access-control-allow-origin'), '*');
  await api('POST', '/__control/cors', { body: { enabled: false }, headers: {} });
  assertNoCors((await balance()).headers, 'GET, global switch off');
  assertNoCors((await preflight()).headers, 'OPTIONS, global switch off');
  await api('POST', '/__control/cors', { body: { enabled: true }, headers: {} });
  assert.equal((await preflight()).status, 204);

  await setBalance({ usd: 3, cors: false });
  await api('POST', '/__control/reset', { headers: {} });
  const back = await balance();
  assert.equal(back.headers.get('access-control-allow-origin'), '*', 'reset: the balance switch is on again');
  assert.deepEqual(back.json, usd(25));
});

test('POST /__control/balance: a bad body is a 400 and changes nothing', async () => {
  const bad = [
    '',
    'usd=5',
    'null',
    '5',
    '[]',
    '{}',
    '{"enabled": false}',
    '{"usd": "5"}',
    '{"usd": null}',
    '{"usd": 1e999}',
    '{"cors": "no"}',
    '{"cors": null}',
    '{"usd": 5, "cors": 1}',
    '{"usd": 5, "extra": true}',
  ];
  for (const body of bad) {
    const r = await api('POST', '/__control/balance', { body, headers: {} });
    assert.equal(r.status, 400, body);
    assert.match(r.json.error_message, /^Send \{"usd"/, body);
  }
  const now = await balance();
  assert.deepEqual(now.json, usd(25));
  assert.equal(now.headers.get('access-control-allow-origin'), '*');
  assert.deepEqual((await setBalance({ usd: 0 })).json, { usd: 0, cors: true });
  assert.deepEqual((await balance()).json, usd(0));
});

// ---- [run-<N>s]: jobs that finish at a set time ---------------------------------

test('[run-<N>s]: in_queue at position 1 for 1 s, then in_progress, completed exactly N s after the submit', async () => {
  // At speed 10, [run-4s] queues 100 ms and completes 400 ms after the submit.
  const id = await submitTo(IMAGE_MODEL, { prompt: 'a fox [RUN-4S]' });
  const samples = [];
  const until = Date.now() + 3000;
  while (Date.now() < until) {
    const before = Date.now();
    const { json } = await status(id);
    samples.push({ before, after: Date.now(), status: json.status, position: json.queue_position });
    if (json.status === 'completed') break;
    await sleep(5);
  }
  const steps = samples
    .map((s) => (s.status === 'in_queue' ? `in_queue:${s.position}` : s.status))
    .filter((step, i, all) => step !== all[i - 1]);
  assert.deepEqual(steps, ['in_queue:1', 'in_progress', 'completed']);

  const [job] = (await api('GET', '/__control/jobs')).json;
  assert.equal(job.scenario, '[run-4s]');
  assert.equal(job.final_at - job.submitted_at, 400, 'exactly N s (÷ speed) after the submit');
  const queueEnd = job.submitted_at + 100;
  for (const s of samples) {
    if (s.after < queueEnd) assert.equal(s.status, 'in_queue', JSON.stringify(s));
    if (s.before >= queueEnd && s.after < job.final_at) assert.equal(s.status, 'in_progress', JSON.stringify(s));
    if (s.before >= job.final_at) assert.equal(s.status, 'completed', JSON.stringify(s));
  }
  const done = (await result(id)).json;
  assert.deepEqual(done.output, { image: `${fake.url}/images/sample.png` }, 'the output of the model kind');
  assert.equal(Date.parse(done.finished_at) - Date.parse(done.created_at), 400);

  // [run-1s]: the queue second is the whole run.
  const one = await submit('[run-1s]');
  await waitForStatus(one, 'completed');
  const oneJob = (await api('GET', '/__control/jobs')).json.find((j) => j.request_id === one);
  assert.equal(oneJob.final_at - oneJob.submitted_at, 100);
  assert.equal((await result(one)).json.output.video, `${fake.url}/media/sample.webm`);
});

test('[run-<N>s]: N is 1..=600; other N are no keyword; the first keyword in the prompt wins', async () => {
  for (const kw of ['[run-1s]', '[run-60s]', '[run-600s]']) {
    assert.equal(matchKeyword(`a fox ${kw.toUpperCase()} runs`), kw);
  }
  for (const prompt of ['[run-0s]', '[run-601s]', '[run-5.5s]', '[run-05s]', '[run-1000s]', '[run--5s]', '[run-s]', '[run-5]', 'run-5s']) {
    assert.equal(matchKeyword(prompt), 'default', prompt);
    assert.equal(jobScenario(matchKeyword(prompt)), jobScenario('default'), prompt);
  }
  assert.equal(matchKeyword('[run-601s] then [run-7s]'), '[run-7s]');
  assert.equal(matchKeyword('[run-0s] [hold]'), '[hold]');
  assert.equal(matchKeyword('[run-3s] [fail]'), '[run-3s]');
  assert.equal(matchKeyword('[fail] [run-3s]'), '[fail]');
  assert.equal(matchKeyword('[run-3s] [run-9s]'), '[run-3s]');
  assert.equal(matchKeyword('[402] [run-3s]'), '[402]');

  const longest = jobScenario('[run-600s]');
  assert.deepEqual(longest.queue, [[1, 1000]]);
  assert.equal(longest.runMs, 599_000);
  assert.equal(longest.final, 'completed');
  assert.equal(jobScenario('[run-1s]').runMs, 0);
  assert.equal(jobScenario('[run-601s]'), undefined);
  assert.equal(jobScenario('[402]'), undefined);

  const ids = {
    runFirst: await submit('[run-2s] then [fail]'),
    failFirst: await submit('[fail] then [run-2s]'),
    zero: await submit('[run-0s] a fox'),
    tooLong: await submit('[run-601s] a fox'),
    decimal: await submit('[run-5.5s] a fox'),
  };
  const beforeError = await api('POST', `/v1/models/${MODEL}`, { body: { prompt: '[run-2s] [402]' } });
  assert.equal(beforeError.status, 200);
  const afterError = await api('POST', `/v1/models/${MODEL}`, { body: { prompt: '[402] [run-2s]' } });
  assert.equal(afterError.status, 402);

  const scenario = Object.fromEntries((await api('GET', '/__control/jobs')).json.map((j) => [j.request_id, j.scenario]));
  assert.equal(scenario[ids.runFirst], '[run-2s]');
  assert.equal(scenario[ids.failFirst], '[fail]');
  assert.equal(scenario[ids.zero], 'default');
  assert.equal(scenario[ids.tooLong], 'default');
  assert.equal(scenario[ids.decimal], 'default');
  assert.equal(scenario[beforeError.json.request_id], '[run-2s]');
  await sleep(650);
  assert.equal((await status(ids.runFirst)).json.status, 'completed');
  assert.equal((await status(ids.failFirst)).json.status, 'failed');
  assert.equal((await status(ids.zero)).json.status, 'completed');
});
