#!/usr/bin/env bash
# Component tests: `wasm-bindgen-test` in headless Chromium through ChromeDriver.
set -euo pipefail
: "${ROOT:?source scripts/env.sh wasm first}"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-60}"
cd "$ROOT"
# The component tests keep std's panics and Debug output, so a failing assertion says why
# (the release diet of scripts/env.sh would abort silently; the shipped build is what the
# end-to-end tests run).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components"
unset CARGO_UNSTABLE_BUILD_STD CARGO_UNSTABLE_BUILD_STD_FEATURES # the Debian wrapper sets its own, which it needs
cargo test --target wasm32-unknown-unknown --test browser "$@"
