#!/usr/bin/env python3
"""Writes a large input from the seeds in Corpus/raw, for memory and throughput measurements.

  make-input.py jsonl MB OUT   # JSON Lines, the seeds' texts repeated until OUT holds about MB megabytes
  make-input.py text MB OUT    # one plain-text document: the seeds' texts repeated to about MB megabytes
"""
import json
import os
import sys

kind, megabytes, out = sys.argv[1], float(sys.argv[2]), sys.argv[3]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Corpus", "raw")
texts = []
for name in sorted(os.listdir(root)):
    if name.endswith(".txt"):
        with open(os.path.join(root, name), encoding="utf-8") as fh:
            texts.append((name, fh.read()))
target = int(megabytes * 1_000_000)
written = 0
k = 0
with open(out, "w", encoding="utf-8") as fh:
    while written < target:
        name, text = texts[k % len(texts)]
        if kind == "jsonl":
            chunk = json.dumps({"id": f"{name}-{k}", "text": text}, ensure_ascii=False) + "\n"
        else:
            chunk = text + "\n\n"
        fh.write(chunk)
        written += len(chunk.encode("utf-8"))
        k += 1
print(f"{out}: {written} bytes, {k} pieces", file=sys.stderr)
