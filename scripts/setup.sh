#!/usr/bin/env bash
# Installs whatever is missing to build (and, with `test`, to test) the app. Idempotent: a
# second run checks versions, installs nothing and takes seconds.
#
#   scripts/setup.sh build   Rust host toolchain, a wasm32 toolchain, Trunk, wasm-bindgen-cli,
#                            wasm-opt (npm `binaryen`)
#   scripts/setup.sh test    all of the above, plus Chromium, ChromeDriver and Playwright
#
# Two worlds (README "Two toolchains"): where rustup has or can add wasm32-unknown-unknown,
# that is used; where it cannot download (an offline machine with Debian's mirrors), Debian's
# rustc-web + rust-web-src + lld-19 build std for wasm32 from source.
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

TRUNK_VERSION=0.21.14
# The splitter that matches wasm_split_helpers 0.2 (Leptos 0.8's `wasm_split`).
SPLIT_VERSION=0.2.3
want="${1:-build}"

# Each step says when it starts (seconds since setup began).
say() { printf '\033[1msetup [%ss]:\033[0m %s\n' "$SECONDS" "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif have sudo; then sudo "$@"; else
    echo "setup: need root (or sudo) to run: $*" >&2
    return 1
  fi
}

apt_updated=""
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! have apt-get; then
    echo "setup: please install ${missing[*]} with your system's package manager" >&2
    return 1
  fi
  say "apt-get install ${missing[*]}"
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# --- Rust for the host (unit tests, tools) ------------------------------------------------
if ! have cargo; then
  if have rustup; then rustup default stable; else apt_install cargo rustc; fi
fi

# --- A toolchain that builds wasm32-unknown-unknown --------------------------------------
if [ "$(wasm_toolchain)" != rustup ] && have rustup; then
  timeout 120 rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || true
fi
if [ "$(wasm_toolchain)" = missing ] || [ "${WAN_WASM_TOOLCHAIN:-}" = debian ]; then
  # Also when the fallback is forced (WAN_WASM_TOOLCHAIN=debian) on a machine that lacks it.
  [ "${WAN_WASM_TOOLCHAIN:-}" = debian ] ||
    say "rustup cannot add wasm32 here: using Debian's rustc-web with std built from source"
  apt_install rustc-web cargo-web rust-web-src lld-19
fi
[ "$(wasm_toolchain)" != missing ] || { echo "setup: no wasm32 toolchain could be set up" >&2; exit 1; }
# The wasm is built with its own std (README "Performance"): rustup's toolchain needs std's
# source for that; without it (offline) the build keeps the prebuilt std and is larger.
if [ "$(wasm_toolchain)" = rustup ] && [ ! -d "$(std_source)" ]; then
  say "rustup component add rust-src"
  timeout 300 rustup component add rust-src >/dev/null 2>&1 || say "no rust-src: the wasm keeps the prebuilt std"
fi
# ... and std's own dependencies in cargo's cache, since Trunk builds offline (Trunk.toml):
# a fresh machine has none of them. env.sh builds std only where the key (std_deps_key)
# says they were fetched for this toolchain's std.
std_key=$(std_deps_key || true)
if [ "$(wasm_toolchain)" = rustup ] && [ -n "$std_key" ] &&
  [ "$(cat "$CARGO_TARGET_DIR/.std-deps" 2>/dev/null)" != "$std_key" ]; then
  std_manifest="$(std_source)/Cargo.toml"
  # The manifest of std's workspace uses unstable cargo features, hence RUSTC_BOOTSTRAP.
  if RUSTC_BOOTSTRAP=1 cargo fetch --offline --manifest-path "$std_manifest" >/dev/null 2>&1 ||
    { say "cargo fetch std's dependencies" &&
      RUSTC_BOOTSTRAP=1 timeout 300 cargo fetch --manifest-path "$std_manifest" >/dev/null 2>&1; }; then
    echo "$std_key" >"$CARGO_TARGET_DIR/.std-deps"
  else
    say "std's dependencies could not be fetched: the wasm keeps the prebuilt std"
  fi
fi

# The tools below are built from crates.io (no registry here serves them prebuilt). Their
# own release profiles ask for fat LTO in one codegen unit and full optimisation, which makes
# the fastest binary and the slowest build (a quarter of a fresh machine's `make test`). What
# they do for the build is seconds of work handed mostly to other programs (cargo, wasm-opt),
# so they are built unoptimised, in parallel units: Trunk in 3:00 instead of 4:30 (opt-level 1
# took 5:06), and a release build with it took 20.6 s against 23.1 s with the optimised one.
fast_install() {
  CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=off \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_DEBUG=0 cargo install "$@"
}

# --- Trunk ---------------------------------------------------------------------------------
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "cargo install trunk $TRUNK_VERSION"
  # (Without its update check: the build is offline anyway.)
  fast_install trunk --version "$TRUNK_VERSION" --locked --quiet --no-default-features --features rustls
fi

# --- wasm-bindgen-cli at exactly the version in Cargo.lock ---------------------------------
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wb_version\$"; then
  say "cargo install wasm-bindgen-cli $wb_version"
  # Not --locked: its lock file can pin a crate version the registry no longer serves.
  fast_install wasm-bindgen-cli --version "$wb_version" --quiet --force
fi

# --- wasm-split-cli: the release build's second wasm module (README "Performance") ----------
# (it has no --version: cargo's list of installed crates says which one is there)
if ! cargo install --list 2>/dev/null | grep -qx "wasm_split_cli_support v$SPLIT_VERSION:"; then
  say "cargo install wasm_split_cli_support $SPLIT_VERSION"
  fast_install wasm_split_cli_support --version "$SPLIT_VERSION" --features build-binary --locked --quiet --force
fi

# --- npm: wasm-opt (binaryen), Playwright (no browser download) ----------------------------
if ! have node || ! have npm; then apt_install nodejs npm; fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

# --- Chromium + ChromeDriver for the browser tests -----------------------------------------
if [ "$want" = test ]; then
  if [ -z "${CHROME_BIN:-}" ] && ! have chromium; then apt_install chromium chromium-driver; fi
  if [ -z "${CHROMEDRIVER:-}" ] && ! have chromedriver; then apt_install chromium-driver; fi
  # Japanese and Chinese glyphs (1.6 MB), so the languages' tests measure and screenshots
  # show real text, not empty boxes; without them the tests still run.
  if have fc-list && ! fc-list :lang=ja | grep -q . && have apt-get; then
    apt_install fonts-wqy-microhei || say "no CJK font: Japanese and Chinese show as boxes"
  fi
  # The hosting test runs deploy/nginx-site.conf for real; elsewhere that test is skipped.
  if [ ! -x /usr/sbin/nginx ] && have apt-get; then apt_install nginx-light; fi
  # ... and its brotli_static with the release build's .br copies, where Debian has the
  # module (without it the test checks gzip only).
  if [ -x /usr/sbin/nginx ] && [ ! -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] && have apt-get &&
    apt-cache show libnginx-mod-http-brotli-static >/dev/null 2>&1; then
    apt_install libnginx-mod-http-brotli-static || say "no nginx brotli module: the hosting test checks gzip only"
  fi
fi

say "ready ($(wasm_toolchain) wasm toolchain, $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version | head -1))"
