"""Score the built-in recogniser (or another backend) on entity sets, strict span + label.

Usage::

    python tests/benchmarks/ner_eval.py [--gold FILE ...] [--backend builtin|spacy:<pipeline>]
                                        [--compare spacy:en_core_web_sm] [--errors]

``--gold`` may be given several times (default: the seed gold set); the figures are pooled
over all records. Printed: precision, recall and F1 per label and overall, then, when the
records carry a ``section`` field (dev2, heldout2), F1 per section; and the unlabelled span
F1 with the label accuracy on the spans whose boundaries match (boundary errors vs label
errors). With ``--compare`` a second backend is scored on the same text and its F1 printed
beside the first.

Gold labels outside postil's 16 labels (WORK_OF_ART, LANGUAGE) are dropped from both sides,
as the gold README asks of a scorer that only knows a subset.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.entities import LABELS, BackendError, load_recognizer  # noqa: E402

DEFAULT_GOLD = ROOT / "tests" / "data" / "gold_entities.jsonl"
Span = tuple[int, int, str]
Counts = dict[str, Counter]


def load_gold(path: Path) -> list[dict]:
    """Records ``{"id", "text", "entities"[, "section"]}``, one per line."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_record(rec: dict, recognize: Callable, show_errors: bool = False) -> Counts:
    """Per-label true/false positives and false negatives of one record."""
    counts: Counts = {label: Counter() for label in LABELS}
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


def add(total: Counts, counts: Counts) -> None:
    for label, c in counts.items():
        total.setdefault(label, Counter()).update(c)


def score(records: list[dict], recognize: Callable, show_errors: bool = False) -> Counts:
    """Per-label true/false positives and false negatives over all records."""
    total: Counts = {label: Counter() for label in LABELS}
    for rec in records:
        add(total, score_record(rec, recognize, show_errors))
    return total


def overall(counts: Counts) -> tuple[float, float, float]:
    total: Counter = Counter()
    for c in counts.values():
        total.update(c)
    return prf(total["tp"], total["fp"], total["fn"])


def by_section(records: list[dict], recognize: Callable) -> dict[str, Counts]:
    """Counts per section (records without one are left out)."""
    out: dict[str, Counts] = {}
    for rec in records:
        if "section" in rec:
            add(out.setdefault(rec["section"], {}), score_record(rec, recognize))
    return out


def span_figures(records: list[dict], recognize: Callable) -> tuple[float, float]:
    """Unlabelled span F1 and label accuracy on the spans whose boundaries match gold.

    They tell the two kinds of error apart: a low span F1 is boundaries (split, cut short,
    missed), a low label accuracy is the right words given the wrong kind.
    """
    tp = fp = fn = right = 0
    for rec in records:
        gold = {(s, e): lab for s, e, lab in rec["entities"] if lab in LABELS}
        pred = {(x.start, x.end): x.label for x in recognize(rec["text"])}
        both = gold.keys() & pred.keys()
        tp += len(both)
        fp += len(pred) - len(both)
        fn += len(gold) - len(both)
        right += sum(gold[k] == pred[k] for k in both)
    return prf(tp, fp, fn)[2], right / tp if tp else 0.0


def print_labels(counts: Counts, other: Counts | None, other_name: str) -> None:
    head = f"{'label':10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}"
    print(head + (f" {other_name[:14]:>14}" if other is not None else ""))
    for label in LABELS:
        c = counts[label]
        if not (c["tp"] or c["fp"] or c["fn"]):
            continue
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        line = f"{label:10} {p:6.3f} {r:6.3f} {f:6.3f} {c['tp'] + c['fn']:5} {c['tp'] + c['fp']:5}"
        if other is not None:
            o = other[label]
            line += f" {prf(o['tp'], o['fp'], o['fn'])[2]:14.3f}"
        print(line)
    p, r, f = overall(counts)
    gold_n = sum(c["tp"] + c["fn"] for c in counts.values())
    pred_n = sum(c["tp"] + c["fp"] for c in counts.values())
    line = f"{'overall':10} {p:6.3f} {r:6.3f} {f:6.3f} {gold_n:5} {pred_n:5}"
    print(line + (f" {overall(other)[2]:14.3f}" if other is not None else ""))


def print_sections(
    sections: dict[str, Counts], other: dict[str, Counts] | None, other_name: str
) -> None:
    if not sections:
        return
    print()
    head = f"{'section':14} {'P':>6} {'R':>6} {'F1':>6} {'ORG F1':>7}"
    print(head + (f" {other_name[:14]:>14}" if other is not None else ""))
    for name in sorted(sections):
        counts = sections[name]
        p, r, f = overall(counts)
        org = counts.get("ORG", Counter())
        line = (
            f"{name:14} {p:6.3f} {r:6.3f} {f:6.3f} {prf(org['tp'], org['fp'], org['fn'])[2]:7.3f}"
        )
        if other is not None:
            line += f" {overall(other[name])[2]:14.3f}"
        print(line)


def main(argv: list[str] | None = None) -> int:
    """Print the tables; exit 0 (the figures are the result, not a pass/fail)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, action="append", help="JSONL set (repeatable)")
    ap.add_argument("--backend", default="builtin")
    ap.add_argument("--compare", help="a second backend scored on the same text")
    ap.add_argument("--errors", action="store_true", help="list every false positive/negative")
    args = ap.parse_args(argv)
    paths = args.gold or [DEFAULT_GOLD]
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"no gold set at {missing[0]}", file=sys.stderr)
        return 1
    records = [rec for p in paths for rec in load_gold(p)]
    try:
        recognize = load_recognizer(args.backend)
        other_rec = load_recognizer(args.compare) if args.compare else None
    except BackendError as error:
        print(f"ner_eval: {error}", file=sys.stderr)
        return 1
    print(f"{len(records)} articles from {', '.join(p.name for p in paths)}; {args.backend}")
    counts = score(records, recognize, args.errors)
    other = score(records, other_rec) if other_rec else None
    print_labels(counts, other, args.compare or "")
    span_f1, label_acc = span_figures(records, recognize)
    print(f"unlabelled span F1 {span_f1:.3f}, label accuracy on matched spans {label_acc:.3f}")
    sections = by_section(records, recognize)
    other_sections = by_section(records, other_rec) if other_rec else None
    print_sections(sections, other_sections, args.compare or "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
