// Trunk post-build hook, release builds only, in order on the staging folder:
// 1. the Content-Security-Policy pinning the inline scripts and style (scripts/csp.mjs);
// 2. .gz and .br beside every file, for hosts that serve them (scripts/precompress.mjs).
// One hook rather than several: Trunk runs the hooks of a stage side by side.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyCsp } from './csp.mjs';
import { precompress } from './precompress.mjs';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR;
const index = join(dir, 'index.html');
writeFileSync(index, applyCsp(readFileSync(index, 'utf8')));
precompress(dir);
