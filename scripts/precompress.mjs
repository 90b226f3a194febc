// Release builds: a .gz (gzip -9) and a .br (brotli 11) beside every text and wasm file, for
// hosts that serve precompressed files (nginx gzip_static / brotli_static, see README).
// A copy that would not be smaller is not written. Run by scripts/post-build.mjs.
import { readdirSync, readFileSync, writeFileSync, statSync, utimesSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.md', '.json', '.txt']);

/** Writes the compressed copies; returns [{ file, raw, gzip, brotli }] (null: not written). */
export function precompress(dir) {
  const written = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    // The language files' folder (locales/) too.
    if (statSync(file).isDirectory()) {
      written.push(...precompress(file).map((entry) => ({ ...entry, file: join(name, entry.file) })));
      continue;
    }
    if (!statSync(file).isFile() || !COMPRESSIBLE.has(extname(name).toLowerCase())) continue;
    const raw = readFileSync(file);
    const gz = gzipSync(raw, { level: 9 });
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        [constants.BROTLI_PARAM_MODE]: extname(name) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      },
    });
    const entry = { file: name, raw: raw.length, gzip: null, brotli: null };
    const { mtime } = statSync(file);
    for (const [ext, body, key] of [['.gz', gz, 'gzip'], ['.br', br, 'brotli']]) {
      if (body.length >= raw.length) continue;
      writeFileSync(file + ext, body);
      utimesSync(file + ext, mtime, mtime); // same date as the original (some servers compare)
      entry[key] = body.length;
    }
    written.push(entry);
  }
  return written;
}
