// The fake RunComfy's model catalog: the entries in tests/fixtures/catalog/
// (one JSON file per model, see the README there for where each came from),
// the list/search/paging rules of GET /v1/models, the catalog failure
// keywords, and the cost a finished job reports with ?include_cost=true.
// The human-readable table lives at the top of ../fake-runcomfy.mjs; keep the
// two in step.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TOKEN_ERROR } from './scenarios.mjs';

const CATALOG_DIR = fileURLToPath(new URL('../../fixtures/catalog/', import.meta.url));

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
/** Seconds billed for a per-second model when the input names none ("auto", no field). */
export const FALLBACK_SECONDS = 5;

/**
 * Every catalog entry, sorted by model_id, and the categories answer.
 * Read once: the fixtures are static, and answers are deep copies.
 */
function loadCatalog(dir = CATALOG_DIR) {
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'categories.json')
    .map((f) => JSON.parse(readFileSync(dir + f, 'utf8')))
    .sort((a, b) => (a.model_id < b.model_id ? -1 : a.model_id > b.model_id ? 1 : 0));
  const categories = JSON.parse(readFileSync(dir + 'categories.json', 'utf8'));
  return { entries, byId: new Map(entries.map((e) => [e.model_id, e])), categories };
}

export const CATALOG = loadCatalog();

/** The entry as the API sends it: without the fake's own `output_kind` hint,
 *  and without `input_schema` unless asked for. */
export function publicEntry(entry, { schema }) {
  const { output_kind: _hint, input_schema: inputSchema, ...rest } = structuredClone(entry);
  return schema ? { ...rest, input_schema: inputSchema } : rest;
}

/**
 * Keywords in the `search` text of GET /v1/models that make the LIST fail.
 * `delayMs` answers normally, later (NOT divided by the server's speed: they
 * exist to show a loading state or trip the client's own timeout).
 */
export const CATALOG_FAULTS = {
  '[catalog-401]': { status: 401, body: TOKEN_ERROR },
  '[catalog-403]': { status: 403, body: { error_code: 403001, error_message: 'Permission denied' } },
  '[catalog-429]': { status: 429, headers: { 'Retry-After': '7' }, body: { error_message: 'Too many requests' } },
  '[catalog-500]': { status: 500, body: { error_message: 'Internal error' } },
  '[catalog-200-error]': { status: 200, body: { error_code: 500001, error_message: 'Model catalog unavailable' } },
  '[catalog-malformed]': { status: 200, contentType: 'text/html', text: '<html>502 Bad Gateway</html>' },
  // Valid JSON, but not {models: [...], total}.
  '[catalog-shape]': { status: 200, body: { data: [{ id: 'not-a-catalog-entry' }], has_more: false } },
  '[catalog-slow]': { delayMs: 3000 },
  '[catalog-hang]': { delayMs: 40000 },
};

const KEYWORD_RE = /\[catalog-[a-z0-9-]+\]/gi;

/** The catalog keyword appearing first in the search text, or null. */
export function matchCatalogFault(search) {
  if (typeof search !== 'string') return null;
  const text = search.toLowerCase();
  let best = null;
  let bestAt = Infinity;
  for (const kw of Object.keys(CATALOG_FAULTS)) {
    const at = text.indexOf(kw);
    if (at !== -1 && at < bestAt) {
      best = kw;
      bestAt = at;
    }
  }
  return best;
}

function queryError(name, msg) {
  return {
    status: 422,
    body: {
      error_code: 422001,
      error_message: 'Validation failed',
      detail: [{ loc: ['query', name], msg, type: 'value_error' }],
    },
  };
}

function countParam(params, name, fallback, min) {
  const raw = params.get(name);
  if (raw === null || raw === '') return { value: fallback };
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min) {
    return { error: queryError(name, `${name} must be an integer ≥ ${min}`) };
  }
  return { value: Number(raw) };
}

/**
 * GET /v1/models: `search` (every whitespace-separated term must occur,
 * case-insensitively, in model_id, display_name or a category; catalog
 * keywords are removed from it first), `category` (one of the entry's
 * categories, case-insensitive), `kind`, `limit` (default 20, at most 100),
 * `offset`, `include_schema=true`. Returns {status, body}; `total` counts the
 * matches before paging.
 */
export function listModels(params) {
  const limit = countParam(params, 'limit', DEFAULT_LIMIT, 1);
  if (limit.error) return limit.error;
  const offset = countParam(params, 'offset', 0, 0);
  if (offset.error) return offset.error;
  const schema = /^(true|1)$/i.test(params.get('include_schema') ?? '');
  const terms = (params.get('search') ?? '').replace(KEYWORD_RE, ' ').toLowerCase().split(/\s+/).filter(Boolean);
  const category = (params.get('category') ?? '').trim().toLowerCase();
  const kind = (params.get('kind') ?? '').trim().toLowerCase();

  const matches = CATALOG.entries.filter((e) => {
    const cats = e.categories.map((c) => c.toLowerCase());
    if (category && !cats.includes(category)) return false;
    if (kind && String(e.kind).toLowerCase() !== kind) return false;
    const haystack = [e.model_id, e.display_name, ...cats].join('\n').toLowerCase();
    return terms.every((t) => haystack.includes(t));
  });
  const page = matches.slice(offset.value, offset.value + Math.min(limit.value, MAX_LIMIT));
  return {
    status: 200,
    body: { models: page.map((e) => publicEntry(e, { schema })), total: matches.length },
  };
}

/** GET /v1/models/<model id>: one entry, with its schema; 404 404001 if unknown. */
export function getModel(modelId) {
  const entry = CATALOG.byId.get(modelId);
  if (!entry) return { status: 404, body: { error_code: 404001, error_message: `Model not found: ${modelId}` } };
  return { status: 200, body: publicEntry(entry, { schema: true }) };
}

/** GET /v1/models/categories. */
export function listCategories() {
  return { status: 200, body: structuredClone(CATALOG.categories) };
}

/** A duration value as seconds, or null: 5, 5.5 and "5" count, "auto" does not. */
function seconds(value) {
  const n = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
}

/**
 * What a successful job of this model costs, in USD: base_price_usd for a
 * per-output model; base_price_usd × seconds for a per-second model, the
 * seconds being the input's `duration`, else the schema's default duration,
 * else FALLBACK_SECONDS. null for a model not in the catalog.
 */
export function costFor(entry, input) {
  if (!entry || typeof entry.base_price_usd !== 'number') return null;
  let cost = entry.base_price_usd;
  if (entry.price_unit === 'second') {
    const secs =
      seconds(input?.duration) ?? seconds(entry.input_schema?.properties?.duration?.default) ?? FALLBACK_SECONDS;
    cost *= secs;
  }
  return Math.round(cost * 1e6) / 1e6; // 0.1 × 3 is 0.3, not 0.30000000000000004
}
