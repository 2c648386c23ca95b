"""n / N over matches: start at the caret, wrap both ways."""

from __future__ import annotations

from reader.text.match_cursor import MatchCursor


def test_starts_at_the_first_match_at_or_after_the_caret_and_wraps() -> None:
    cursor = MatchCursor()
    spans = [(50, 55), (10, 15), (30, 35)]
    assert cursor.set("“x”", spans, caret=20) == (30, 35)
    assert cursor.status() == "“x” 2/3"
    assert cursor.step(1) == (50, 55)
    assert cursor.step(1) == (10, 15)
    assert cursor.step(-1) == (50, 55)
    assert cursor.set("“x”", spans, caret=60) == (10, 15)  # past the last: wrap to the first
    assert cursor.set("“x”", spans, caret=30) == (30, 35)  # on a match: that one


def test_nothing_to_step_through() -> None:
    cursor = MatchCursor()
    assert cursor.set("none", [], caret=0) is None
    assert cursor.step(1) is None and cursor.status() == ""
    cursor.set("a", [(1, 2)], caret=0)
    cursor.clear()
    assert cursor.status() == "" and cursor.step(-1) is None
