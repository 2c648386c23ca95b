"""Fit the weights of the recogniser's scored decisions on the development sets only.

Usage (from the repository root, after changing a feature or the rules before it)::

    python reader/entities/data/fit_weights.py          # rewrite weights.json
    python reader/entities/data/fit_weights.py --check  # print the fit, write nothing

One decision is scored today, ``club`` (class 1): is a lone place name in a sport report the
club (ORG) or the place (GPE)? Examples are the mentions the pipeline labels GPE before that
decision, in the sport reports of the seed gold set, ``tests/data/dev`` and
``tests/data/dev2`` whose gold span is the same and labelled ORG or GPE. The held-out sets
are never read. The model is a logistic regression (L2, batch gradient descent, fixed
iterations: deterministic); its weights are rounded to 0.01 and written with the counts.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from reader.entities.names.pipeline import label_names  # noqa: E402
from reader.entities.names.sport import WEIGHTS, club_features  # noqa: E402

DEV_SETS = ("gold_entities.jsonl", "dev_entities.jsonl", "dev2_entities.jsonl")
L2 = 0.05
STEPS = 2000
RATE = 0.5


def club_examples() -> list[tuple[dict[str, float], int]]:
    """(features, 1 if ORG else 0) for every lone GPE mention of a sport report."""
    out = []
    for name in DEV_SETS:
        path = ROOT / "tests" / "data" / name
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            text = rec["text"]
            art, spans = label_names(text)
            if not art.sport:
                continue
            gold = {(s, e): label for s, e, label in rec["entities"]}
            heads = _heads(text, spans, art.gaz.names)
            for s, e, label in spans:
                if label == "GPE" and " " not in text[s:e] and gold.get((s, e)) in ("ORG", "GPE"):
                    feats = club_features(text, s, e, text[s:e] in heads)
                    out.append((feats, int(gold[(s, e)] == "ORG")))
    return out


def _heads(text: str, spans: list, names: dict[str, str]) -> set[str]:
    from reader.entities.names.sport import _club_heads

    return _club_heads(text, spans, names)


def fit(examples: list[tuple[dict[str, float], int]]) -> dict[str, float]:
    """Logistic regression by batch gradient descent (deterministic)."""
    names = sorted({k for feats, _ in examples for k in feats})
    w = dict.fromkeys(names, 0.0)
    n = len(examples)
    for _ in range(STEPS):
        grad = dict.fromkeys(names, 0.0)
        for feats, y in examples:
            z = sum(w[k] * v for k, v in feats.items())
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            for k, v in feats.items():
                grad[k] += (p - y) * v / n
        for k in names:
            reg = L2 * w[k] if k != "bias" else 0.0
            w[k] -= RATE * (grad[k] + reg)
    return {k: round(v, 2) for k, v in w.items()}


def accuracy(weights: dict[str, float], examples: list[tuple[dict[str, float], int]]) -> float:
    right = sum(
        (sum(weights[k] * v for k, v in feats.items()) > 0) == bool(y) for feats, y in examples
    )
    return right / len(examples) if examples else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="print the fit, write nothing")
    args = ap.parse_args(argv)
    examples = club_examples()
    weights = fit(examples)
    orgs = sum(y for _, y in examples)
    acc = accuracy(weights, examples)
    print(f"club: {len(examples)} examples ({orgs} ORG), training accuracy {acc:.3f}")
    for k, v in weights.items():
        print(f"  {k:24} {v:+.2f}")
    if not args.check:
        data = {
            "club": {
                "about": (
                    "class 1: a lone place name in a sport report names a club (ORG) when the "
                    "score is positive; fitted by data/fit_weights.py on gold, dev and dev2"
                ),
                "examples": len(examples),
                "org_examples": orgs,
                "training_accuracy": round(acc, 3),
                "weights": weights,
            }
        }
        WEIGHTS.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
