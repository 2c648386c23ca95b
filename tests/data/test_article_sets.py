"""Guards for the held-out and development entity sets: in sync with their sources, the gold
record format, and apart from each other and from the seeds.

Figures on the held-out sets are the project's evidence that the recognizer generalises beyond
what it was tuned on, so a stale, malformed or overlapping set must fail here.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest

from tests.data.article_set import (
    DEV,
    DEV2,
    DEV3,
    DEV4,
    DEV5,
    DEV6,
    DEV7,
    DEV8,
    HELDOUT,
    HELDOUT2,
    SECTIONS,
    ArticleSet,
    GoldError,
    gold,
    read_section,
)


class Spec(NamedTuple):
    """What a set must hold: its articles, their length in words, the least per section."""

    articles: ArticleSet
    size: int
    words: tuple[int, int]
    least_per_section: dict[str, int]


SETS = {
    "heldout": Spec(HELDOUT, 12, (150, 300), {}),
    "dev": Spec(DEV, 17, (200, 350), {}),
    "dev2": Spec(DEV2, 24, (200, 350), {"sport": 8}),
    "dev3": Spec(DEV3, 20, (200, 350), {"entertainment": 6}),
    "dev4": Spec(
        DEV4,
        20,
        (200, 350),
        {"sport": 4, "business": 4, "politics": 4, "entertainment": 4, "technology": 4},
    ),
    "dev5": Spec(
        DEV5,
        20,
        (200, 350),
        {"sport": 4, "business": 4, "politics": 4, "entertainment": 4, "technology": 4},
    ),
    "dev6": Spec(
        DEV6,
        16,
        (200, 350),
        {"sport": 4, "business": 3, "politics": 3, "entertainment": 3, "technology": 3},
    ),
    "dev7": Spec(
        DEV7,
        16,
        (200, 350),
        {"sport": 5, "business": 3, "politics": 3, "entertainment": 3, "technology": 2},
    ),
    "dev8": Spec(
        DEV8,
        16,
        (200, 350),
        {"sport": 5, "business": 3, "politics": 3, "entertainment": 3, "technology": 2},
    ),
    "heldout2": Spec(
        HELDOUT2,
        44,
        (200, 350),
        {"sport": 12, "business": 8, "politics": 8, "entertainment": 8, "technology": 8},
    ),
}


def _records(article_set: ArticleSet) -> list[dict]:
    lines = article_set.output.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(params=sorted(SETS))
def spec(request: pytest.FixtureRequest) -> Spec:
    return SETS[request.param]


def test_jsonl_is_rebuilt_from_current_sources(spec: Spec) -> None:
    current = spec.articles
    expected = gold.render(current.build_records())
    assert current.output.read_text(encoding="utf-8") == expected, (
        f"run tests/data/{current.name}/build.py"
    )


def test_one_record_per_article_with_exact_text(spec: Spec) -> None:
    current = spec.articles
    articles = current.article_paths()
    assert len(articles) == spec.size
    records = _records(current)
    assert [r["id"] for r in records] == [a.stem for a in articles]
    shape = {"id", "text", "entities"} | ({"section"} if current.sectioned else set())
    for record, article in zip(records, articles, strict=True):
        assert record["text"] == gold.read_seed(article)
        assert set(record) == shape  # the gold record shape, plus the section if the set has one


def test_spans_sorted_disjoint_trimmed_and_labelled(spec: Spec) -> None:
    for record in _records(spec.articles):
        text, spans = record["text"], record["entities"]
        assert spans, record["id"]
        assert spans == sorted(spans)
        for start, end, label in spans:
            assert 0 <= start < end <= len(text)
            assert text[start:end] == text[start:end].strip()
            assert label in gold.LABELS
        for (_, end1, _), (start2, _, _) in itertools.pairwise(spans):
            assert end1 <= start2


def test_articles_are_short_news_length(spec: Spec) -> None:
    shortest, longest = spec.words
    for record in _records(spec.articles):
        assert shortest <= len(record["text"].split()) <= longest, record["id"]


def test_sectioned_sets_cover_every_section(spec: Spec) -> None:
    if not spec.articles.sectioned:
        pytest.skip("an older set without sections")
    counts = Counter(record["section"] for record in _records(spec.articles))
    assert set(counts) == set(SECTIONS)
    for section, least in spec.least_per_section.items():
        assert counts[section] >= least, section


def test_no_article_is_in_two_sets_or_a_seed() -> None:
    texts = {"seeds": {gold.read_seed(p) for p in gold.SEEDS_DIR.glob("*.txt")}}
    texts |= {name: {r["text"] for r in _records(s.articles)} for name, s in SETS.items()}
    for (name1, texts1), (name2, texts2) in itertools.combinations(texts.items(), 2):
        assert not texts1 & texts2, (name1, name2)


def _source(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "01_x.tsv"
    path.write_text(content, encoding="utf-8")
    return path


def test_read_section_takes_the_one_section_line(tmp_path: Path) -> None:
    source = _source(tmp_path, "# About this article\n# section: business\nAcme\tORG\n")
    assert read_section(source) == "business"


@pytest.mark.parametrize(
    "content",
    [
        "Acme\tORG\n",  # no section line
        "# section: weather\nAcme\tORG\n",  # not a known section
        "# section: sport\n# section: business\n",  # two sections
        "# sections: sport\n",  # not the directive
    ],
)
def test_read_section_rejects_a_missing_unknown_or_repeated_section(
    tmp_path: Path, content: str
) -> None:
    with pytest.raises(GoldError):
        read_section(_source(tmp_path, content))
