#!/usr/bin/env bash
# Component tests: `wasm-bindgen-test` in headless Chromium through ChromeDriver.
set -euo pipefail
: "${ROOT:?source scripts/env.sh wasm first}"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-60}"
cd "$ROOT"
cargo test --target wasm32-unknown-unknown --test browser "$@"
