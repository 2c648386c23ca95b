"""The summary cache's shards as columns: checked a column at a time, and a shard with one bad
record still serves the others (each record checked alone), never the bad one."""

from __future__ import annotations

import json
import os
from pathlib import Path

import orjson
import pytest

from reader.library import Library, SummaryCache
from reader.library.summaries import _TYPES, Summary, summary_row
from reader.library.summary_columns import encode_shard, shard_rows

FIELDS = tuple(_TYPES)
GOOD = Summary("Title", "Site", "2024-01-02", 12, 0, None, ("A. Writer",), "https://x.org/a")


def _shard(*summaries: Summary) -> dict[str, list[object]]:
    records = [(f"id{n}", 10 + n, 20 + n, summary_row(s)) for n, s in enumerate(summaries)]
    parsed: dict[str, list[object]] = orjson.loads(encode_shard(FIELDS, records))
    return parsed


def test_a_written_shard_reads_back_as_the_same_rows() -> None:
    other = Summary("Other", words=3, error=None, key="text:0123456789abcdef0123")
    checked = shard_rows(_shard(GOOD, other), _TYPES, plain=True)
    assert checked is not None
    ids, sizes, mtimes, rows = checked
    assert (ids, sizes, mtimes) == (["id0", "id1"], [10, 11], [20, 21])
    assert [Summary.from_values(row) for row in rows] == [GOOD, other]
    assert shard_rows(_shard(), _TYPES, plain=True) == ([], [], [], [])


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("words", True),
        ("words", -1),
        ("words", 2**53),
        ("words", 1.5),
        ("title", None),
        ("source", 3),
        ("authors", ["ok", 7]),
        ("authors", "A. Writer"),
        ("size", "10"),
        ("id", 5),
    ],
)
def test_a_column_with_a_value_of_the_wrong_type_or_range_fails(column: str, value: object) -> None:
    data = _shard(GOOD, GOOD)
    data[column][1] = value
    assert shard_rows(data, _TYPES, plain=True) is None


def test_a_shard_of_another_shape_fails() -> None:
    extra = {**_shard(GOOD), "extra": ["x"]}
    short = _shard(GOOD, GOOD)
    short["title"] = ["only one"]
    missing = _shard(GOOD)
    del missing["key"]
    for data in (extra, short, missing, [1, 2], None):
        assert shard_rows(data, _TYPES, plain=True) is None


def test_text_is_scanned_unless_the_shard_was_seen_plain() -> None:
    data = _shard(GOOD)
    data["authors"][0] = ["\x1b]0;pwned\x07"]
    assert shard_rows(data, _TYPES, plain=False) is None
    data = _shard(GOOD)
    data["title"][0] = "Owned \x9b31m"
    assert shard_rows(data, _TYPES, plain=False) is None


def test_one_bad_record_costs_only_its_own_article(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(f"Headline {n} Here\n\nThe court ruled, case {n}.\n")
    cache = tmp_path / "cache" / "library.json"
    first = Library.from_paths([folder], SummaryCache(cache))
    titles = [first.summary(entry).title for entry in first.entries]
    first.summaries.save()
    (shard,) = cache.with_name("library.shards").glob("*.json")
    columns = json.loads(shard.read_text())
    bad = columns["id"].index(first.entries[1].id)
    columns["words"][bad] = "many"
    columns["title"][bad] = "\x1b[2J planted"
    shard.write_text(json.dumps(columns))

    again = SummaryCache(cache)
    stats = [os.stat(entry.path) for entry in first.entries]
    found = again.rows([entry.id for entry in first.entries], stats)
    assert found[1] is None  # the planted record is a cache miss: its article is read again
    assert [summary_row(s)[0] for s in (found[0], found[2]) if s is not None] == [
        titles[0],
        titles[2],
    ]
    library = Library.from_paths([folder], SummaryCache(cache))
    assert [library.summary(entry).title for entry in library.entries] == titles
