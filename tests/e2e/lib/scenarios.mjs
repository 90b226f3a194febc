// What each prompt keyword makes the fake RunComfy do. The human-readable
// table lives at the top of ../fake-runcomfy.mjs; keep the two in step.
//
// Times are in milliseconds at speed 1; the job timeline divides them by the
// server's `speed`. A queue entry is [queue_position, duration]; Infinity
// means "stay here until cancelled, released or forced complete".

const DEFAULT_QUEUE = [[3, 1000], [2, 1000], [1, 1000]];
const RUN_MS = 2000;

// Relative to the fake's own URL; made absolute when a result is sent.
// Default is VP9/WebM: every Chromium build decodes it. The H.264 mp4 also
// plays in Debian's Chromium (via libopenh264, Constrained Baseline only).
export const SAMPLE_VIDEO = '/media/sample.webm';
export const SAMPLE_MP4 = '/media/sample.mp4';
export const SAMPLE_IMAGE = '/images/sample.png';
export const SAMPLE_AUDIO = '/media/sample.wav';
export const SAMPLE_VIDEO_NOCORS = '/media-nocors/sample.webm';
// 640x360, within the Wan image rules (360–2000 px): a frame of it is a valid input image.
export const SAMPLE_VIDEO_360P = '/media/sample-360p.webm';
export const METADATA_LINK = '/media/metadata.json';

/**
 * A successful job's output by the catalog entry's `output_kind` (see
 * tests/fixtures/catalog/). A model not in the catalog gets `video`.
 */
export const OUTPUT_BY_KIND = {
  video: { video: SAMPLE_VIDEO },
  image: { image: SAMPLE_IMAGE },
  images: { images: [SAMPLE_IMAGE, `${SAMPLE_IMAGE}?v=2`] },
  audio: { audio: SAMPLE_AUDIO },
};

const base = {
  queue: DEFAULT_QUEUE,
  runMs: RUN_MS,
  final: 'completed',
  output: OUTPUT_BY_KIND.video,
  byKind: true, // output follows the model's output_kind (false: this exact output)
  extraOutput: null, // fields added to the output, whatever the kind
  error: null,
  pollFaults: [], // answers for the 1st, 2nd, … poll instead of the real one
};

/** Jobs that get created; keyed by keyword ('default' = no keyword). */
export const JOB_SCENARIOS = {
  default: base,
  '[succeeded]': { ...base, final: 'succeeded' },
  '[videos]': {
    ...base,
    output: { videos: [SAMPLE_MP4, `${SAMPLE_MP4}?v=2`], image: SAMPLE_IMAGE },
    byKind: false,
  },
  '[audios]': { ...base, output: { audios: [SAMPLE_AUDIO, `${SAMPLE_AUDIO}?v=2`] }, byKind: false },
  '[extra-link]': { ...base, extraOutput: { metadata_url: METADATA_LINK } },
  '[media-nocors]': { ...base, output: { video: SAMPLE_VIDEO_NOCORS }, byKind: false },
  '[video-360p]': { ...base, output: { video: SAMPLE_VIDEO_360P }, byKind: false },
  '[fail]': { ...base, final: 'failed', output: null, error: 'Generation failed: out of memory' },
  '[cancelled-upstream]': { ...base, queue: [[3, 1000], [2, 1000]], runMs: 0, final: 'cancelled', output: null },
  '[slow-queue]': { ...base, queue: [[5, 3000], [4, 3000], [3, 3000], [2, 3000], [1, Infinity]] },
  '[long]': { ...base, queue: [[1, 1000]], runMs: 60000 },
  '[expired]': { ...base, output: { video: '/media/expired.mp4' }, byKind: false },
  '[hold]': { ...base, queue: [[1, Infinity]] },
  '[flaky]': { ...base, pollFaults: [500, 503] },
  '[status-malformed]': { ...base, pollFaults: ['malformed'] },
  // The first three polls are told the request does not exist (a 404), then the truth.
  '[poll-404]': { ...base, pollFaults: [404, 404, 404] },
  // Created normally, but the submit answer itself is held back (see fake-runcomfy.mjs).
  '[slow-submit]': base,
  // The second submit carrying it gets 429 (Retry-After: 2), the others a job (a set of
  // jobs meets a rate limit in the middle).
  '[429-second]': base,
  // The same, with a Retry-After of three days.
  '[429-second-long]': base,
  // Created at once, answered after 1 s (a reload can land while it is in flight).
  '[submit-1s]': base,
  '[submit-4s]': base,
};

