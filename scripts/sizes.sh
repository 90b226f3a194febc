#!/usr/bin/env bash
# Prints the raw, gzip (-9) and brotli size of every file in a dist folder, and the total
# first load. The brotli column is the build's own .br (scripts/precompress.mjs), if any.
set -euo pipefail
dir="${1:-dist}"
printf '%-44s %10s %10s %10s\n' file raw gzip brotli
total_raw=0 total_gz=0 total_br=0
while IFS= read -r f; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  if [ -f "$f.br" ]; then br=$(wc -c <"$f.br"); else br=$raw; fi
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
  printf '%-44s %10d %10d %10d\n' "${f#"$dir"/}" "$raw" "$gz" "$br"
done < <(find "$dir" -type f ! -name '*.gz' ! -name '*.br' | sort)
printf '%-44s %10d %10d %10d\n' total "$total_raw" "$total_gz" "$total_br"
