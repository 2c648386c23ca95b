"""Caret motions by word, sentence and paragraph."""

from __future__ import annotations

from reader.text import motions

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


def test_a_selection_snaps_to_whole_words() -> None:
    text = "The Chinese government “has never and will never” require it."
    start = text.index("Chinese")
    end = text.index("and") + 1  # the caret was on the a of "and"
    assert (
        text[slice(*motions.snap_to_words(text, start, end))] == "Chinese government “has never and"
    )
    mid = text.index("inese")
    assert text[slice(*motions.snap_to_words(text, mid, mid + 3))] == "Chinese"
    assert text[slice(*motions.snap_to_words(text, start - 1, start + 7))] == "Chinese"


def test_snapping_keeps_inner_apostrophes_and_hyphens() -> None:
    text = "China’s state-owned firms"
    assert text[slice(*motions.snap_to_words(text, 1, 3))] == "China’s"
    assert text[slice(*motions.snap_to_words(text, 10, 12))] == "state-owned"
    assert motions.snap_to_words(text, 5, 5) == (5, 5)
    assert motions.snap_to_words("   ", 0, 3)[0] == motions.snap_to_words("   ", 0, 3)[1]


def test_words_with_inner_apostrophes_and_hyphens_are_one_word() -> None:
    text = "Musk’s ties to state-owned firms don't end"
    starts = []
    offset = 0
    while offset < len(text):
        starts.append(offset)
        offset = motions.next_word(text, offset)
    assert [text[s:].split()[0] for s in starts] == [
        "Musk’s",
        "ties",
        "to",
        "state-owned",
        "firms",
        "don't",
        "end",
    ]
    assert motions.previous_word(text, text.index("owned")) == text.index("state")
