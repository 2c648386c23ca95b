"""Property test: any text, however odd, gives sorted, non-overlapping, in-range entities."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.entities import LABELS, recognize
from reader.entities.lexer import EntityLexer
from tests.scale import examples

# Pieces that exercise the rules (names, numbers, currency, punctuation) mixed with any text.
PIECES = st.sampled_from(
    [
        "U.S.", "US$", "£600m", "$1.13bn", " the ", "The ", "Mr ", "’s", "'s", "-", "–", "(",
        ")", "\n", "\r\n", ". ", ", ", "Hong Kong", "Chinese-owned", "King-wa Fu", "January",
        "May", "2024", "4%", "first", "of", "and", "NEW YORK", "Despite", "🚀", "北京", "مرحبا",
        "\u00a0", "\u0301", "Ω", "İ", "ß",
    ]
)  # fmt: skip
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join)


@settings(max_examples=examples(300), deadline=None)
@given(TEXTS)
def test_any_text_gives_a_valid_span_list(text: str) -> None:
    last = 0
    for e in recognize(text):
        assert last <= e.start < e.end <= len(text)
        assert e.label in LABELS
        last = e.end


@settings(max_examples=examples(100), deadline=None)
@given(TEXTS)
def test_lexer_covers_any_text(text: str) -> None:
    tokens = list(EntityLexer().get_tokens_unprocessed(text))
    assert "".join(v for _, _, v in tokens) == text
