"""Caret motions by word, sentence and paragraph."""

from __future__ import annotations

from reader import motions

TEXT = "Mr. Lam spoke. “It is over,” she said! Next one?\nSecond paragraph here."


def test_words() -> None:
    assert motions.next_word(TEXT, 0) == 4  # punctuation is skipped
    assert TEXT[motions.next_word(TEXT, 4)] == "s"
    assert motions.previous_word(TEXT, 8) == 4


def test_sentences() -> None:
    start, end = motions.sentence_bounds(TEXT, 10)
    assert TEXT[start:end] == "Mr. Lam spoke." or TEXT[start:end].endswith("spoke.")
    second = motions.next_sentence(TEXT, 10)
    assert TEXT[second:].startswith("“It is over,”")
    assert motions.previous_sentence(TEXT, second) < second
    last = motions.sentence_bounds(TEXT, len(TEXT) - 3)
    assert TEXT[last[0] : last[1]] == "Second paragraph here."


def test_paragraphs() -> None:
    second = motions.next_paragraph(TEXT, 0)
    assert TEXT[second:].startswith("Second")
    assert motions.previous_paragraph(TEXT, second) == 0
    assert motions.paragraph_bounds(TEXT, second + 2) == (second, len(TEXT))


def test_trim_selection() -> None:
    assert motions.trim_selection("  ab  ", 0, 6) == (2, 4)
    assert motions.trim_selection("   ", 0, 3)[0] == motions.trim_selection("   ", 0, 3)[1]
