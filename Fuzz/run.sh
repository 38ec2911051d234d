#!/bin/sh
# Fuzzes the whole pipeline (decode as text/HTML/JSON Lines/gzip, the default pipeline, the record encoder)
# from raw bytes with libFuzzer. Usage:
#   Fuzz/run.sh [SECONDS | -runs=N] [more libFuzzer flags...]     (default: 600 seconds)
# Builds Fuzz/ (its own package; the root package's build and tests never need libFuzzer) in release
# mode with -sanitize=fuzzer, copies a seed corpus to a temporary folder (Corpus/raw, and the dev sets
# ../shared/devset/docs and ../shared/html-dev/pages when present; nothing is copied into the repo), and
# runs one fuzzing process (MAX_LEN=4096 for more executions per second; default 65536). Crashers are written to Fuzz/crashes/ (git-ignored): minimise one with
#   Fuzz/.build/release/QingxiFuzz -minimize_crash=1 -runs=10000 Fuzz/crashes/crash-…
# then fix the cause and add the input as a regression test under Tests/ that runs the pipeline over it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
limit=${1:-600}
[ $# -gt 0 ] && shift
case "$limit" in
  -runs=*) budget="$limit" ;;
  *) budget="-max_total_time=$limit" ;;
esac
(cd "$here" && swift build -c release -Xswiftc -sanitize=fuzzer)
bin="$here/.build/release/QingxiFuzz"
corpus=$(mktemp -d "${TMPDIR:-/tmp}/qingxi-fuzz-corpus.XXXXXX")
trap 'rm -rf "$corpus"' EXIT
for seeds in "$root/Corpus/raw" "$root/../shared/devset/docs" "$root/../shared/html-dev/pages"; do
  [ -d "$seeds" ] && cp "$seeds"/* "$corpus"/ 2>/dev/null || true
done
mkdir -p "$here/crashes"
"$bin" "$corpus" -max_len="${MAX_LEN:-65536}" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$here/crashes/" "$budget" "$@"
