// Test double of RunComfy's paid Model API (https://model-api.runcomfy.net)
// and account balance (https://api.runcomfy.net), shaped after
// shared/reference/runcomfy-api.md, so end-to-end tests never spend money or
// depend on the network. Standard library only.
//
//   node tests/e2e/fake-runcomfy.mjs [--port 8787] [--host 127.0.0.1] [--no-cors] [--speed 4]
//   import { startFakeRunComfy } from './fake-runcomfy.mjs'
//
// API (model id = anything after /v1/models/, any depth; all need
// `Authorization: Bearer <token>`, token "expired-token" is rejected too):
//   POST /v1/models/<model id>            submit  → 200 {request_id, status_url, result_url, cancel_url}
//   GET  /v1/requests/<id>/status         → {request_id, status, queue_position?, status_url, result_url}
//   GET  /v1/requests/<id>/result         → unfinished: {request_id, status}
//                                           success: {request_id, status, output, created_at, finished_at}
//                                           failed:  {request_id, status: "failed", error}
//        ?include_cost=true                 a finished job adds top-level `cost` (USD number):
//                                           success: base_price_usd for price_unit "output";
//                                           base_price_usd × seconds for "second" (the input's
//                                           `duration` if a number or numeric string, else the
//                                           schema's default, else 5: so "auto" bills 5 s);
//                                           failed or cancelled: 0. No `cost` while unfinished,
//                                           nor for a model not in the catalog (no price known).
//   POST /v1/requests/<id>/cancel         → 202 {request_id, status, outcome}
//                                           outcome "cancelled" while queued (also on a repeat
//                                           cancel), "not_cancellable" once running or finished
//
// Account balance (https://api.runcomfy.net on RunComfy; here on this same server; same auth):
//   GET  /prod/v2/balance                 → {balance_usd, balance_microdollars, currency: "USD"}
//                                           balance = the start balance (25, or as POST
//                                           /__control/balance set it) minus the cost of every
//                                           job of this server that has succeeded by now (the
//                                           `cost` ?include_cost=true reports; no price known
//                                           counts 0), so it drops as jobs finish and can go to
//                                           0 or below; balance_microdollars = round(usd × 1e6),
//                                           balance_usd that rounded to 6 decimals.
//                                           Other methods → 405 (Allow: GET); other /prod/ → 404.
//   CORS as /v1 only while BOTH POST /__control/cors and the balance's own switch
//   (POST /__control/balance {"cors": …}) are on; else no CORS header at all (a host without CORS).
//
// Model catalog (tests/fixtures/catalog/*.json, one entry per model; same auth and CORS):
//   GET  /v1/models                       → {models: [entry…], total}; total = matches before paging.
//        ?search=  every whitespace-separated term must occur (case-insensitive) in model_id,
//                  display_name or a category; [catalog-…] keywords are removed first
//        ?category= one of the entry's categories (case-insensitive)   ?kind= e.g. "model"
//        ?limit= (default 20, at most 100)  ?offset= (default 0); not a whole number → 422
//        ?include_schema=true  entries carry input_schema (otherwise they do not)
//   GET  /v1/models/categories            → {"categories": ["audio-to-audio", …]} (categories.json)
//   GET  /v1/models/<model id>            → one entry, always with input_schema;
//                                           unknown → 404 {error_code: 404001, error_message}
//   An entry: {model_id, display_name, kind, categories, base_price_usd, price_unit, input_schema?};
//   the fixtures' `output_kind` is the fake's own hint and is never sent. A submit to a catalog
//   model succeeds with the output of its output_kind: video → {video: /media/sample.webm},
//   image → {image: /images/sample.png}, images → {images: [sample.png, sample.png?v=2]},
//   audio → {audio: /media/sample.wav}. A model not in the catalog gets video, as before.
//
//   search keyword          | what GET /v1/models answers (first keyword in the search wins)
//   ------------------------+------------------------------------------------------------------
//   [catalog-401]           | 401 {error_code: 400004, error_message: "Missing or invalid token"}
//   [catalog-403]           | 403 {error_code: 403001, error_message: "Permission denied"}
//   [catalog-429]           | 429, header Retry-After: 7, {error_message: "Too many requests"}
//   [catalog-500]           | 500 {error_message: "Internal error"}
//   [catalog-200-error]     | 200 {error_code: 500001, error_message: "Model catalog unavailable"}
//   [catalog-malformed]     | 200 text/html "<html>502 Bad Gateway</html>"
//   [catalog-shape]         | 200 JSON of the wrong shape: {data: [{id}], has_more: false}
//   [catalog-slow]          | the normal answer (rest of the search applies), after 3 s
//   [catalog-hang]          | the normal answer, after 40 s (trips a client timeout)
//   Network/CORS failure: POST /__control/cors {"enabled": false} (all of /v1, catalog included).
//
// Job timeline (all times divided by `speed`), measured from the submit:
//   in_queue position 3 (1 s) → 2 (1 s) → 1 (1 s) → in_progress (2 s) → completed
//
// Scenarios: a keyword in the submitted JSON's `prompt` (case-insensitive;
// the keyword appearing first in the prompt wins; one scenario per job):
//
//   keyword                 | what happens
//   ------------------------+------------------------------------------------------------------
//   (none)                  | timeline above; output by the model's output_kind (see the catalog
//                           | above), else {video: <fake>/media/sample.webm}
//   [succeeded]             | final status word "succeeded" on /status and /result
//   [videos]                | output {videos: [sample.mp4, sample.mp4?v=2], image: /images/sample.png}, no video
//   [audios]                | output {audios: [/media/sample.wav, sample.wav?v=2]} (not a key of
//                           | RunComfy's output schema: tests tolerance), whatever the model
//   [extra-link]            | the model's usual output plus metadata_url: /media/metadata.json,
//                           | an http(s) link that is not media (application/json)
//   [media-nocors]          | output {video: /media-nocors/sample.webm}: storage that refuses CORS
//   [video-360p]            | output {video: /media/sample-360p.webm} (640x360, 2 s: its frames
//                           | are within the Wan image rules, unlike sample.webm's 480x270)
//   [fail]                  | ends "failed", error "Generation failed: out of memory"
//   [cancelled-upstream]    | queue 3 → 2, then "cancelled" by itself while queued
//   [slow-queue]            | queue 5 → 4 → 3 → 2 → 1 at 3 s per step, then stays at 1 (cancel it)
//   [long]                  | queue 1 s, in_progress 60 s, then completed (request counting)
//   [expired]               | completes with output video /media/expired.mp4 (which is a 404)
//   [hold]                  | in_queue position 1 until POST /__control/release/<id>, then 2 s run
//   [flaky]                 | default timeline; 1st poll → 500, 2nd poll → 503, then normal
//   [status-malformed]      | default timeline; 1st poll → 200 text/html non-JSON, then normal
//   [poll-404]              | default timeline; polls 1–3 → 404 {error_code: 404001}, then normal
//   [slow-submit]           | job is created at once but the submit answer comes after 40 s
//   [submit-1s]             | job is created at once, the submit answer comes after 1 s
//   [submit-4s]             | the same after 4 s
//   [429-second]            | the 2nd submit with it gets 429 (Retry-After: 2), no job; the
//                           | others get the default timeline (a rate limit mid-set)
//   [429-second-long]       | the same with Retry-After: 259200 (three days)
//   [run-<N>s]              | N a whole number 1–600 without leading zeros, e.g. [run-60s] (not
//                           | [run-0s], [run-601s], [run-5.5s]: those are no keyword): in_queue
//                           | position 1 for 1 s, in_progress, completed exactly N s after the
//                           | submit; output as (none). /__control/jobs shows e.g. "[run-60s]"
//   ------------------------+------------------------------------------------------------------
//   submit-time errors: the SUBMIT answers this and no job is created
//   [401]                   | 401 {error_code: 400004, error_message: "Missing or invalid token"}
//   [402]                   | 402 {error_code: 400002, error_message: "Insufficient balance"}
//   [403]                   | 403 {error_code: 403001, error_message: "Permission denied"}
//   [404]                   | 404 {error_code: 400001, error_message: "Invalid model id"}
//   [422]                   | 422 {error_code: 422001, error_message: "Validation failed",
//                           |      detail: [{loc: ["body","img_url"], msg: "Image could not be downloaded", type: "value_error"}]}
//   [429]                   | 429, header Retry-After: 7, {error_message: "Too many requests"}
//   [500]                   | 500 {error_message: "Internal error"}
//   [200-error]             | 200 {error_code: 500001, error_message: "Model backend unavailable"}
//   [malformed]             | 200 text/html "<html>oops</html>"
//
// A "poll" is any GET of /status or /result for that job: faults count both,
// so an app that polls only /result is tested the same way.
// [slow-submit], [catalog-slow], [catalog-hang] and /images/slow/ are NOT
// sped up: they exist to show a wait or trip the client's own timeouts,
// which do not scale with `speed`.
//
// Other routes (no auth; CORS header always, whatever setCors says, except /media-nocors/):
//   GET /media/sample.webm, /media/sample-360p.webm, /media/sample.mp4, /media/sample.wav,
//       /media/film/clip1.mp4 … clip3.mp4, /media/film/small.mp4, clip720.mp4 (clips to join)
//                                               tests/fixtures/, with Range (206) support
//   GET /media-nocors/<the same names>          the same bytes with NO Access-Control-* header
//                                               (nor an OPTIONS answer): a storage host without CORS
//   GET /media/metadata.json                    a small JSON document (the [extra-link] link)
//   GET /media/expired.mp4                      404, for "result expired" tests
//   GET /images/<path>                          tests/fixtures/images/<path> if it exists
//   GET /images/slow/<path>                     the same, answered after 15 s
//   GET  /__control/requests     every request received, in order (not /__control/ ones)
//   POST /__control/reset        forget requests and jobs, CORS back to its start value,
//                                the balance's start value (25) and its CORS switch (on) too
//   POST /__control/cors         {"enabled": false|true}
//   POST /__control/balance      {"usd": <finite number>, "cors": true|false}, either or both (no
//                                other key; else 400): the start balance and the balance's own
//                                CORS switch; answers the settings now {usd, cors}
//   POST /__control/expire-media {"expired": true|false}: with true, every /media/ and
//                                /media-nocors/ file answers 404, as RunComfy's results do
//                                once their retention has passed (reset ends it)
//   POST /__control/release/<id> a queued job starts running now
//   POST /__control/complete/<id> a job completes now
//   GET  /__control/jobs         jobs with current status and final_at (ms since epoch)
//
// CORS (for /v1 and /prod, when enabled): OPTIONS preflights → 204 with Allow-Origin *,
// Allow-Headers authorization, content-type, Allow-Methods GET, POST, OPTIONS;
// every response carries Allow-Origin * and Expose-Headers Retry-After,
// Content-Length. When disabled, /v1 and /prod send no CORS header at all (and a
// preflight gets 405), so the browser blocks the call exactly as it would against a
// server without CORS.

