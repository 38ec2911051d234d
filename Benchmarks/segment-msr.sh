#!/usr/bin/env bash
# Word segmentation accuracy and speed of `qingxi segment` and of jieba on the SIGHAN 2005 MSR test set.
#
#   bash Benchmarks/segment-msr.sh
#
# Reads ../shared/peers/sighan2005-msr/ beside the repo (never copied into it): msr_test.utf8 (raw input, one
# sentence per line), msr_test_gold.utf8 (gold words) and msr_training_words.utf8 (training vocabulary).
# Builds the release binary, segments the test set pinned to one core (taskset -c 0) without and with the
# training vocabulary as user dictionary, does the same with jieba (pinned PyPI version, HMM on, default
# mode) in a throwaway virtualenv, scores every output with Benchmarks/score_segmentation.py (precision,
# recall, F1 over word spans; OOV recall) and prints a table, then the same table as Markdown.
#
# Timing: the best of REPEAT runs. For qingxi, "seg s" is the wall time over the whole file minus the wall time
# of the same command on empty input ("load s": process start and dictionary load). For jieba, "seg s" is timed
# inside Python around the jieba.cut loop only; "load s" is import + jieba.initialize() (cold, no cache) plus
# jieba.load_userdict when used. MB/s = input bytes (msr_test.utf8 as UTF-8, 560,226) / seg s.
#
# Environment:
#   SCRATCH=DIR      swift build --scratch-path (default .build)
#   REPEAT=N         timed runs per configuration, best taken (default 3)
#   MSR_DIR=DIR      the data (default ../shared/peers/sighan2005-msr relative to the repo)
#   OUT_DIR=DIR      also keep the segmentations and scores there (default: only in a temp dir, removed)
#   SKIP_QINGXI=1    jieba only (no swift build)
# Progress goes to standard error, the tables to standard output.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$(pwd)

JIEBA_VERSION=0.42.1
SCRATCH=${SCRATCH:-.build}
REPEAT=${REPEAT:-3}
MSR_DIR=${MSR_DIR:-$repo/../shared/peers/sighan2005-msr}
SKIP_QINGXI=${SKIP_QINGXI:-0}
OUT_DIR=${OUT_DIR:-}

say() { printf '%s\n' "segment-msr: $*" >&2; }
die() { printf '%s\n' "segment-msr: ERROR: $*" >&2; exit 1; }

[[ "$REPEAT" =~ ^[1-9][0-9]*$ ]] || die "REPEAT must be a positive integer, got '$REPEAT'"

# --- the data -------------------------------------------------------------------------------------------------
if [ ! -d "$MSR_DIR" ]; then
  die "the SIGHAN 2005 MSR data is not there: looked in $MSR_DIR
  (expected ../shared/peers/sighan2005-msr/ beside the repo at $repo, or set MSR_DIR=DIR)"
fi
MSR_DIR=$(cd "$MSR_DIR" && pwd)
test_file=$MSR_DIR/msr_test.utf8
gold_file=$MSR_DIR/msr_test_gold.utf8
words_file=$MSR_DIR/msr_training_words.utf8
for f in "$test_file" "$gold_file" "$words_file"; do
  [ -r "$f" ] || die "missing or unreadable: $f (the MSR folder must hold msr_test.utf8, msr_test_gold.utf8, msr_training_words.utf8)"
done
scorer=$repo/Benchmarks/score_segmentation.py
[ -r "$scorer" ] || die "missing $scorer"

# --- tools ----------------------------------------------------------------------------------------------------
command -v python3 >/dev/null 2>&1 || die "python3 is needed (apt-get install python3 python3-venv)"
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  # A fresh Debian machine lacks python3-venv; install it when we may (as .ci/run does for the libraries).
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing python3-venv"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >&2
  fi
fi
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  die "python3's venv module is missing or incomplete (no ensurepip): apt-get install python3-venv"
fi
pin=()
if command -v taskset >/dev/null 2>&1 && taskset -c 0 true 2>/dev/null; then
  pin=(taskset -c 0)
else
  say "WARNING: taskset not available (apt-get install util-linux); runs are NOT pinned to one core"
fi
if [ "$SKIP_QINGXI" != 1 ]; then
  if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
    export PATH=/opt/swift/usr/bin:$PATH
  fi
  command -v swift >/dev/null 2>&1 || die "swift is not on PATH (needed to build qingxi; SKIP_QINGXI=1 runs jieba only)"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/segment-msr.XXXXXX")
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
results=$work/results.jsonl
: > "$results"
input_bytes=$(wc -c < "$test_file" | tr -d ' ')

# Wall seconds of one command run ("$@"), stdin from $1-th arg, stdout to the 2nd: time_run IN OUT CMD...
now() { if [ -n "${EPOCHREALTIME:-}" ]; then printf '%s' "${EPOCHREALTIME/,/.}"; else date +%s.%N; fi; }
time_run() {
  local in=$1 out=$2 start end
  shift 2
  start=$(now)
  "$@" < "$in" > "$out"
  end=$(now)
  python3 -c 'import sys; print(f"{float(sys.argv[2]) - float(sys.argv[1]):.6f}")' "$start" "$end"
}
best_of() { python3 -c 'import sys; print(min(float(x) for x in sys.argv[1:]))' "$@"; }

