"""The stored folding table (reader/search/data/folding.json) is the analyzer's own, and a
table stored for another analyzer, or a damaged file, is never used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.search import folding_table
from reader.search.folding_table import TABLE_FILE, dumps, key, make, table


def test_the_stored_table_is_the_one_the_analyzer_makes() -> None:
    stored = json.loads(TABLE_FILE.read_text(encoding="utf-8"))
    if stored["key"] != key():  # a newer tantivy: searches make the table, and stay right
        pytest.skip(f"stored for {stored['key']}; run python -m reader.search.folding_table")
    made = make()
    assert (stored["single"], stored["multi"]) == made
    assert TABLE_FILE.read_text(encoding="utf-8") == dumps(made)  # as the script writes it
    assert table() == made


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        json.dumps({"key": "tantivy v0.1.0", "single": {"a": "b"}, "multi": {}}),
        json.dumps({"single": {"a": "b"}}),
        json.dumps(["a", "list"]),
    ],
    ids=["damaged", "another analyzer", "no key", "not a table"],
)
def test_a_table_not_made_for_this_analyzer_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    odd = tmp_path / "folding.json"
    odd.write_text(content, encoding="utf-8")
    monkeypatch.setattr(folding_table, "TABLE_FILE", odd)
    assert table() == make()
    monkeypatch.setattr(folding_table, "TABLE_FILE", tmp_path / "missing.json")
    assert table() == make()


def test_one_entry_a_line_so_a_change_diffs_by_line() -> None:
    single, multi = make()
    assert len(TABLE_FILE.read_text(encoding="utf-8").splitlines()) >= len(single) + len(multi)
