# The two commands: `make serve` and `make test`. Each installs what is missing first.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
ENV := . scripts/env.sh;
WASM_ENV := . scripts/env.sh wasm;
RELEASE_ENV := . scripts/env.sh release;
FAKE_PORT ?= 8787

.PHONY: serve build test test-host test-wasm test-e2e bench wasm-size fake-api screenshots setup setup-test lint fmt clean

## Serve the app with live reload on http://127.0.0.1:8080 (proxy /runcomfy/ → RunComfy).
serve: setup
	$(WASM_ENV) trunk serve --dist .serve-dist

## The release build in dist/ (size profile, wasm-opt -Oz), with the size of every file.
build: setup
	$(RELEASE_ENV) trunk build --release
	scripts/sizes.sh dist

## Every test: host unit tests, wasm component tests in Chromium, end-to-end on the release build.
test:
	export WAN_TEST_STARTED=$$(date +%s); scripts/setup.sh test && scripts/test-all.sh

test-host:
	$(ENV) cargo test -p wan-core

test-wasm: setup-test
	$(WASM_ENV) scripts/test-wasm.sh

test-e2e: setup-test
	$(RELEASE_ENV) trunk build --release
	$(ENV) npx playwright test

## Benchmarks of the release build (sizes, cold load, image check, API requests, first frame),
## with PASS/FAIL budgets; the numbers also go to test-results/bench.json.
bench: build
	$(ENV) node scripts/bench.mjs

## What each kilobyte of the release wasm is for: sizes and twiggy's breakdown by crate.
wasm-size: setup
	$(RELEASE_ENV) scripts/wasm-size.sh

## A fake RunComfy on http://127.0.0.1:$(FAKE_PORT) for manual demos (API base URL in Settings).
fake-api:
	node tests/e2e/fake-runcomfy.mjs --port $(FAKE_PORT)

## Screenshots of the main states for the README (docs/screenshots/).
screenshots: build
	$(ENV) node scripts/screenshots.mjs

setup:
	scripts/setup.sh build

setup-test:
	scripts/setup.sh test

## fmt + clippy on the host (the core, all targets) and on wasm32 (the app), ESLint on the JavaScript, and the
## import graph (no cycle in the core, no service importing a component). Part of `make test`.
lint: setup
	$(ENV) python3 scripts/import_graph.py
	$(ENV) npx eslint .
	$(ENV) cargo fmt --all --check
	# The core on the host (where its tests run); the app, a wasm program, on wasm32 below.
	$(ENV) cargo clippy -p wan-core --all-targets -- -D warnings
	# (the tests among --all-targets cannot be built with the release diet's panic=immediate-abort)
	WAN_WASM_DIET=off $(WASM_ENV) cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	# and the release build's two modules (the `split!` functions, with --cfg wan_split): given
	# to clippy, not in RUSTFLAGS, so only the project's crates are checked again, not every dependency
	WAN_WASM_DIET=off $(WASM_ENV) cargo clippy --target wasm32-unknown-unknown --bin wan-i2v -- --cfg wan_split -D warnings

fmt:
	$(ENV) cargo fmt --all

clean:
	rm -rf dist test-results playwright-report
