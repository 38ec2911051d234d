#!/usr/bin/env bash
# Peak memory (maximum resident set size) of `qingxi run`, release build, on a ~200 MB JSON Lines file and
# on one ~50 MB plain-text document, both made from Corpus/raw by make-input.py.
#   Benchmarks/memory.sh [JSONL_MB] [TEXT_MB] [BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
jsonl_mb=${1:-200}
text_mb=${2:-50}
bin=${3:-.build/release/qingxi}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ "$bin" = .build/release/qingxi ] && swift build -c release --product qingxi >/dev/null
python3 Benchmarks/make-input.py jsonl "$jsonl_mb" "$work/big.jsonl"
python3 Benchmarks/make-input.py text "$text_mb" "$work/big.txt"
for input in big.jsonl big.txt; do
  /usr/bin/time -v "$bin" run "$work/$input" -o "$work/out-$input.jsonl" 2> "$work/time" >/dev/null || true
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time")
  echo "$input: $(du -m "$work/$input" | cut -f1) MB in, peak RSS $((rss / 1024)) MB, wall $wall"
  rm -f "$work/out-$input.jsonl"
done
