"""Columns of a name, a kind and a count in a width (the library-wide entity list's rows)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.text.columns import GAP, NAME_ROOM, fit_columns

LONG = ["country, city or state", "organisation"]
SHORT = ["place", "org"]
COUNTS = ["5 articles", "12 articles"]


def test_the_long_kind_names_while_a_name_keeps_its_room() -> None:
    roomy = NAME_ROOM + len(LONG[0]) + len(COUNTS[1]) + 2 * GAP
    columns = fit_columns(roomy, LONG, SHORT, COUNTS)
    assert columns.long_kinds and (columns.name, columns.kind, columns.count) == (NAME_ROOM, 22, 11)
    narrower = fit_columns(roomy - 1, LONG, SHORT, COUNTS)
    assert not narrower.long_kinds and narrower.kind == len("place")
    assert narrower.name == roomy - 1 - 5 - 11 - 2 * GAP


@given(st.integers(min_value=0, max_value=300))
def test_the_columns_fill_the_width_and_a_name_keeps_a_cell(width: int) -> None:
    columns = fit_columns(width, LONG, SHORT, COUNTS)
    assert columns.name >= 1
    total = columns.name + columns.kind + columns.count + 2 * GAP
    assert total == width or (columns.name == 1 and total > width)
    assert columns.long_kinds == (width - 11 - 22 - 2 * GAP >= NAME_ROOM)


def test_no_rows_take_no_kind_or_count_cells() -> None:
    columns = fit_columns(30, [], [], [])
    assert (columns.name, columns.kind, columns.count) == (30 - 2 * GAP, 0, 0)
