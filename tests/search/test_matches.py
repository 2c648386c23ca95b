"""Match offsets: the fast finder agrees with the analyzer, and snippets are one inert line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.search.analysis import tokens
from reader.search.matches import snippet, term_spans, text_spans
from reader.search.query import Atom

_WORDS = st.sampled_from(
    ["Zürich", "zurich", "ZÜRICH", "Straße", "strasse", "Æsir", "aesir", "Musk’s", "musk's",
     "naïve", "NAIVE", "Ελλάδα", "Москва", "日本", "3.5%", "co-op", "foo_bar", "x²", "İstanbul"]
)  # fmt: skip
_SEPARATORS = st.sampled_from([" ", "\n", " — ", ", ", "“", "”", "'", "-", "_", " (", ") "])


@st.composite
def texts_and_atoms(draw: st.DrawFn) -> tuple[str, Atom]:
    pieces = draw(st.lists(st.tuples(_WORDS, _SEPARATORS), min_size=1, max_size=12))
    text = "".join(word + sep for word, sep in pieces)
    found = tokens(text)
    start = draw(st.integers(0, len(found) - 1))
    length = draw(st.integers(1, min(3, len(found) - start)))
    picked = tuple(t.term for t in found[start : start + length])
    prefix = draw(st.booleans())
    if prefix:
        picked = (*picked[:-1], picked[-1][: draw(st.integers(1, len(picked[-1])))])
    return text, Atom("text", picked, prefix=prefix)


@settings(max_examples=300, deadline=None)
@given(texts_and_atoms())
def test_the_fast_finder_finds_what_the_analyzer_finds(case: tuple[str, Atom]) -> None:
    text, atom = case
    expected = term_spans(tokens(text), [atom])
    assert expected  # the atom was taken from the text
    assert text_spans(text, [atom]) == expected


def test_folded_spellings_are_found_with_their_own_offsets() -> None:
    text = "In ZÜRICH, Straße and Æsir; zurich’s strasse."
    found = text_spans(text, [Atom("text", ("zurich",)), Atom("text", ("strasse",))])
    assert [text[s:e] for s, e in found] == ["ZÜRICH", "Straße", "zurich", "strasse"]
    assert [text[s:e] for s, e in text_spans(text, [Atom("text", ("aesir",))])] == ["Æsir"]


def test_snippets() -> None:
    text = "First paragraph here.\nThe \x1b[31mmatch\x1b[0m is in the second one, " + "x " * 80
    start = text.index("match")
    line, s, e = snippet(text, start, start + 5)
    assert line[s:e] == "match"
    assert "\n" not in line and "\x1b" not in line
    assert line.endswith("…") and len(line) < 160
