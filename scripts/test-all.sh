#!/usr/bin/env bash
# `make test`: lint, then the three layers of tests in order, stopping at the first failing one, then one line
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
  echo "$passed passed, $failed failed ($(clock))"
  exit "$1"
}

# Each layer's heading says when it starts (minutes:seconds since `make test` began, setup
# included: WAN_TEST_STARTED is set by the Makefile), so a slow run shows where time went.
started=${WAN_TEST_STARTED:-$(date +%s)}
clock() { local s=$(($(date +%s) - started)); printf '%d:%02d' $((s / 60)) $((s % 60)); }
layer() { printf '\n\033[1m== [%s] %s\033[0m\n' "$(clock)" "$*"; }

layer "1/4 lint (fmt, clippy on the host and on wasm, ESLint) and the import graph"
make --no-print-directory lint 2>&1 | tee "$logs/lint.log"
[ "${PIPESTATUS[0]}" = 0 ] || { echo "lint failed"; finish 1; }

layer "2/4 host unit tests (cargo test -p wan-core) and the fake's and the static server's self-tests"
cargo test -p wan-core 2>&1 | tee "$logs/host.log"
status=${PIPESTATUS[0]}
count_libtest "$logs/host.log"
[ "$status" = 0 ] || finish 1
node --test tests/e2e/fake-runcomfy.selftest.mjs tests/e2e/static-server.selftest.mjs 2>&1 | tee "$logs/selftest.log"
status=${PIPESTATUS[0]}
read -r p f < <(awk '/^# pass / { p = $3 } /^# fail / { f = $3 } END { print p + 0, f + 0 }' "$logs/selftest.log")
passed=$((passed + p)) failed=$((failed + f))
[ "$status" = 0 ] || finish 1

layer "3/4 component tests (wasm-bindgen-test, headless Chromium)"
( . scripts/env.sh wasm && scripts/test-wasm.sh ) 2>&1 | tee "$logs/wasm.log"
status=${PIPESTATUS[0]}
count_libtest "$logs/wasm.log"
[ "$status" = 0 ] || finish 1

layer "4/4 end-to-end (trunk build --release, Playwright, Chromium, fake RunComfy)"
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
