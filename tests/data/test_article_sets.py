"""Guards for the held-out and development entity sets: in sync with their sources, the gold
record format, and apart from each other and from the seeds.

Figures on the held-out set are the project's evidence that the recognizer generalises beyond
what it was tuned on, so a stale, malformed or overlapping set must fail here.
"""

from __future__ import annotations

import itertools
import json

import pytest

from tests.data.article_set import DEV, HELDOUT, ArticleSet, gold

SETS = {"heldout": (HELDOUT, 12, (150, 300)), "dev": (DEV, 17, (200, 350))}


def _records(article_set: ArticleSet) -> list[dict]:
    lines = article_set.output.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(params=sorted(SETS))
def article_set(request: pytest.FixtureRequest) -> tuple[ArticleSet, int, tuple[int, int]]:
    return SETS[request.param]


def test_jsonl_is_rebuilt_from_current_sources(article_set) -> None:
    current, _, _ = article_set
    expected = gold.render(current.build_records())
    assert current.output.read_text(encoding="utf-8") == expected, (
        f"run tests/data/{current.name}/build.py"
    )


def test_one_record_per_article_with_exact_text(article_set) -> None:
    current, count, _ = article_set
    articles = current.article_paths()
    assert len(articles) == count
    records = _records(current)
    assert [r["id"] for r in records] == [a.stem for a in articles]
    for record, article in zip(records, articles, strict=True):
        assert record["text"] == gold.read_seed(article)
        assert set(record) == {"id", "text", "entities"}  # exactly the gold record shape


def test_spans_sorted_disjoint_trimmed_and_labelled(article_set) -> None:
    current, _, _ = article_set
    for record in _records(current):
        text, spans = record["text"], record["entities"]
        assert spans, record["id"]
        assert spans == sorted(spans)
        for start, end, label in spans:
            assert 0 <= start < end <= len(text)
            assert text[start:end] == text[start:end].strip()
            assert label in gold.LABELS
        for (_, end1, _), (start2, _, _) in itertools.pairwise(spans):
            assert end1 <= start2


def test_articles_are_short_news_length(article_set) -> None:
    current, _, (shortest, longest) = article_set
    for record in _records(current):
        assert shortest <= len(record["text"].split()) <= longest, record["id"]


def test_no_article_is_in_two_sets_or_a_seed() -> None:
    seeds = {gold.read_seed(p) for p in gold.SEEDS_DIR.glob("*.txt")}
    heldout = {r["text"] for r in _records(HELDOUT)}
    dev = {r["text"] for r in _records(DEV)}
    assert not seeds & heldout and not seeds & dev and not heldout & dev
