// Copies of dist/ as separate releases, for the service-worker tests: the same app under new
// hashed names, with the loader's cache name, sw.js and the CSP made again the way the
// release build makes them (scripts/service-worker.mjs, scripts/csp.mjs).
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
  // (locales/ is a folder: the language files.)
  for (const [old, now] of renamed) if (old !== 'index.html') cpSync(join(from, old), join(dir, now), { recursive: true });
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
