"""Regression guards on whole texts: the gold-set score and huge mixed-script input."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.entities import recognize

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "gold_entities.jsonl"


@pytest.mark.skipif(not GOLD.exists(), reason="gold set not built yet")
def test_gold_set_f1_targets() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
    from ner_eval import load_gold, prf, score

    counts = score(load_gold(GOLD), recognize)
    total = {"tp": 0, "fp": 0, "fn": 0}
    for c in counts.values():
        for k in total:
            total[k] += c[k]
    assert prf(total["tp"], total["fp"], total["fn"])[2] >= 0.85
    for label in ("PERSON", "ORG", "GPE"):
        c = counts[label]
        assert prf(c["tp"], c["fp"], c["fn"])[2] >= 0.85, label


def test_megabyte_of_mixed_scripts_is_consistent() -> None:
    chunk = (
        "President Emmanuel Macron met Li Qiang in Beijing on Tuesday. 北京欢迎你 🚀🎉 "
        "قال المتحدث Reuters reported a $3.2bn deal, up 4% from 2023.\n"
    )
    text = chunk * (1_000_000 // len(chunk))
    result = recognize(text)  # its speed: tests/benchmarks/bench_big_inputs.py
    per_chunk = len(recognize(chunk))
    assert len(result) == per_chunk * (len(text) // len(chunk))
    last = 0
    for e in result:
        assert last <= e.start < e.end <= len(text)
        last = e.end
