"""The list's JSON rows from orjson are exactly what the stdlib encoder made inert writes."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.cli import json_rows, listing
from reader.library.inert import inert_json

_VALUES = st.one_of(
    st.text(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.none(),
    st.booleans(),
    st.lists(st.text(), max_size=4),
)
_ROWS = st.lists(st.dictionaries(st.text(max_size=8), _VALUES, max_size=6), max_size=5)


def _expected(rows: list[dict[str, Any]]) -> bytes:
    return "\n, ".join(inert_json(row) for row in rows).encode()


@given(_ROWS)
def test_any_flat_rows_are_written_as_the_stdlib_writes_them(rows: list[dict[str, Any]]) -> None:
    assert json_rows.row_lines(rows) == _expected(rows)


def test_a_plain_batch_takes_the_fast_path_and_an_unusual_one_the_stdlib(monkeypatch: Any) -> None:
    rows: list[dict[str, Any]] = [
        {"number": 1, "title": 'a "quoted" \\ title\twith “marks”', "authors": ["A", "B"]},
        {"number": 2, "title": "x", "authors": [], "url": None, "removed": True},
    ]
    fallbacks: list[int] = []
    stdlib = json_rows._stdlib
    monkeypatch.setattr(json_rows, "_stdlib", lambda r: fallbacks.append(1) or stdlib(r))
    assert json_rows.row_lines(rows) == _expected(rows)
    assert fallbacks == []
    for odd in ("\x1b[31m\u202e", "\ud800", 2**60, {"nested": 1}):
        assert json_rows.row_lines([*rows, {"title": odd}]) == _expected([*rows, {"title": odd}])
    assert len(fallbacks) == 4


def test_a_title_that_looks_like_the_end_of_a_row_stays_in_its_string(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = [{"number": 1, "title": "}, {"}, {"number": 2, "title": "\x85}, {"}]
    listing.print_json_rows(rows)
    out = capsys.readouterr().out
    assert json.loads(out) == [{"number": 1, "title": "}, {"}, {"number": 2, "title": "\x85}, {"}]
    assert len(out.splitlines()) == 4  # "[", a line per row, "]"


def test_the_cycle_collector_is_paused_only_while_a_list_is_made() -> None:
    import gc

    from reader import collector

    assert gc.isenabled()
    with pytest.raises(KeyError), collector.paused():
        assert not gc.isenabled()
        raise KeyError("a listing that fails")
    assert gc.isenabled()