import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sendFile, resolveInside } from './lib/send-file.mjs';
import { matchKeyword, SUBMIT_ERRORS, TOKEN_ERROR } from './lib/scenarios.mjs';
import { createJob, jobState, cancelJob, releaseJob, completeJob, takePollFault } from './lib/job-timeline.mjs';
import {
  CATALOG,
  CATALOG_FAULTS,
  matchCatalogFault,
  listModels,
  getModel,
  listCategories,
  costFor,
} from './lib/catalog.mjs';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const IMAGES = fileURLToPath(new URL('../fixtures/images/', import.meta.url));
const MEDIA_FILES = new Set(['sample.mp4', 'sample.webm', 'sample-360p.webm', 'sample.wav', 'film/clip1.mp4', 'film/clip2.mp4', 'film/clip3.mp4', 'film/small.mp4', 'film/clip720.mp4']);
// The non-media link of the [extra-link] scenario.
const METADATA = { kind: 'fake-runcomfy metadata', note: 'a JSON document, not media' };
const SLOW_SUBMIT_MS = 40_000;
const SLOW_IMAGE_MS = 15_000;
/** The account balance before any job of this server is billed (POST /__control/balance sets it). */
const DEFAULT_BALANCE_USD = 25;

const CORS_ON_EVERY_RESPONSE = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After, Content-Length',
};
const CORS_PREFLIGHT = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'authorization, content-type',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
};

