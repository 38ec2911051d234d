#!/usr/bin/env bash
# Dev-set scores of the default pipeline: builds release, runs it over ../shared/devset/docs and prints
# score.py's figures (noise, keep, entities, cases) as a table.
#   Benchmarks/devset.sh [--explain] [PIPELINE.yaml]
# --explain also lists every miss per page (score.py --explain, on standard error).
set -euo pipefail
cd "$(dirname "$0")/.."
explain=""
if [ "${1:-}" = "--explain" ]; then explain="--explain"; shift; fi
pipeline=${1:-Pipelines/default.yaml}
dev=../shared/devset
if [ ! -d "$dev/docs" ]; then echo "no dev set at $dev (it lives beside the repository, never in it)" >&2; exit 2; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product qingxi >/dev/null
.build/release/qingxi run --pipeline "$pipeline" "$dev/docs" --output "$work/dev.jsonl" 2>/dev/null || true
python3 "$dev/score.py" "$work/dev.jsonl" "$dev/gold" $explain > "$work/score.json"
python3 - "$work/score.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"{'metric':<22}{'score':>8}")
for k in ("noise.pinyin", "noise.other", "keep"):
    print(f"{k:<22}{r.get(k) if r.get(k) is not None else '-':>8}")
print()
print(f"{'entity':<22}{'P':>8}{'R':>8}{'F1':>8}{'gold':>6}")
for k, v in r.items():
    if isinstance(v, dict):
        print(f"{k:<22}{v['p']:>8.3f}{v['r']:>8.3f}{v['f1']:>8.3f}{v['gold']:>6}")
print()
print(f"{'entities_micro_f1':<22}{r['entities_micro_f1']:>8}")
print(f"{'cases_f1':<22}{r['cases_f1']:>8}")
if r.get("missing_docs"):
    print("missing pages:", " ".join(r["missing_docs"]))
PY