# score SYSTEM DICT OUTFILE SEG_S LOAD_S [NOTE]: appends one JSON line to $results
score() {
  local system=$1 dict=$2 out=$3 seg=$4 load=$5 note=${6:-}
  local js
  if ! js=$(python3 "$scorer" "$gold_file" "$out" --vocab "$words_file" --json); then
    die "scoring $system ($dict) failed; see the message above (output: $out)"
  fi
  python3 - "$js" "$system" "$dict" "$seg" "$load" "$input_bytes" "$note" >> "$results" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
r.update(system=sys.argv[2], dict=sys.argv[3], seg_s=float(sys.argv[4]), load_s=float(sys.argv[5]),
         input_bytes=int(sys.argv[6]), note=sys.argv[7])
print(json.dumps(r, ensure_ascii=False))
PY
  python3 - "$js" >&2 <<'PY'
import json, sys
r = json.loads(sys.argv[1])
print(f"    P {r['precision']:.4f}  R {r['recall']:.4f}  F1 {r['f1']:.4f}  OOV R {r['oov_recall']:.4f}"
      f"  ({r['system_words']} words, {r['shifted_lines']} lines scored across a shifted line break)")
PY
}

# --- the user dictionary --------------------------------------------------------------------------------------
# qingxi --user-dict takes one word per line with an optional frequency after a space or tab. The MSR list is
# one word per line (LF, no BOM, no frequencies): used as is; anything else is normalized into a temp file.
user_dict=$words_file
if ! python3 - "$words_file" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
ok = not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data and b"\n\n" not in data
ok = ok and all(len(l.split()) == 1 for l in data.decode("utf-8").splitlines())
sys.exit(0 if ok else 1)
PY
then
  say "msr_training_words.utf8 is not plain one-word-per-line: normalizing into a temp file"
  user_dict=$work/msr_words.txt
  python3 - "$words_file" "$user_dict" <<'PY'
import sys
seen = set()
with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as out:
    for line in open(sys.argv[1], encoding="utf-8-sig"):
        parts = line.split()
        if parts and parts[0] not in seen:
            seen.add(parts[0])
            out.write(parts[0] + "\n")
PY
fi
say "data: $MSR_DIR ($input_bytes bytes of input, $(wc -l < "$test_file" | tr -d ' ') lines; vocabulary $(wc -l < "$user_dict" | tr -d ' ') words)"

# --- qingxi ---------------------------------------------------------------------------------------------------
if [ "$SKIP_QINGXI" != 1 ]; then
  say "building: swift build -c release --product qingxi --scratch-path $SCRATCH"
  swift build -c release --product qingxi --scratch-path "$SCRATCH" >&2 || die "swift build failed"
  bin=$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/qingxi
  [ -x "$bin" ] || die "built, but no binary at $bin"
  if ! "$bin" segment --help >/dev/null 2>&1; then
    die "$bin has no 'segment' subcommand (qingxi segment [--user-dict FILE] [FILE ...]); SKIP_QINGXI=1 runs jieba only"
  fi
  empty=$work/empty.txt
  : > "$empty"
  for mode in none msr; do
    args=(segment)
    dict_label="none (built-in)"
    if [ "$mode" = msr ]; then args+=(--user-dict "$user_dict"); dict_label="+ MSR training words"; fi
    say "qingxi ${args[*]} < msr_test.utf8  (best of $REPEAT, ${pin[*]:-unpinned})"
    totals=(); loads=()
    for ((i = 0; i < REPEAT; i++)); do
      loads+=("$(time_run "$empty" "$work/empty.out" "${pin[@]}" "$bin" "${args[@]}")")
      totals+=("$(time_run "$test_file" "$work/qingxi-$mode.txt" "${pin[@]}" "$bin" "${args[@]}")")
    done
    [ ! -s "$work/empty.out" ] || say "WARNING: qingxi segment wrote output for empty input"
    total=$(best_of "${totals[@]}"); load=$(best_of "${loads[@]}")
    seg=$(python3 -c 'import sys; print(max(float(sys.argv[1]) - float(sys.argv[2]), 1e-6))' "$total" "$load")
    say "    total ${total}s, empty input ${load}s -> segmentation ${seg}s"
    score qingxi "$dict_label" "$work/qingxi-$mode.txt" "$seg" "$load" "total ${total}s"
  done
fi

# --- jieba ----------------------------------------------------------------------------------------------------
say "virtualenv + pip install jieba==$JIEBA_VERSION (PyPI)"
python3 -m venv "$work/venv" >&2 || die "python3 -m venv failed; on Debian/Ubuntu: apt-get install python3-venv"
vpy=$work/venv/bin/python
"$vpy" -m pip install --disable-pip-version-check --no-input -q "jieba==$JIEBA_VERSION" >&2 \
  || die "pip install jieba==$JIEBA_VERSION failed (needs PyPI)"

