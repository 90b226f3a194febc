#!/usr/bin/env bash
# `make test`: the three layers in order, stopping at the first failing one, then one line
# "N passed, N failed" over every test that ran.
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
logs="$ROOT/test-results"
mkdir -p "$logs"
passed=0 failed=0

# Adds the "N passed; M failed" of every libtest-style summary line in a log.
count_libtest() {
  read -r p f < <(awk '/^test result:/ { for (i = 2; i <= NF; i++) {
      if ($i ~ /^passed;?$/) p += $(i-1); if ($i ~ /^failed;?$/) f += $(i-1) } }
    END { print p + 0, f + 0 }' "$1")
  passed=$((passed + p)) failed=$((failed + f))
}

finish() {
  echo
  echo "$passed passed, $failed failed"
  exit "$1"
}

layer() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

layer "1/3 host unit tests (cargo test -p wan-core)"
cargo test -p wan-core 2>&1 | tee "$logs/host.log"
status=${PIPESTATUS[0]}
count_libtest "$logs/host.log"
[ "$status" = 0 ] || finish 1

layer "2/3 component tests (wasm-bindgen-test, headless Chromium)"
( . scripts/env.sh wasm && scripts/test-wasm.sh ) 2>&1 | tee "$logs/wasm.log"
status=${PIPESTATUS[0]}
count_libtest "$logs/wasm.log"
[ "$status" = 0 ] || finish 1

layer "3/3 end-to-end (trunk build --release, Playwright, Chromium, fake RunComfy)"
( . scripts/env.sh release && trunk build --release ) 2>&1 | tail -n 5
[ "${PIPESTATUS[0]}" = 0 ] || { echo "release build failed"; finish 1; }
rm -f "$logs/e2e.json"
npx playwright test
status=$?
if [ -f "$logs/e2e.json" ]; then
  read -r p f < <(node -e '
    const s = require(process.argv[1]).stats;
    console.log(s.expected + s.flaky, s.unexpected);' "$logs/e2e.json")
  passed=$((passed + p)) failed=$((failed + f))
fi
[ "$status" = 0 ] || finish 1
finish 0