const tokenError = { error_code: 400004, error_message: 'Missing or invalid token' };

/** Keywords that make the SUBMIT fail; no job is created. */
export const SUBMIT_ERRORS = {
  '[401]': { status: 401, body: tokenError },
  '[402]': { status: 402, body: { error_code: 400002, error_message: 'Insufficient balance' } },
  '[403]': { status: 403, body: { error_code: 403001, error_message: 'Permission denied' } },
  '[404]': { status: 404, body: { error_code: 400001, error_message: 'Invalid model id' } },
  '[422]': {
    status: 422,
    body: {
      error_code: 422001,
      error_message: 'Validation failed',
      detail: [{ loc: ['body', 'img_url'], msg: 'Image could not be downloaded', type: 'value_error' }],
    },
  },
  '[429]': { status: 429, headers: { 'Retry-After': '7' }, body: { error_message: 'Too many requests' } },
  '[500]': { status: 500, body: { error_message: 'Internal error' } },
  // Some RunComfy APIs report errors with HTTP 200 and a top-level error_code.
  '[200-error]': { status: 200, body: { error_code: 500001, error_message: 'Model backend unavailable' } },
  // A proxy or CDN error page where JSON was expected.
  '[malformed]': { status: 200, contentType: 'text/html', text: '<html>oops</html>' },
};

export const TOKEN_ERROR = tokenError;

const KEYWORDS = [...Object.keys(JOB_SCENARIOS), ...Object.keys(SUBMIT_ERRORS)].filter((k) => k !== 'default');

/** `[run-<N>s]`: N a whole number 1..=600 written without leading zeros. */
export const MAX_RUN_SECONDS = 600;
const RUN_KEYWORD = /\[run-([1-9]\d{0,2})s\]/g;
const RUN_QUEUE_MS = 1000;

/** Seconds of a `[run-<N>s]` keyword (lower case, as matchKeyword returns it), else null. */
export function runSeconds(keyword) {
  const m = /^\[run-([1-9]\d{0,2})s\]$/.exec(keyword);
  const n = m ? Number(m[1]) : 0;
  return n >= 1 && n <= MAX_RUN_SECONDS ? n : null;
}

/**
 * The job scenario of a keyword matchKeyword returned: JOB_SCENARIOS for the
 * fixed ones, built for `[run-<N>s]` (in_queue position 1 for min(1 s, N s),
 * then in_progress, completed exactly N s after the submit, the default
 * output). undefined for a keyword that creates no job.
 */
export function jobScenario(keyword) {
  if (Object.hasOwn(JOB_SCENARIOS, keyword)) return JOB_SCENARIOS[keyword];
  const secs = runSeconds(keyword);
  if (secs === null) return undefined;
  const queueMs = Math.min(RUN_QUEUE_MS, secs * 1000);
  return { ...base, queue: [[1, queueMs]], runMs: secs * 1000 - queueMs };
}

/**
 * The keyword that appears FIRST in the prompt (case-insensitive), or
 * 'default'. Position-based so "[hold] … [fail]" means [hold] regardless of
 * table order; only one scenario applies per job. A `[run-<N>s]` keyword is
 * returned in lower case, e.g. '[run-60s]'.
 */
export function matchKeyword(prompt) {
  if (typeof prompt !== 'string') return 'default';
  const text = prompt.toLowerCase();
  let best = 'default';
  let bestAt = Infinity;
  for (const kw of KEYWORDS) {
    const at = text.indexOf(kw);
    if (at !== -1 && at < bestAt) {
      best = kw;
      bestAt = at;
    }
  }
  // [run-601s] and up match the pattern but are no keyword: look further.
  const run = [...text.matchAll(RUN_KEYWORD)].find((m) => runSeconds(m[0]) !== null);
  return run && run.index < bestAt ? run[0] : best;
}
