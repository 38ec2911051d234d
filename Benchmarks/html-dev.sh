#!/usr/bin/env bash
# Main-text extraction from HTML: quality and speed of `qingxi extract-html` on ../shared/html-dev/
# (114 real pages, 81 English, 33 Chinese; gold main text; scorer and anchors' figures in its README).
#
#   bash Benchmarks/html-dev.sh [OUTDIR]
#
# Builds the release binary, extracts every pages/NNN.html (as bytes: the charset is detected) into
# OUTDIR/NNN.txt (default /tmp/qingxi-html-dev), scores with the set's score.py (--subsets), then times
# extraction pinned to one core (taskset -c 1): the best of REPEAT passes, counting only the extraction
# (bytes in, text out; file reading and writing excluded), and prints pages/s and MB/s next to the anchors.
#
# Two configurations: "pipeline" (decode + every cleaning stage of the default pipeline: what `qingxi run`
# puts in `text`) and "boilerplate" (decode + drop-html-boilerplate only).
#
# Environment: SCRATCH=DIR (swift build --scratch-path, default .build), REPEAT=N (default 3),
# HTML_DEV=DIR (default ../shared/html-dev), SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SCRATCH=${SCRATCH:-.build}
REPEAT=${REPEAT:-3}
HTML_DEV=${HTML_DEV:-../shared/html-dev}
OUT=${1:-/tmp/qingxi-html-dev}
if [ -z "${SKIP_BUILD:-}" ]; then
  swift build -c release --product qingxi --scratch-path "$SCRATCH" >&2
fi
bin="$SCRATCH/release/qingxi"
pages=("$HTML_DEV"/pages/*.html)
pin=()
command -v taskset >/dev/null && pin=(taskset -c 1)

speed() { # $@: extra flags → "pages/s MB/s" (best pass)
  local best="" line
  for _ in $(seq "$REPEAT"); do
    line=$("${pin[@]}" "$bin" extract-html "$@" --timing --output-dir "$OUT/timing" "${pages[@]}" 2>&1 >/dev/null | grep '^extract-html:' || true)
    local mbs=${line##*, }; mbs=${mbs% MB/s}
    if [ -z "$best" ] || awk "BEGIN{exit !($mbs > ${best##* })}"; then
      local ps=${line#*s: }; ps=${ps%% pages/s*}
      best="$ps $mbs"
    fi
  done
  echo "$best"
}

rm -rf "$OUT"
mkdir -p "$OUT"
"$bin" extract-html --output-dir "$OUT/pipeline" "${pages[@]}" 2>"$OUT/pipeline.log" || true
"$bin" extract-html --boilerplate-only --output-dir "$OUT/boilerplate" "${pages[@]}" 2>"$OUT/boilerplate.log" || true
python3 "$HTML_DEV/score.py" "$OUT/pipeline" "$OUT/boilerplate" --subsets --json "$OUT/scores.json" >&2
python3 "$HTML_DEV/score.py" "$OUT/pipeline" --per-page "$OUT/per-page.csv" >/dev/null
read -r ps_p mbs_p <<<"$(speed)"
read -r ps_b mbs_b <<<"$(speed --boilerplate-only)"
python3 - "$OUT" "$ps_p" "$mbs_p" "$ps_b" "$mbs_b" <<'PY'
import json, sys
out, ps_p, mbs_p, ps_b, mbs_b = sys.argv[1:]
res = json.load(open(f"{out}/scores.json"))["results"]
print("| system | F1 all | F1 zh | F1 en | P / R all | pageF1 all | empty | pages/s | MB/s (1 core) |")
print("|---|---|---|---|---|---|---|---|---|")
for name, ps, mbs in (("pipeline", ps_p, mbs_p), ("boilerplate", ps_b, mbs_b)):
    d = res[f"{out}/{name}"]
    a = d["all"]
    print(f"| qingxi extract-html ({name}) | {a['f1']:.3f} | {d['zh']['f1']:.3f} | {d['en']['f1']:.3f} | "
          f"{a['precision']:.3f} / {a['recall']:.3f} | {a['mean_page_f1']:.3f} | {a['empty']} | {ps} | {mbs} |")
print("| readability-lxml 0.9 (anchor) | 0.957 | 0.961 | 0.956 | 0.932 / 0.984 | 0.954 | 0 | 16.5 | 2.92 |")
print("| trafilatura 2.3.1 (anchor) | 0.947 | 0.902 | 0.964 | 0.914 / 0.982 | 0.940 | 0 | 32.5 | 5.74 |")
print("| resiliparse 2.0.1 (anchor) | 0.904 | 0.832 | 0.931 | 0.850 / 0.965 | 0.885 | 2 | 247.7 | 43.78 |")
PY
