// Release builds: dist/sw.js from web/sw.js, with this build's name and hashed files, and
// the same name in the loader of index.html (it keeps the wasm it downloads for the worker).
// Run by scripts/post-build.mjs; `serviceWorkerFor` is also used by the tests.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const TEMPLATE = new URL('../web/sw.js', import.meta.url);
/** Trunk's hashed file names (`name-0123456789abcdef.ext`, the wasm with `_bg`; Trunk drops a
 *  leading zero of the hash, so it may be shorter than 16 digits). */
export const HASHED = /^[\w.-]+-[0-9a-f]{12,16}(_bg)?\.(wasm|js|css|svg)$/;

/** { sw, html } for a build whose files (names in its folder) are `files`. */
export function serviceWorkerFor(files, html) {
  const assets = files.filter((f) => HASHED.test(f)).sort();
  if (!assets.some((f) => f.endsWith('.wasm'))) throw new Error('service-worker.mjs: no hashed wasm in the build');
  const build = `wan-i2v-${createHash('sha256').update(assets.join('\n')).digest('hex').slice(0, 16)}`;
  const sw = fill(readFileSync(TEMPLATE, 'utf8'), [
    ["const BUILD = '';", `const BUILD = '${build}';`],
    ['const ASSETS = [];', `const ASSETS = ${JSON.stringify(assets.map((f) => `./${f}`))};`],
  ]);
  return { sw, html: fill(html, [["const BUILD = '';", `const BUILD = '${build}';`]]), build };
}

function fill(text, pairs) {
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`service-worker.mjs: "${from}" is missing`);
    text = text.replace(from, to);
  }
  return text;
}