export async function startFakeRunComfy({ port = 0, host = '127.0.0.1', cors = true, speed = 1 } = {}) {
  const requests = []; // live: tests may hold on to this very array
  let submitsWith429Second = 0;
  let submitsWith429SecondLong = 0;
  const jobs = new Map();
  const timers = new Set(); // delayed answers, cleared on close() so it never hangs
  let corsEnabled = cors;
  let baseUrl = '';
  let mediaExpired = false;
  let startBalanceUsd = DEFAULT_BALANCE_USD;
  let balanceCors = true; // /prod/ has CORS only while this AND corsEnabled are on

  const later = (ms, fn) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const reset = () => {
    requests.length = 0;
    jobs.clear();
    corsEnabled = cors;
    mediaExpired = false;
    startBalanceUsd = DEFAULT_BALANCE_USD;
    balanceCors = true;
    submitsWith429Second = 0;
    submitsWith429SecondLong = 0;
  };
  const setCors = (enabled) => {
    corsEnabled = Boolean(enabled);
  };

  const urlsFor = (id) => ({
    status_url: `${baseUrl}/v1/requests/${id}/status`,
    result_url: `${baseUrl}/v1/requests/${id}/result`,
  });
  const absolute = (output) =>
    Object.fromEntries(
      Object.entries(output).map(([k, v]) => [k, Array.isArray(v) ? v.map((u) => baseUrl + u) : baseUrl + v]),
    );

  // ---- /v1: the paid API ---------------------------------------------------

  async function handleApi(req, res, path, body, params) {
    if (!authorized(req)) return sendJson(res, 401, TOKEN_ERROR);

    if (path === '/v1/models' || path === '/v1/models/') {
      if (req.method !== 'GET') return sendJson(res, 405, { error_message: 'Method not allowed' }, { Allow: 'GET' });
      return handleList(res, params);
    }
    if (path === '/v1/models/categories' && req.method === 'GET') return sendAnswer(res, listCategories());
    const model = /^\/v1\/models\/(.*[^/])$/.exec(path);
    if (model) {
      const id = safeDecode(model[1]) ?? model[1];
      if (req.method === 'GET') return sendAnswer(res, getModel(id));
      if (req.method !== 'POST') {
        return sendJson(res, 405, { error_message: 'Method not allowed' }, { Allow: 'GET, POST' });
      }
      return handleSubmit(res, id, body);
    }

    const m = /^\/v1\/requests\/([^/]+)\/(status|result|cancel)$/.exec(path);
    if (!m) return sendJson(res, 404, { error_message: 'Not found' });
    const [, id, action] = m;
    const wanted = action === 'cancel' ? 'POST' : 'GET';
    if (req.method !== wanted) return sendJson(res, 405, { error_message: 'Method not allowed' }, { Allow: wanted });
    const job = jobs.get(id);
    if (!job) return sendJson(res, 404, { error_code: 404001, error_message: 'Request not found' });
    const now = Date.now();

    if (action === 'cancel') {
      const outcome = cancelJob(job, now);
      return sendJson(res, 202, { request_id: id, status: jobState(job, now).status, outcome });
    }

    const fault = takePollFault(job);
    if (fault === 500) return sendJson(res, 500, { error_message: 'Internal error' });
    if (fault === 503) return sendJson(res, 503, { error_message: 'Service temporarily unavailable' });
    if (fault === 'malformed') return sendText(res, 200, 'text/html', '<html>502 Bad Gateway</html>');
    if (fault === 404) return sendJson(res, 404, { error_code: 404001, error_message: 'Request not found' });

    const state = jobState(job, now);
    if (action === 'status') {
      const reply = { request_id: id, status: state.status };
      if (state.status === 'in_queue') reply.queue_position = state.queuePosition;
      return sendJson(res, 200, { ...reply, ...urlsFor(id) });
    }
    // ?include_cost=true: a finished job says what it cost (0 when nothing was
    // made); a model the catalog does not know has no price, so no cost.
    const withCost = (reply) => {
      if (!/^(true|1)$/i.test(params.get('include_cost') ?? '') || !state.final) return reply;
      const cost = state.output ? jobCost(job) : 0;
      return cost === null ? reply : { ...reply, cost };
    };
    if (state.output) {
      return sendJson(
        res,
        200,
        withCost({
          request_id: id,
          status: state.status,
          output: absolute(state.output),
          created_at: new Date(job.createdAt).toISOString(),
          finished_at: new Date(state.finalAt).toISOString(),
        }),
      );
    }
    if (state.error) return sendJson(res, 200, withCost({ request_id: id, status: state.status, error: state.error }));
    return sendJson(res, 200, withCost({ request_id: id, status: state.status }));
  }

  // ---- /prod: the account (api.runcomfy.net on the real service) -----------

  function handleAccount(req, res, path) {
    if (!authorized(req)) return sendJson(res, 401, TOKEN_ERROR);
    if (path !== '/prod/v2/balance') return sendJson(res, 404, { error_message: 'Not found' });
    if (req.method !== 'GET') return sendJson(res, 405, { error_message: 'Method not allowed' }, { Allow: 'GET' });
    return sendJson(res, 200, balance(Date.now()));
  }

  /** The start balance minus what every job that has succeeded by `now` cost. */
  function balance(now) {
    let usd = startBalanceUsd;
    for (const job of jobs.values()) {
      const state = jobState(job, now);
      if (state.final && state.output) usd -= jobCost(job) ?? 0;
    }
    const micro = Math.round(usd * 1e6);
    return { balance_usd: micro / 1e6 || 0, balance_microdollars: micro || 0, currency: 'USD' };
  }

  function handleList(res, params) {
    const fault = CATALOG_FAULTS[matchCatalogFault(params.get('search'))];
    if (fault?.delayMs) return later(fault.delayMs, () => sendAnswer(res, listModels(params)));
    if (fault) return sendAnswer(res, fault);
    return sendAnswer(res, listModels(params));
  }

  function handleSubmit(res, model, body) {
    let input;
    try {
      input = JSON.parse(body);
    } catch (e) {
      return sendJson(res, 422, invalidBody(`Request body is not valid JSON: ${e.message}`));
    }
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      return sendJson(res, 422, invalidBody('Request body must be a JSON object'));
    }

    const keyword = matchKeyword(input.prompt);
    const err = SUBMIT_ERRORS[keyword];
    if (err) return sendAnswer(res, err);
    if (keyword === '[429-second]' && ++submitsWith429Second === 2) {
      return sendAnswer(res, { status: 429, headers: { 'Retry-After': '2' }, body: { error_message: 'Too many requests' } });
    }
    if (keyword === '[429-second-long]' && ++submitsWith429SecondLong === 2) {
      return sendAnswer(res, { status: 429, headers: { 'Retry-After': '259200' }, body: { error_message: 'Too many requests' } });
    }

    const id = randomUUID();
    const outputKind = CATALOG.byId.get(model)?.output_kind;
    jobs.set(id, createJob({ id, model, input, scenario: keyword, speed, now: Date.now(), outputKind }));
    const reply = { request_id: id, ...urlsFor(id), cancel_url: `${baseUrl}/v1/requests/${id}/cancel` };
    if (keyword === '[slow-submit]') {
      // The job exists (and would be billed) even if the client gives up waiting.
      return later(SLOW_SUBMIT_MS, () => sendJson(res, 200, reply));
    }
    if (keyword === '[submit-1s]') return later(1000, () => sendJson(res, 200, reply));
    if (keyword === '[submit-4s]') return later(4000, () => sendJson(res, 200, reply));
    return sendJson(res, 200, reply);
  }

  // ---- /__control: test hooks ----------------------------------------------

  function jobView(job, now) {
    const s = jobState(job, now);
    return {
      request_id: job.id,
      model: job.model,
      scenario: job.scenario,
      prompt: job.prompt,
      status: s.status,
      queue_position: s.queuePosition ?? null,
      polls: job.polls,
      submitted_at: job.createdAt,
      final_at: s.final ? s.finalAt : null,
    };
  }

  function handleControl(req, res, path, body) {
    const now = Date.now();
    const route = `${req.method} ${path.replace(/^\/__control\/(release|complete)\/[^/]+$/, '/__control/$1/:id')}`;
    const id = path.split('/')[3];
    switch (route) {
      case 'GET /__control/requests':
        return sendJson(res, 200, requests);
      case 'GET /__control/jobs':
        return sendJson(res, 200, [...jobs.values()].map((j) => jobView(j, now)));
      case 'POST /__control/reset':
        reset();
        return sendJson(res, 200, { ok: true });
      case 'POST /__control/cors': {
        let enabled;
        try {
          enabled = JSON.parse(body).enabled;
        } catch {
          /* falls through to the 400 below */
        }
        if (typeof enabled !== 'boolean') return sendJson(res, 400, { error_message: 'Send {"enabled": true|false}' });
        setCors(enabled);
        return sendJson(res, 200, { enabled });
      }
      case 'POST /__control/expire-media': {
        let expired;
        try {
          expired = JSON.parse(body).expired;
        } catch {
          /* falls through to the 400 below */
        }
        if (typeof expired !== 'boolean') return sendJson(res, 400, { error_message: 'Send {"expired": true|false}' });
        mediaExpired = expired;
        return sendJson(res, 200, { expired });
      }
      case 'POST /__control/balance': {
        let set;
        try {
          set = JSON.parse(body);
        } catch {
          /* falls through to the 400 below */
        }
        const valid =
          set !== null &&
          typeof set === 'object' &&
          !Array.isArray(set) &&
          ('usd' in set || 'cors' in set) &&
          Object.keys(set).every((k) => k === 'usd' || k === 'cors') &&
          (!('usd' in set) || Number.isFinite(set.usd)) &&
          (!('cors' in set) || typeof set.cors === 'boolean');
        if (!valid) {
          return sendJson(res, 400, { error_message: 'Send {"usd": <finite number>, "cors": true|false} (either or both)' });
        }
        if ('usd' in set) startBalanceUsd = set.usd;
        if ('cors' in set) balanceCors = set.cors;
        return sendJson(res, 200, { usd: startBalanceUsd, cors: balanceCors });
      }
      case 'POST /__control/release/:id':
      case 'POST /__control/complete/:id': {
        const job = jobs.get(id);
        if (!job) return sendJson(res, 404, { error_message: 'Request not found' });
        const done = path.includes('/release/') ? releaseJob(job, now) : completeJob(job, now);
        return sendJson(res, done ? 200 : 409, jobView(job, now));
      }
      default:
        return sendJson(res, 404, { error_message: 'Unknown control route' });
    }
  }

  // ---- /media and /images: files the results point at ----------------------

  async function handleFiles(req, res, path) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendJson(res, 405, { error_message: 'Method not allowed' }, { Allow: 'GET, HEAD' });
    }
    const media = /^\/media(-nocors)?\/(.*)$/.exec(path);
    if (media) {
      const name = media[2];
      if (mediaExpired) return sendJson(res, 404, { error_message: 'Not found' });
      if (name === 'metadata.json' && !media[1]) return sendJson(res, 200, METADATA);
      if (MEDIA_FILES.has(name) && (await sendFile(req, res, FIXTURES + name))) return;
      return sendJson(res, 404, { error_message: 'Not found' });
    }
    let rel = safeDecode(path.slice('/images/'.length));
    if (rel === null) return sendJson(res, 404, { error_message: 'Not found' });
    const slow = rel.startsWith('slow/');
    if (slow) rel = rel.slice('slow/'.length);
    const serve = async () => {
      if (res.destroyed) return;
      const file = resolveInside(IMAGES, rel);
      if (file && (await sendFile(req, res, file))) return;
      sendJson(res, 404, { error_message: 'Not found' });
    };
    return slow ? later(SLOW_IMAGE_MS, serve) : serve();
  }

  // ---- dispatch ------------------------------------------------------------

  async function handle(req, res) {
    const u = new URL(req.url, 'http://fake.invalid');
    const path = u.pathname;
    const entry = {
      method: req.method,
      path,
      query: u.search.slice(1),
      headers: { ...req.headers },
      body: '',
      time: Date.now(),
    };
    // Control calls are not logged, so reading the log does not change it.
    if (!path.startsWith('/__control/')) requests.push(entry);
    const body = await readBody(req);
    entry.body = body;

    const isApi = path.startsWith('/v1/');
    const isAccount = path.startsWith('/prod/');
    const noCorsMedia = path.startsWith('/media-nocors/');
    const withCors = isAccount ? corsEnabled && balanceCors : !noCorsMedia && (!isApi || corsEnabled);
    if (withCors) for (const [k, v] of Object.entries(CORS_ON_EVERY_RESPONSE)) res.setHeader(k, v);

    if (req.method === 'OPTIONS') {
      if (!withCors) return sendJson(res, 405, { error_message: 'Method not allowed' });
      res.writeHead(204, CORS_PREFLIGHT);
      return res.end();
    }
    if (isApi) return handleApi(req, res, path, body, u.searchParams);
    if (isAccount) return handleAccount(req, res, path);
    if (path.startsWith('/__control/')) return handleControl(req, res, path, body);
    if (noCorsMedia || path.startsWith('/media/') || path.startsWith('/images/')) return handleFiles(req, res, path);
    return sendJson(res, 404, { error_message: 'Not found' });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      // A bug in the fake must show up as a loud 500, not a hanging test.
      if (!res.headersSent) sendJson(res, 500, { error_message: `fake-runcomfy bug: ${e.stack}` });
      else res.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actualPort = server.address().port;
  baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;

  return {
    url: baseUrl,
    port: actualPort,
    requests,
    setCors,
    reset,
    close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // keep-alive sockets would otherwise hold close() open
      });
    },
  };
}

