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
  // connect-src takes any https origin: the API base is the user's to set (RunComfy's Model
  // API, a proxy), and the balance is asked of RunComfy's account host, api.runcomfy.net.
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

  // The policy goes just before the first thing it governs (a script, a style, a link that is
  // not a preload), not first in the head: Chromium's preload scanner issues no preload after
  // a policy in a meta tag until the parser has read that tag, which on a phone (4× CPU) held
  // the wasm's request about 90 ms after the page had arrived (docs/performance.md). The
  // preloads ahead of it are the page's own files, pinned by their integrity.
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const governed = /^[ \t]*<(?:script|style|link(?! rel="(?:modulepreload|preload)"))\b/m;
  if (!governed.test(html)) throw new Error('csp.mjs: nothing in the page for the policy to precede');
  const out = html.replace(governed, (first) => `    ${meta}\n${first}`);
  return out;
}
