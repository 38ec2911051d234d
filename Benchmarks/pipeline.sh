#!/usr/bin/env bash
# Throughput of the default pipeline and of each stage, release build, one core.
#   Benchmarks/pipeline.sh [COPIES] [PIPELINE.yaml]
# Builds Corpus/raw × COPIES (default 300) as one JSON Lines file, runs `qingxi run --timings` pinned to one
# core, and prints MB/s for the whole run, for each stage, for all cleaning stages together and for all
# extraction stages together (stage times are read from the run's summary.json, `stage_seconds`).
# On a shared machine the wall-clock stage times stretch with the load: the last lines repeat the figures
# with every stage time scaled by the run's CPU time over its wall time (user + system, from /usr/bin/time),
# which is what the stages would take alone on the core. Compare binaries by alternating runs.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-300}
pipeline=${2:-Pipelines/default.yaml}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product qingxi >/dev/null
python3 - "$copies" > "$work/input.jsonl" <<'PY'
import json, os, sys
copies = int(sys.argv[1])
import re
# The five seeds (NNN_hash.txt, UTF-8); the web samples in other encodings and HTML are not JSON Lines text.
files = sorted(f for f in os.listdir("Corpus/raw") if re.fullmatch(r"\d{3}_[0-9a-f]+\.txt", f))
for k in range(copies):
    for f in files:
        with open(os.path.join("Corpus/raw", f), encoding="utf-8") as fh:
            print(json.dumps({"id": f"{f}-{k}", "text": fh.read()}, ensure_ascii=False))
PY
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$work/input.jsonl")
pin=""
command -v taskset >/dev/null && pin="taskset -c 0"
timer=""
[ -x /usr/bin/time ] && timer="/usr/bin/time -f %U,%S,%e -o $work/time"
$timer $pin .build/release/qingxi run --timings --jobs 1 --pipeline "$pipeline" "$work/input.jsonl" -o "$work/out.jsonl" 2> "$work/stderr" || true
cat "$work/stderr"
clean_stages=$(.build/release/qingxi stages | sed -n 's/^\([a-z-]*\) (clean)$/\1/p' | tr '\n' ' ')
python3 - "$work/out.summary.json" "$bytes" "$clean_stages" "$work/time" <<'PY'
import json, os, sys
summary = json.load(open(sys.argv[1]))
mb = int(sys.argv[2]) / 1e6
clean = set(sys.argv[3].split())
stages = summary["stage_seconds"]
print(f"whole run: {summary['bytes']/1e6:.1f} MB of input in {summary['seconds']:.3f} s = {summary['mb_per_s']:.1f} MB/s")
cs = sum(v for k, v in stages.items() if k in clean)
total = sum(stages.values())
print(f"text: {mb:.1f} MB")
print(f"all stages: {total:.3f} s = {mb/total:.1f} MB/s" if total else "no timings")
print(f"cleaning stages ({len([k for k in stages if k in clean])}): {cs:.3f} s = {mb/cs:.1f} MB/s" if cs else "no cleaning stages")
extract = [k for k in stages if k.startswith("extract-") or k == "link-cases"]
es = sum(stages[k] for k in extract)
print(f"extraction stages ({len(extract)}, with link-cases): {es:.3f} s = {mb/es:.1f} MB/s" if es else "no extraction stages")
for k in ("split-sentences", "split-words"):
    if k in stages: print(f"{k}: {stages[k]:.3f} s = {mb/stages[k]:.1f} MB/s")
if os.path.exists(sys.argv[4]):
    user, system, wall = map(float, open(sys.argv[4]).read().strip().split(","))
    scale = (user + system) / wall if wall > 0 else 1
    print(f"CPU time {user + system:.2f} s over {wall:.2f} s wall (x{scale:.2f}); scaled to CPU time:")
    if cs: print(f"  cleaning stages: {mb/(cs*scale):.1f} MB/s")
    if es: print(f"  extraction stages: {mb/(es*scale):.1f} MB/s")
    print(f"  whole run: {summary['bytes']/1e6/(user + system):.1f} MB/s")
PY
