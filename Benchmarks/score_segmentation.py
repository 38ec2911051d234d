#!/usr/bin/env python3
"""Score a word segmentation against a gold segmentation, SIGHAN style.

    python3 Benchmarks/score_segmentation.py GOLD SYSTEM [--vocab WORDS] [--json] [--strict-lines]

GOLD and SYSTEM are UTF-8 files with one sentence per line and words separated by whitespace (any amount,
ASCII or Unicode; CRLF or LF). Each word becomes a span of character offsets with whitespace removed, and a
system word is correct when the gold has exactly the same span. Precision = correct / system words,
recall = correct / gold words, F1 = their harmonic mean. With --vocab (one word per line, an optional
frequency after a space or tab is ignored) the gold words not in the vocabulary are out-of-vocabulary (OOV)
and their recall is reported separately (so is in-vocabulary recall), as the official SIGHAN scorer does.

Alignment: the two files must have the same number of lines, else it fails (exit 2). Lines are compared after
removing whitespace. A line whose characters differ is tolerated only when a run of adjacent differing lines
has, taken together, exactly the same characters on both sides (characters moved across a line break: the
SIGHAN 2005 MSR gold has 8 such pairs, an opening quote “ at the end of a line in the gold but at the start
of the next in the test input); those lines are scored as one stretch and counted in `shifted_lines`.
Anything else -- a dropped, added or changed character -- fails (exit 2) naming the first line that differs.
--strict-lines makes any differing line fail. Standard library only.
"""
import argparse
import json
import sys


def read_lines(path):
    """Lines of a UTF-8 file, split on \\n only (a trailing \\r is dropped), without the empty last piece."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as err:
        sys.exit(f"score_segmentation: cannot read {path}: {err.strerror}")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        sys.exit(f"score_segmentation: {path} is not valid UTF-8 (byte {err.start})")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def fail(msg):
    print(f"score_segmentation: ERROR: {msg}", file=sys.stderr)
    sys.exit(2)


def spans(words):
    """Words -> set of (start, end) character offsets, counting from 0 over the words' concatenation."""
    out = []
    pos = 0
    for w in words:
        out.append((pos, pos + len(w)))
        pos += len(w)
    return out


def show(s, limit=60):
    return s if len(s) <= limit else s[:limit] + "…"


def first_difference(a, b):
    n = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return n


def score(gold_path, sys_path, vocab_path=None, strict=False):
    gold_lines = read_lines(gold_path)
    sys_lines = read_lines(sys_path)
    if len(gold_lines) != len(sys_lines):
        fail(f"line counts differ: gold {gold_path} has {len(gold_lines)} lines, "
             f"system {sys_path} has {len(sys_lines)}; the system must write one output line per input line")
    vocab = None
    if vocab_path:
        vocab = set()
        for line in read_lines(vocab_path):
            parts = line.split()
            if parts:
                vocab.add(parts[0])

    gold_words = [line.split() for line in gold_lines]
    sys_words = [line.split() for line in sys_lines]

    # Group lines into stretches that align: a single matching line, or a run of adjacent differing lines
    # whose characters, together, match.
    stretches = []  # (first line index, last line index exclusive)
    shifted = 0
    i = 0
    n = len(gold_lines)
    while i < n:
        g = "".join(gold_words[i])
        s = "".join(sys_words[i])
        if g == s:
            stretches.append((i, i + 1))
            i += 1
            continue
        if strict:
            k = first_difference(g, s)
            fail(f"line {i + 1}: characters differ (ignoring whitespace) at character {k}:\n"
                 f"  gold:   {show(g[k:])}\n  system: {show(s[k:])}")
        j = i + 1
        while True:
            if g == s:
                break
            if j >= n or len(g) - len(s) > 10000 or len(s) - len(g) > 10000 or j - i > 20:
                k = first_difference(g, s)
                fail(f"line {i + 1}: characters differ from the gold (ignoring whitespace) and the difference is "
                     f"not a shift across a line break (checked lines {i + 1}-{j}); first difference at "
                     f"character {k} of line {i + 1}:\n  gold:   {show(g[k:])}\n  system: {show(s[k:])}")
            g += "".join(gold_words[j])
            s += "".join(sys_words[j])
            j += 1
        stretches.append((i, j))
        shifted += j - i
        i = j

    total_gold = total_sys = correct = 0
    oov_gold = oov_correct = iv_gold = iv_correct = 0
    for a, b in stretches:
        gw = [w for line in gold_words[a:b] for w in line]
        sw = [w for line in sys_words[a:b] for w in line]
        gs = spans(gw)
        ss = set(spans(sw))
        total_gold += len(gs)
        total_sys += len(ss)
        for w, sp in zip(gw, gs):
            hit = sp in ss
            correct += hit
            if vocab is not None:
                if w in vocab:
                    iv_gold += 1
                    iv_correct += hit
                else:
                    oov_gold += 1
                    oov_correct += hit

    p = correct / total_sys if total_sys else 0.0
    r = correct / total_gold if total_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    result = {
        "gold": gold_path,
        "system": sys_path,
        "lines": n,
        "shifted_lines": shifted,
        "gold_words": total_gold,
        "system_words": total_sys,
        "correct": correct,
        "precision": p,
        "recall": r,
        "f1": f,
    }
    if vocab is not None:
        result.update({
            "oov_words": oov_gold,
            "oov_rate": oov_gold / total_gold if total_gold else 0.0,
            "oov_recall": oov_correct / oov_gold if oov_gold else None,
            "iv_recall": iv_correct / iv_gold if iv_gold else None,
        })
    return result


def main():
    ap = argparse.ArgumentParser(description="SIGHAN-style word segmentation scorer (precision/recall/F1 "
                                             "over character-offset word spans).")
    ap.add_argument("gold", help="gold segmentation, one sentence per line, words separated by whitespace")
    ap.add_argument("system", help="system segmentation, same lines")
    ap.add_argument("--vocab", help="training word list (one word per line) for OOV/IV recall")
    ap.add_argument("--json", action="store_true", help="print the result as one JSON object")
    ap.add_argument("--strict-lines", action="store_true",
                    help="fail on any line whose characters differ, even a shift across a line break")
    args = ap.parse_args()
    res = score(args.gold, args.system, args.vocab, args.strict_lines)
    if args.json:
        print(json.dumps(res, ensure_ascii=False))
        return
    print(f"lines:        {res['lines']}" + (f" ({res['shifted_lines']} scored across a shifted line break)"
                                              if res["shifted_lines"] else ""))
    print(f"gold words:   {res['gold_words']}")
    print(f"system words: {res['system_words']}")
    print(f"correct:      {res['correct']}")
    print(f"precision:    {res['precision']:.4f}")
    print(f"recall:       {res['recall']:.4f}")
    print(f"F1:           {res['f1']:.4f}")
    if "oov_words" in res:
        fmt = lambda x: "n/a" if x is None else f"{x:.4f}"
        print(f"OOV rate:     {res['oov_rate']:.4f} ({res['oov_words']} gold words not in the vocabulary)")
        print(f"OOV recall:   {fmt(res['oov_recall'])}")
        print(f"IV recall:    {fmt(res['iv_recall'])}")


if __name__ == "__main__":
    main()
