"""Guards for the development entity set: in sync with its sources, same format as the gold set.

The recognizer is tuned on tests/data/dev_entities.jsonl (the held-out set stays a check), so a
stale or malformed file, or one that shares an article with another set, must fail here.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import sys
from pathlib import Path
from types import ModuleType

BUILD_PATH = Path(__file__).resolve().parent / "build.py"


def load_builder() -> ModuleType:
    """Import build.py by path (a bare ``import build`` could pick up the PyPI package)."""
    spec = importlib.util.spec_from_file_location("postil_dev_build", BUILD_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


builder = load_builder()


def records() -> list[dict]:
    """The committed JSONL, parsed."""
    return [json.loads(line) for line in builder.OUTPUT.read_text(encoding="utf-8").splitlines()]


def test_jsonl_is_rebuilt_from_current_sources() -> None:
    expected = builder.render(builder.build_records())
    text = builder.OUTPUT.read_text(encoding="utf-8")
    assert text == expected, "run tests/data/dev/build.py"


def test_one_record_per_article_with_exact_text() -> None:
    articles = builder.article_paths()
    assert len(articles) == 17
    assert [r["id"] for r in records()] == [a.stem for a in articles]
    for record, article in zip(records(), articles, strict=True):
        assert record["text"] == builder.gold.read_seed(article)
        assert set(record) == {"id", "text", "entities"}  # exactly the gold record shape


def test_spans_sorted_disjoint_trimmed_and_labelled() -> None:
    for record in records():
        text, spans = record["text"], record["entities"]
        assert spans, record["id"]
        assert spans == sorted(spans)
        for start, end, label in spans:
            assert 0 <= start < end <= len(text)
            assert text[start:end] == text[start:end].strip()
            assert label in builder.LABELS
        for (_, end1, _), (start2, _, _) in itertools.pairwise(spans):
            assert end1 <= start2


def test_articles_are_short_news_length() -> None:
    for record in records():
        assert 200 <= len(record["text"].split()) <= 350, record["id"]


def test_no_article_is_a_seed() -> None:
    seeds = {builder.gold.read_seed(p) for p in builder.gold.SEEDS_DIR.glob("*.txt")}
    assert not seeds & {record["text"] for record in records()}


def test_no_article_is_a_heldout_article() -> None:
    heldout = builder.ROOT / "tests" / "data" / "heldout"
    texts = {builder.gold.read_seed(p) for p in heldout.glob("*.txt")}
    assert not texts & {record["text"] for record in records()}
