"""Score the built-in recogniser (or another backend) on the gold set, strict span + label.

Usage::

    python tests/benchmarks/ner_eval.py [--gold tests/data/gold_entities.jsonl]
                                        [--backend builtin|spacy:<pipeline>] [--errors]

Gold labels outside postil's 16 labels (WORK_OF_ART, LANGUAGE) are dropped from both sides,
as the gold README asks of a scorer that only knows a subset.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.entities import LABELS, load_recognizer  # noqa: E402

DEFAULT_GOLD = ROOT / "tests" / "data" / "gold_entities.jsonl"
Span = tuple[int, int, str]


def load_gold(path: Path) -> list[dict]:
    """Records ``{"id", "text", "entities"}``, one per line."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(records: list[dict], recognize, show_errors: bool = False) -> dict[str, Counter]:
    """Per-label true/false positives and false negatives over all records."""
    counts: dict[str, Counter] = {label: Counter() for label in LABELS}
    for rec in records:
        text = rec["text"]
        gold: set[Span] = {(s, e, lab) for s, e, lab in rec["entities"] if lab in LABELS}
        pred: set[Span] = {(x.start, x.end, x.label) for x in recognize(text)}
        for _s, _e, lab in pred & gold:
            counts[lab]["tp"] += 1
        for _s, _e, lab in pred - gold:
            counts[lab]["fp"] += 1
        for _s, _e, lab in gold - pred:
            counts[lab]["fn"] += 1
        if show_errors:
            for s, e, lab in sorted((pred - gold) | (gold - pred)):
                kind = "FP" if (s, e, lab) in pred else "FN"
                ctx = text[max(0, s - 30) : e + 30].replace("\n", "⏎")
                print(f"{rec['id'][:3]} {kind} {lab:9} {text[s:e]!r:40} …{ctx}…")
    return counts


def main(argv: list[str] | None = None) -> int:
    """Print the table; exit 0 (the figures are the result, not a pass/fail)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--backend", default="builtin")
    ap.add_argument("--errors", action="store_true", help="list every false positive/negative")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"no gold set at {args.gold}", file=sys.stderr)
        return 1
    counts = score(load_gold(args.gold), load_recognizer(args.backend), args.errors)
    total = Counter()
    print(f"{'label':10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
    for label in LABELS:
        c = counts[label]
        total.update(c)
        if not (c["tp"] or c["fp"] or c["fn"]):
            continue
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"{label:10} {p:6.3f} {r:6.3f} {f:6.3f} {c['tp'] + c['fn']:5} {c['tp'] + c['fp']:5}")
    p, r, f = prf(total["tp"], total["fp"], total["fn"])
    gold_n, pred_n = total["tp"] + total["fn"], total["tp"] + total["fp"]
    print(f"{'overall':10} {p:6.3f} {r:6.3f} {f:6.3f} {gold_n:5} {pred_n:5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
