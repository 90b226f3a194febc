// Release builds: pins every inline <script> and <style> of the built page by its SHA-256 in
// a Content-Security-Policy meta tag, so nothing else can run or restyle the page.
// Run by scripts/post-build.mjs (a Trunk hook); `applyCsp(html)` is also used by the tests.
import { createHash } from 'node:crypto';

const sha256 = (body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

/** The page with its policy: `html` as Trunk wrote it, without a policy yet. */
export function applyCsp(html) {
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => sha256(body));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) => sha256(body));

  // Loopback http is allowed for local proxies and the fake RunComfy (`make fake-api`).
  const loopback = 'http://127.0.0.1:* http://localhost:*';
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`,
    `style-src 'self' ${styles.join(' ')}`.trimEnd(),
    `img-src 'self' https: data: blob: ${loopback}`,
    `media-src 'self' https: blob: ${loopback}`,
    `connect-src 'self' https: data: ${loopback}`,
    "font-src 'self'",
    // The service worker (sw.js) comes from the page's own folder; nothing else runs as a worker.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const out = html.replace(/<meta charset="?utf-8"?\s*\/?>/i, (charset) => `${charset}\n    ${meta}`);
  if (!out.includes('Content-Security-Policy')) throw new Error('csp.mjs: no <meta charset> to anchor the policy');
  return out;
}
