// Trunk post-build hook, release builds only: the Content-Security-Policy pinning the inline
// scripts and style (scripts/csp.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyCsp } from './csp.mjs';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const index = join(process.env.TRUNK_STAGING_DIR, 'index.html');
writeFileSync(index, applyCsp(readFileSync(index, 'utf8')));