/** `Authorization: Bearer <token>`, any token but "expired-token". */
function authorized(req) {
  const auth = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return Boolean(auth) && auth[1] !== 'expired-token';
}

/** What a successful job costs (USD), as ?include_cost=true reports it; null: no price known. */
function jobCost(job) {
  return costFor(CATALOG.byId.get(job.model), job.input);
}

function invalidBody(msg) {
  return {
    error_code: 422001,
    error_message: 'Validation failed',
    detail: [{ loc: ['body'], msg, type: 'value_error' }],
  };
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return null; // malformed %-escape
  }
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** An answer object {status, body | text+contentType, headers?}. */
function sendAnswer(res, a) {
  return a.text !== undefined
    ? sendText(res, a.status, a.contentType, a.text, a.headers)
    : sendJson(res, a.status, a.body, a.headers);
}

function sendJson(res, status, value, headers = {}) {
  sendText(res, status, 'application/json', JSON.stringify(value), headers);
}

function sendText(res, status, contentType, text, headers = {}) {
  if (res.destroyed || res.writableEnded) return; // client gave up (timeouts, aborts)
  const body = Buffer.from(text, 'utf8');
  res.writeHead(status, { ...headers, 'Content-Type': contentType, 'Content-Length': body.length });
  res.end(body);
}

// ---- CLI -------------------------------------------------------------------

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const value = (name, fallback) => {
    const i = args.indexOf(name);
    return i === -1 ? fallback : args[i + 1];
  };
  const fake = await startFakeRunComfy({
    port: Number(value('--port', 0)),
    host: value('--host', '127.0.0.1'),
    cors: !args.includes('--no-cors'),
    speed: Number(value('--speed', 1)),
  });
  console.log(`Fake RunComfy on ${fake.url}`);
}