cat > "$work/run_jieba.py" <<'PY'
"""run_jieba.py INPUT OUTPUT USERDICT|'' REPEAT CACHEDIR -> JSON {load_s, userdict_s, seg_s} on stdout."""
import json, sys, time
inp, out, udict, repeat, cache = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
t0 = time.perf_counter()
import jieba
jieba.setLogLevel(60)
jieba.dt.tmp_dir = cache          # fresh dir: a cold load, no cache from an earlier run
jieba.initialize()
t1 = time.perf_counter()
if udict:
    jieba.load_userdict(udict)
t2 = time.perf_counter()
with open(inp, "rb") as fh:
    text = fh.read().decode("utf-8")
lines = text.split("\n")
if lines and lines[-1] == "":
    lines.pop()
lines = [l[:-1] if l.endswith("\r") else l for l in lines]
best = None
for _ in range(repeat):
    start = time.perf_counter()
    res = [" ".join(w for w in jieba.cut(l, HMM=True) if w.strip()) for l in lines]
    took = time.perf_counter() - start
    best = took if best is None else min(best, took)
with open(out, "w", encoding="utf-8", newline="\n") as fh:
    for r in res:
        fh.write(r + "\n")
print(json.dumps({"load_s": t1 - t0, "userdict_s": t2 - t1, "seg_s": best}))
PY

# jieba's user dictionary: `word freq` lines. A bare word makes load_userdict pick the frequency with
# suggest_freq (the smallest that keeps the word whole, never less than jieba's own); we compute exactly that
# here, once, so the file has explicit frequencies and the timed load is only reading it.
say "jieba user dictionary: MSR words with jieba.suggest_freq frequencies"
mkdir -p "$work/jieba-cache-prep"
"$vpy" - "$user_dict" "$work/jieba_userdict.txt" "$work/jieba-cache-prep" <<'PY'
import sys
import jieba
jieba.setLogLevel(60)
jieba.dt.tmp_dir = sys.argv[3]
jieba.initialize()
with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        parts = line.split()
        if parts:
            w = parts[0]
            freq = jieba.suggest_freq(w, tune=False)
            jieba.add_word(w, freq)   # as load_userdict would, so later suggestions see it
            out.write(f"{w} {freq}\n")
PY

for mode in none msr; do
  udict=""
  dict_label="none (built-in)"
  if [ "$mode" = msr ]; then udict=$work/jieba_userdict.txt; dict_label="+ MSR training words"; fi
  say "jieba $JIEBA_VERSION cut(HMM=True) ${udict:+with load_userdict }(best of $REPEAT, ${pin[*]:-unpinned})"
  cache=$work/jieba-cache-$mode
  mkdir -p "$cache"
  js=$("${pin[@]}" "$vpy" "$work/run_jieba.py" "$test_file" "$work/jieba-$mode.txt" "$udict" "$REPEAT" "$cache") \
    || die "jieba run failed"
  read -r seg load <<< "$(python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print(r["seg_s"], r["load_s"] + r["userdict_s"])' "$js")"
  say "    $js"
  score "jieba $JIEBA_VERSION" "$dict_label" "$work/jieba-$mode.txt" "$seg" "$load" "$js"
done

# --- tables ---------------------------------------------------------------------------------------------------
if [ -n "$OUT_DIR" ]; then
  mkdir -p "$OUT_DIR"
  cp "$work"/qingxi-*.txt "$work"/jieba-*.txt "$results" "$OUT_DIR"/ 2>/dev/null || true
  say "segmentations and results.jsonl kept in $OUT_DIR"
fi

python3 - "$results" "$REPEAT" "${pin[*]:-unpinned}" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
head = ["system", "dict", "P", "R", "F1", "OOV R", "MB/s", "seg s", "load s"]
def cells(r):
    return [r["system"], r["dict"], f"{r['precision']:.4f}", f"{r['recall']:.4f}", f"{r['f1']:.4f}",
            f"{r['oov_recall']:.4f}", f"{r['input_bytes'] / 1e6 / r['seg_s']:.2f}", f"{r['seg_s']:.3f}",
            f"{r['load_s']:.3f}"]
table = [cells(r) for r in rows]
w = [max(len(h), *(len(c[i]) for c in table)) if table else len(h) for i, h in enumerate(head)]
def line(cs):
    return "  ".join(c.ljust(w[i]) if i < 2 else c.rjust(w[i]) for i, c in enumerate(cs))
r0 = rows[0] if rows else {}
print()
print(f"SIGHAN 2005 MSR test: {r0.get('lines', '?')} lines, {r0.get('input_bytes', 0):,} bytes, "
      f"{r0.get('gold_words', '?')} gold words, OOV rate {r0.get('oov_rate', 0):.4f}; "
      f"best of {sys.argv[2]}, {sys.argv[3]}")
print(line(head))
print(line(["-" * n for n in w]))
for c in table:
    print(line(c))
print()
print("| " + " | ".join(head) + " |")
print("|" + "|".join(["---", "---"] + ["---:"] * (len(head) - 2)) + "|")
for c in table:
    print("| " + " | ".join(c) + " |")
PY
