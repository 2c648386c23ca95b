"""The query language: what each piece of a query becomes, and that nothing typed can break it."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.search.query import MAX_ATOMS, Atom, entity_kind_filter, parse, parse_day
from tests.scale import examples


def _only(query: str) -> Atom:
    parsed = parse(query)
    assert parsed.warnings == []
    assert len(parsed.groups) == 1 and len(parsed.groups[0]) == 1
    return parsed.groups[0][0]


def test_words_must_all_match_and_fold_case_and_accents() -> None:
    parsed = parse("Zürich CAFÉ")
    assert [g[0].terms for g in parsed.groups] == [("zurich",), ("cafe",)]


def test_a_quoted_phrase_is_one_atom_and_curly_quotes_are_quotes() -> None:
    assert _only('"Central Bank"').terms == ("central", "bank")
    assert _only("“central bank”").terms == ("central", "bank")


def test_a_word_with_an_apostrophe_is_a_phrase_of_its_parts_either_quote() -> None:
    assert _only("Musk’s").terms == _only("Musk's").terms == ("musk", "s")


def test_negation_or_and_prefix() -> None:
    parsed = parse("cocoa OR coffee -bitcoin regulat*")
    cocoa_or_coffee, bitcoin, regulat = parsed.groups
    assert [a.terms for a in cocoa_or_coffee] == [("cocoa",), ("coffee",)]
    assert bitcoin[0].negated and bitcoin[0].terms == ("bitcoin",)
    assert regulat[0].prefix and regulat[0].terms == ("regulat",)


def test_filters() -> None:
    assert _only("#Climate-Policy").value == "climate-policy"
    person = _only('person:"Elon Musk"')
    assert (person.kind, person.labels, person.terms) == ("entity", ("PERSON",), ("elon", "musk"))
    assert _only("place:paris").labels == ("GPE", "LOC", "FAC")
    assert _only("site:bbc.co.uk").terms == ("bbc", "co", "uk")
    assert _only("author:Smith").kind == "author"
    assert _only("before:2024-06-01").day == date(2024, 6, 1)
    assert _only("after:2024").day == date(2024, 1, 1)
    assert _only("is:annotated").value == "annotated"
    assert _only("-org:tesla").negated


def test_what_cannot_be_understood_is_said_and_the_rest_searched() -> None:
    parsed = parse('before:yesterday is:starred colour:red "open phrase')
    assert len(parsed.warnings) == 4
    assert all("\n" not in w for w in parsed.warnings)
    assert [a.terms for a in parsed.atoms()] == [("colour", "red"), ("open", "phrase")]


def test_escape_sequences_in_warnings_are_inert() -> None:
    parsed = parse("is:\x1b[31mred")
    assert parsed.warnings and "\x1b" not in parsed.warnings[0]


def test_only_operators_and_syntax_characters_search_nothing() -> None:
    for query in ("OR", "- * ^ :", '""', "OR OR -", "NEAR ^ *"[4:]):
        assert parse(query).empty, query


def test_long_queries_are_bounded() -> None:
    parsed = parse("word " * 5000)
    assert len(parsed.atoms()) == MAX_ATOMS
    assert len(parsed.warnings) == 2


def test_dates() -> None:
    assert parse_day("2024-02-29") == date(2024, 2, 29)
    assert parse_day("2023-02-29") is None
    assert parse_day("2024-6") == date(2024, 6, 1)
    assert parse_day("June") is None


@settings(max_examples=examples(300), deadline=None)
@given(st.text(max_size=300))
def test_any_text_parses_without_error(text: str) -> None:
    parsed = parse(text)
    assert len(parsed.atoms()) <= MAX_ATOMS
    for atom in parsed.atoms():
        assert atom.kind in {"text", "entity", "tag", "site", "author", "before", "after", "state"}
        assert all(term and not any(c.isspace() for c in term) for term in atom.terms), atom
    for warning in parsed.warnings:
        assert not any(unicodedata.category(c) == "Cc" for c in warning), warning


_PIECES = st.sampled_from(
    ['"', "-", "*", "OR", "NEAR", ":", "^", "#", "(", ")", "person:", "site:", "before:", "is:",
     "é", "’", "\x00", "\x1b[2J", " ", "word", "2024-01-01", "AND", "NOT", "+", "\\", "'"]
)  # fmt: skip


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(_PIECES, max_size=30))
def test_syntax_soup_parses_without_error(pieces: list[str]) -> None:
    parse("".join(pieces))
    parse(" ".join(pieces))


def test_every_entity_label_has_a_filter() -> None:
    from reader.entities.types import LABELS
    from reader.search.schema import entity_labels

    assert sorted(LABELS) == entity_labels()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("person: musk", (("PERSON",), "musk")),
        ("Place:", (("GPE", "LOC", "FAC"), "")),
        ("  date:jan ", (("DATE",), "jan")),
        ("musk", (None, "musk")),
        ("re: musk", (None, "re: musk")),  # not a kind: all of it is a name
        ("", (None, "")),
    ],
)
def test_a_list_of_named_things_filters_by_kind_with_the_searchs_words(
    typed: str, expected: tuple[tuple[str, ...] | None, str]
) -> None:
    assert entity_kind_filter(typed) == expected
