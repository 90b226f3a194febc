#!/usr/bin/env bash
# Prints the raw and gzip (-9) size of every file in a dist folder, and the total first load.
set -euo pipefail
dir="${1:-dist}"
printf '%-44s %10s %10s\n' file raw gzip
total_raw=0 total_gz=0
while IFS= read -r f; do
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d\n' "${f#"$dir"/}" "$raw" "$gz"
done < <(find "$dir" -type f | sort)
printf '%-44s %10d %10d\n' total "$total_raw" "$total_gz"
