"""Typed text finds typographic text: quotes, dashes, spacing and (for search) case."""

from __future__ import annotations

from reader.text.loose_match import loose_pattern


def test_straight_quotes_and_hyphens_find_curly_quotes_and_dashes() -> None:
    text = "China’s “great firewall” – a state-owned  network"
    pattern = loose_pattern('China\'s "great firewall" - a state-owned network')
    assert pattern is not None and pattern.search(text)


def test_case_is_ignored_only_when_asked_and_blank_is_none() -> None:
    assert loose_pattern("HONG KONG").search("in Hong Kong") is None
    assert loose_pattern("HONG KONG", ignore_case=True).search("in Hong Kong")
    assert loose_pattern("   ") is None
    assert loose_pattern("a.b").search("axb") is None  # other characters are literal
