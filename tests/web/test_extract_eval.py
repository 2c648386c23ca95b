"""Quality floor: postil's extraction over the evaluation pages (tests/web/pages).

The same scoring as ``tests/benchmarks/extract_eval.py`` (word-4-gram F1 against the expected
article text); the issue's target is F1 >= 0.96 overall. A floor, not a timing.
"""

from __future__ import annotations

from tests.benchmarks.extract_eval import (
    FIELDS,
    evaluate,
    load_cases,
    metadata_accuracy,
    metadata_postil,
    overall,
    score,
)

CASES = load_cases()


def test_the_evaluation_set_is_the_documented_size() -> None:
    assert len(CASES) >= 32


def test_postil_f1_over_the_set_is_at_least_0_96() -> None:
    scores = evaluate("postil", CASES)
    total, macro = overall(scores)
    worst = min(scores.items(), key=lambda item: item[1].f1)
    assert total.f1 >= 0.96, f"micro F1 {total.f1:.3f}; worst page {worst[0]} {worst[1].f1:.3f}"
    assert macro >= 0.96


def test_metadata_is_mostly_right() -> None:
    right, misses = metadata_accuracy(CASES, metadata_postil)
    for field in FIELDS:
        assert right[field] >= 0.9 * len(CASES), (field, misses)


def test_the_score_can_fail() -> None:
    """The scorer itself: a wrong text scores low, the right one 1."""
    case = CASES[0]
    assert score(case.expected, case.expected).f1 == 1.0
    assert score("Home News Sport Weather " * 50, case.expected).f1 < 0.05
