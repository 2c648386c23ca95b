"""Guards for the entity gold set: it must stay in sync with its sources and the seeds.

The recognizer is scored against tests/data/gold_entities.jsonl, so a stale or malformed
gold file would silently corrupt every precision/recall figure; these checks are cheap.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BUILD_PATH = Path(__file__).resolve().parent / "build.py"


def load_builder() -> ModuleType:
    """Import build.py by path (a bare ``import build`` could pick up the PyPI package)."""
    spec = importlib.util.spec_from_file_location("postil_gold_build", BUILD_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while decorating
    spec.loader.exec_module(module)
    return module


builder = load_builder()


def test_jsonl_is_rebuilt_from_current_sources() -> None:
    expected = builder.render(builder.build_records())
    assert builder.OUTPUT.read_text(encoding="utf-8") == expected, "run tests/data/gold/build.py"


def test_one_record_per_seed_with_exact_text() -> None:
    lines = builder.OUTPUT.read_text(encoding="utf-8").splitlines()
    seeds = sorted(builder.SEEDS_DIR.glob("*.txt"))
    assert [json.loads(line)["id"] for line in lines] == [seed.stem for seed in seeds]
    for line, seed in zip(lines, seeds, strict=True):
        assert json.loads(line)["text"] == builder.read_seed(seed)


def test_spans_sorted_disjoint_and_labelled() -> None:
    for line in builder.OUTPUT.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        spans = record["entities"]
        assert spans == sorted(spans)
        for start, end, label in spans:
            assert 0 <= start < end <= len(record["text"])
            assert label in builder.LABELS
        for (_, end1, _), (start2, _, _) in itertools.pairwise(spans):
            assert end1 <= start2


def test_unlabelled_repeat_of_a_labelled_surface_is_rejected() -> None:
    text = "TikTok met TikTok."
    spans, skipped = builder.locate(text, [builder.Mention("TikTok", "ORG", "", 1)], "t")
    with pytest.raises(builder.GoldError, match="unlabelled 'TikTok' at 11"):
        builder.check_complete(text, spans, skipped, "t")


def test_explicit_skip_makes_the_repeat_a_recorded_decision() -> None:
    text = "TikTok met TikTok."
    mentions = [builder.Mention("TikTok", "ORG", "", 1), builder.Mention("TikTok", "-", "", 2)]
    spans, skipped = builder.locate(text, mentions, "t")
    builder.check_complete(text, spans, skipped, "t")
    assert spans == [[0, 6, "ORG"]] and skipped == {(11, 17)}


def test_missing_surface_is_reported_with_its_line() -> None:
    with pytest.raises(builder.GoldError, match=r"^x\.tsv:7: 'Chinese' not found"):
        builder.locate("China and US", [builder.Mention("Chinese", "NORP", "", 7)], "x.tsv")


def test_word_boundaries_keep_us_out_of_using() -> None:
    assert builder.occurrences("USING US-based US$5", "US") == [6, 15]
