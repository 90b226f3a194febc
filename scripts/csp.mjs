// Trunk post-build hook (release only): pins every inline <script> of the built page by its
// SHA-256 in a Content-Security-Policy meta tag, so nothing else can run.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const file = join(process.env.TRUNK_STAGING_DIR, 'index.html');
let html = readFileSync(file, 'utf8');

const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
);

// Loopback http is allowed for local proxies and the fake RunComfy (`make fake-api`).
const loopback = 'http://127.0.0.1:* http://localhost:*';
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  `img-src 'self' https: data: blob: ${loopback}`,
  `media-src 'self' https: blob: ${loopback}`,
  `connect-src 'self' https: data: ${loopback}`,
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
html = html.replace(/<meta charset="utf-8" \/>/, (charset) => `${charset}\n    ${meta}`);
if (!html.includes('Content-Security-Policy')) throw new Error('csp.mjs: no <meta charset> to anchor the policy');
writeFileSync(file, html);
