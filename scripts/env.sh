# shellcheck shell=bash
# Sourced by the Makefile before every step: puts the project's tools on PATH and picks the
# wasm toolchain. `. scripts/env.sh wasm` additionally routes `cargo` to the toolchain that
# can build wasm32 on this machine (see README "Two toolchains").

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
# Outside the clone, so a fresh clone on the same machine (CI) reuses the warm build.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/wan-i2v/target}"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# Which toolchain builds wasm32-unknown-unknown: "rustup" (the target is installed), or
# "debian" (rustc-web + rust-web-src + lld-19, std compiled from source), or "missing".
# WAN_WASM_TOOLCHAIN=debian forces the fallback (to test it where rustup works too).
wasm_toolchain() {
  if [ -n "${WAN_WASM_TOOLCHAIN:-}" ]; then
    echo "$WAN_WASM_TOOLCHAIN"
  elif command -v rustup >/dev/null 2>&1 &&
    rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    echo rustup
  elif [ -x /usr/bin/cargo ] && [ -x /usr/bin/rustc ] && command -v wasm-ld-19 >/dev/null 2>&1 &&
    [ -d "$(/usr/bin/rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
    echo debian
  else
    echo missing
  fi
}

if [ "${1:-}" = wasm ] && [ "$(wasm_toolchain)" = debian ]; then
  export PATH="$ROOT/scripts/debian-cargo:$PATH"
fi

# Clones (and the two toolchains) share the dependencies' builds, but cargo puts each final
# artifact at one path (release/wan-i2v.wasm): a clone whose own build is still fresh would
# pick up another clone's wasm. So when the last build came from another clone or toolchain,
# the binary counts as changed.
mkdir -p "$CARGO_TARGET_DIR"
built_by="$ROOT $(wasm_toolchain)"
if [ "$(cat "$CARGO_TARGET_DIR/.last-clone" 2>/dev/null)" != "$built_by" ]; then
  touch "$ROOT/src/main.rs"
  echo "$built_by" >"$CARGO_TARGET_DIR/.last-clone"
fi
