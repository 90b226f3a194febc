// Copies of dist/ as separate releases, for the service-worker tests: the same app under new
// hashed names, with the loader's cache name, sw.js and the CSP made again the way the
// release build makes them (scripts/service-worker.mjs, scripts/csp.mjs).
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HASHED, serviceWorkerFor } from '../../../scripts/service-worker.mjs';
import { applyCsp } from '../../../scripts/csp.mjs';

/** Puts dist/ into `dir` (emptied first), as it is: the release "as built". */
export function publish(dir, from = 'dist') {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(from, dir, { recursive: true });
  return describe(dir);
}

/** Puts into `dir` (emptied first) the next release: dist/ with every hash changed. */
export function publishNext(dir, from = 'dist') {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const names = readdirSync(from).filter((f) => !/\.(gz|br)$/.test(f) && f !== 'sw.js');
  const renamed = new Map(
    names.map((f) => [f, HASHED.test(f) ? f.replace(/-([0-9a-f]{12,16})(?=(_bg)?\.)/, (_, h) => `-${[...h].reverse().join('')}`) : f]),
  );
  let html = readFileSync(join(from, 'index.html'), 'utf8')
    .replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace(/const BUILD = '[^']*';/, "const BUILD = '';");
  for (const [old, now] of renamed) if (old !== now) html = html.replaceAll(old, now);
  // (locales/ is a folder: the language files.) The scripts name each other and the second
  // wasm module: renamed there too, or the new release would load pieces of the old one.
  for (const [old, now] of renamed) {
    if (old === 'index.html') continue;
    if (old.endsWith('.js')) {
      const was = readFileSync(join(from, old), 'utf8');
      let text = was;
      for (const [a, b] of renamed) if (a !== b) text = text.replaceAll(a, b);
      writeFileSync(join(dir, now), text);
      // ... and the page's integrity for it follows the new text.
      html = html.replaceAll(sri(was), sri(text));
    } else {
      cpSync(join(from, old), join(dir, now), { recursive: true });
    }
  }
  const built = serviceWorkerFor([...renamed.values()], html);
  writeFileSync(join(dir, 'sw.js'), built.sw);
  writeFileSync(join(dir, 'index.html'), applyCsp(built.html));
  return describe(dir);
}

function describe(dir) {
  const files = readdirSync(dir);
  return {
    wasm: files.find((f) => f.endsWith('_bg.wasm')),
    build: /const BUILD = '([^']*)';/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))[1],
  };
}

/** A file's Subresource Integrity value, as Trunk writes it. */
function sri(text) {
  return `sha384-${createHash('sha384').update(text).digest('base64')}`;
}
