"""The authors every byline shows (``reader.text.bylines``)."""

from __future__ import annotations

from reader.text.bylines import shown_authors


def test_none_one_two_and_more_authors() -> None:
    assert shown_authors(()) == ""
    assert shown_authors(("Jane Roe",)) == "Jane Roe"
    assert shown_authors(("Jane Roe", "Sam Oak")) == "Jane Roe, Sam Oak"
    assert shown_authors(("Jane Roe", "Sam Oak", "Lee Park")) == "Jane Roe, Sam Oak et al."
