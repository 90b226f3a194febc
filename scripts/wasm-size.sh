#!/usr/bin/env bash
# What each kilobyte of the release wasm is for (`make wasm-size`): builds it the way
# `trunk build --release` does (`. scripts/env.sh release`: cargo, wasm-split-cli into the
# first module and the second of the `split!` functions, wasm-bindgen --target web, wasm-opt -Oz),
# once as shipped and once with its function names kept, then prints the shipped sizes
# (raw, gzip -9, brotli 11) and, with twiggy (`cargo install twiggy`), the largest items of
# the first module and its bytes per crate. Diet changes quote these numbers before and
# after. With WAN_SPLIT=off (or on the Debian fallback), the one module of an unsplit build.
set -euo pipefail
: "${ROOT:?source scripts/env.sh release first}"
cd "$ROOT"
out="$CARGO_TARGET_DIR/wasm-size"
rm -rf "$out" && mkdir -p "$out"
cargo build --release --target wasm32-unknown-unknown --bin wan-i2v
# In the release env this is scripts/split-bin/wasm-bindgen, which splits first (as for
# Trunk) and leaves the second module in $CARGO_TARGET_DIR/wasm-split/.
wasm-bindgen --target web --no-typescript --out-name=wan-i2v --out-dir "$out" \
  "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/wan-i2v.wasm"
if [ "${WAN_SPLIT_BUILD:-off}" = on ]; then
  for chunk in "$CARGO_TARGET_DIR"/wasm-split/split_*.wasm; do
    node --input-type=module -e "import { optimizeSplitModule } from '$ROOT/scripts/split.mjs';
      optimizeSplitModule(process.argv[1], process.argv[2]);" "$chunk" "$out/$(basename "${chunk#*/split_}")"
  done
fi
wasm-opt -Oz --output="$out/shipped.wasm" "$out/wan-i2v_bg.wasm"
wasm-opt -Oz -g --output="$out/named.wasm" "$out/wan-i2v_bg.wasm"
node - "$out" <<'JS'
const { readFileSync } = require('node:fs');
const { gzipSync, brotliCompressSync, constants } = require('node:zlib');
const dir = process.argv[2];
const kib = (n) => (n / 1024).toFixed(1).padStart(7);
for (const f of ['shipped.wasm', ...require('node:fs').readdirSync(dir).filter((f) => /^later.*\.wasm$/.test(f)), 'wan-i2v.js']) {
  const raw = readFileSync(`${dir}/${f}`);
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  console.log(`${f.padEnd(14)} raw ${kib(raw.length)} KiB   gzip -9 ${kib(gzipSync(raw, { level: 9 }).length)} KiB   brotli ${kib(br.length)} KiB`);
}
JS
if ! command -v twiggy >/dev/null; then
  echo "(twiggy not found: cargo install twiggy, for the breakdown)"
  exit 0
fi
twiggy top -n 25 "$out/named.wasm" | grep -v 'names" subsection'
twiggy top -n 1000000 --format csv "$out/named.wasm" >"$out/top.csv"
node - "$out/top.csv" <<'JS'
// Shallow bytes by crate (drop glue, closures' vtable shims and data segments apart).
const rows = require('node:fs').readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1);
const by = new Map();
let total = 0;
for (const row of rows) {
  const m = /^"?(.*?)"?,(\d+),/.exec(row);
  if (!m || /names"+ subsection/.test(m[1])) continue;
  const [name, bytes] = [m[1], Number(m[2])];
  const key = name.startsWith('data segment') ? '(data)'
    : /drop_in_place/.test(name) ? '(drop glue)'
    : /vtable\.shim|^core::ops::function/.test(name) ? '(closures)'
    : /^<T as /.test(name) ? '(blanket impls, <T as …>)'
    : (/^<*(?:&(?:mut )?)?([A-Za-z_][A-Za-z0-9_]*)/.exec(name)?.[1] ?? name);
  by.set(key, (by.get(key) ?? 0) + bytes);
  total += bytes;
}
console.log('\nshallow bytes by crate (names section left out)');
for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 18)) {
  console.log(`${String(v).padStart(8)}  ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
}
console.log(`${String(total).padStart(8)}  total`);
JS
