// Trunk post-build hook, in order on the staging folder:
// 0. every build: the language files as the app fetches them (scripts/locales.mjs);
// release builds only:
// 1. the second wasm module, when the build has one (scripts/split.mjs);
// 2. the service worker (sw.js) and its cache name in the loader (scripts/service-worker.mjs);
// 3. the icon link moved into the loader, which adds it after the app's first frame
//    (scripts/defer-icon.mjs), and the preloads to the top of the head
//    (scripts/preloads-first.mjs);
// 4. the page compacted (scripts/compact-page.mjs), then the Content-Security-Policy
//    pinning its inline scripts and style (scripts/csp.mjs);
// 5. .gz and .br beside every file, for hosts that serve them (scripts/precompress.mjs).
// One hook rather than several: Trunk runs the hooks of a stage side by side.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceWorkerFor } from './service-worker.mjs';
import { applyCsp } from './csp.mjs';
import { compactPage } from './compact-page.mjs';
import { deferIcon } from './defer-icon.mjs';
import { preloadsFirst } from './preloads-first.mjs';
import { precompress } from './precompress.mjs';
import { compileLocales } from './locales.mjs';
import { placeSplitModules } from './split.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
compileLocales(dir);
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
placeSplitModules(dir, join(process.env.CARGO_TARGET_DIR ?? 'target', 'wasm-split'));
const index = join(dir, 'index.html');
const { sw, html } = serviceWorkerFor(readdirSync(dir), readFileSync(index, 'utf8'));
writeFileSync(join(dir, 'sw.js'), sw);
writeFileSync(index, applyCsp(compactPage(preloadsFirst(deferIcon(html)))));
precompress(dir);
