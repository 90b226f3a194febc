# shellcheck shell=bash
# Sourced by the Makefile before every step: puts the project's tools on PATH and picks the
# wasm toolchain. `. scripts/env.sh wasm` additionally routes `cargo` to the toolchain that
# can build wasm32 on this machine (see docs/building.md, "Two toolchains"); `. scripts/env.sh release`
# does the same for `trunk build --release`, which also splits the wasm in two (below).

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

# Where the rustup toolchain keeps std's source (`rustup component add rust-src`).
std_source() {
  echo "$(rustc --print sysroot 2>/dev/null)/lib/rustlib/src/rust/library"
}

# What std's own build needs in cargo's cache: its source and its lock file (a new toolchain
# brings new dependencies). scripts/setup.sh writes this key to $CARGO_TARGET_DIR/.std-deps
# once it has fetched them.
std_deps_key() {
  local source
  source=$(std_source)
  [ -f "$source/Cargo.lock" ] && echo "$source $(cksum <"$source/Cargo.lock")"
}

case "${1:-}" in wasm | release) wasm_build=1 ;; *) wasm_build= ;; esac
# Asked once here (it asks rustup); scripts/setup.sh asks again after installing.
toolchain=$(wasm_toolchain)

if [ -n "$wasm_build" ] && [ "$toolchain" = debian ]; then
  export PATH="$ROOT/scripts/debian-cargo:$PATH"
fi

# The wasm's diet (docs/building.md, step 3): std is compiled with the app, with panics that
# abort at once (no message: the app installs no panic hook, so there never was one), no
# source locations and no Debug output in the binary: -8 % gzip. These are unstable
# options, hence RUSTC_BOOTSTRAP, as the Debian toolchain needs anyway. Trunk (so the
# end-to-end tests run what ships) and clippy get them; the component tests keep std's
# panic messages (scripts/test-wasm.sh). WAN_WASM_DIET=off, or a rustup toolchain without
# rust-src or without std's dependencies in cargo's cache (scripts/setup.sh fetches them and
# leaves the key read here), builds with the prebuilt std; the Debian fallback (measured
# nowhere yet) keeps its own build of std without these options.
if [ -n "$wasm_build" ] && [ "${WAN_WASM_DIET:-on}" != off ] && [ "$toolchain" = rustup ] &&
  std_key=$(std_deps_key) && [ "$(cat "$CARGO_TARGET_DIR/.std-deps" 2>/dev/null)" = "$std_key" ]; then
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
  # std's own choice of smaller code over faster (its sorts, its formatting): the second
  # module 433.3 → 419.4 KiB gzip, the first 143.0 → 142.3 (`make wasm-size`). In place of
  # the default features, which are for unwinding and backtraces, neither kept here.
  export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
  # Replaces the rustflags of .cargo/config.toml for wasm32, so it repeats erase_components.
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
fi

# The release build in two wasm modules (docs/building.md, step 5): what the first screen does
# not need (the functions marked `split!`, src/split.rs) goes into a second one, fetched once the app has mounted. The
# linker keeps its relocations for wasm-split-cli, which scripts/split-bin/wasm-bindgen runs
# before the real wasm-bindgen when Trunk calls it; scripts/split.mjs places the second
# module. WAN_SPLIT=off builds one module, as `trunk serve` and the component tests do, and
# so does the Debian fallback (its older linker and std are untried with the splitter, like
# the diet above). WAN_SPLIT_BUILD tells the end-to-end tests which kind of release it is.
if [ "${WAN_SPLIT:-on}" != off ] && [ "$toolchain" = rustup ]; then
  export WAN_SPLIT_BUILD=on
else
  export WAN_SPLIT_BUILD=off
fi
if [ "${1:-}" = release ] && [ "$WAN_SPLIT_BUILD" = on ]; then
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:---cfg erase_components} --cfg wan_split -Clink-arg=--emit-relocs"
  export PATH="$ROOT/scripts/split-bin:$PATH"
fi

# Clones (and the two toolchains) share the dependencies' builds, but cargo puts each final
# artifact at one path (release/wan-i2v.wasm): a clone whose own build is still fresh would
# pick up another clone's wasm. So when the last build came from another clone or toolchain,
# the binary counts as changed, and so does wan-core's build script (the messages it makes
# from locales/en.ftl: cargo shares a path crate's build between clones).
mkdir -p "$CARGO_TARGET_DIR"
built_by="$ROOT $toolchain"
if [ "$(cat "$CARGO_TARGET_DIR/.last-clone" 2>/dev/null)" != "$built_by" ]; then
  touch "$ROOT/src/main.rs" "$ROOT/core/build.rs"
  echo "$built_by" >"$CARGO_TARGET_DIR/.last-clone"
fi
