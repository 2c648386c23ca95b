"""Wrapping keeps exact offsets, respects the measure, and maps cells back to offsets."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.text.wrap import GAP, PLAIN_CHARS, Layout, _wrap_plain, _wrap_words, wrap_paragraph


def test_lines_fit_the_measure_and_cover_every_word() -> None:
    text = "The quick brown fox jumps over the lazy dog " * 20
    lines = wrap_paragraph(text, 0, len(text), 30)
    assert all(end - start <= 30 for start, end in lines)
    assert " ".join(text[s:e] for s, e in lines).split() == text.split()


def test_long_word_is_split() -> None:
    text = "x" * 95
    assert wrap_paragraph(text, 0, 95, 40) == [(0, 40), (40, 80), (80, 95)]


def test_wide_characters_count_two_cells() -> None:
    text = "数据" * 30  # 60 wide characters, 120 cells
    lines = wrap_paragraph(text, 0, len(text), 20)
    assert all(e - s == 10 for s, e in lines)


def test_gap_lines_between_paragraphs() -> None:
    layout = Layout.build("one\ntwo\nthree", 40)
    assert list(layout.starts) == [0, GAP, 4, GAP, 8]
    assert layout.line_of_offset(5) == 2
    assert layout.offset_at(2, 1) == 5
    assert layout.offset_at(1, 3) == 3  # a gap maps to the end of the paragraph above


@given(st.lists(st.text(alphabet="ab cé数\n", max_size=80), max_size=5), st.integers(10, 50))
def test_every_offset_maps_to_a_line_and_back(parts: list[str], width: int) -> None:
    text = "\n".join(parts)
    layout = Layout.build(text, width)
    for offset in range(len(text)):
        line = layout.line_of_offset(offset)
        assert layout.starts[line] != GAP
        if text[offset] not in " \n":
            start = layout.starts[line]
            assert start <= offset < layout.ends[line]
            column = layout.column_of_offset(offset)
            assert layout.offset_at(line, column) == offset


@given(st.text(alphabet="ab  xyz.", max_size=300), st.integers(10, 50))
def test_fast_plain_wrap_equals_the_word_by_word_wrap(text: str, width: int) -> None:
    fast = _wrap_plain(text, 0, len(text), width)
    assert fast is None or fast == _wrap_words(text, 0, len(text), width, ascii_text=True)


def test_a_megabyte_paragraph_wraps_by_the_fast_path() -> None:
    text = "word " * 200_000
    assert _wrap_plain(text, 0, len(text), 88) == _wrap_words(text, 0, len(text), 88, True)


def test_plain_characters_are_one_cell_and_not_white_space() -> None:
    plain = re.compile(f"[{PLAIN_CHARS}]")
    chars = [chr(c) for c in range(0x30000) if plain.fullmatch(chr(c))]
    assert len(chars) > 1000
    assert all(cell_len(c) == 1 and not c.isspace() for c in chars)


@given(st.text(alphabet="ab  “’—é.", max_size=300), st.integers(10, 50))
def test_fast_wrap_of_typographic_text_equals_the_word_by_word_wrap(text: str, width: int) -> None:
    fast = _wrap_plain(text, 0, len(text), width)
    assert fast is None or fast == _wrap_words(text, 0, len(text), width, ascii_text=False)


def test_rows_of_a_table_stand_together_and_prose_keeps_its_gaps() -> None:
    rows = ["Nkana 2 Zesco United 1", "Power Dynamos 0 Kabwe Warriors 0", "Standings: Nkana 45"]
    text = "\n".join(["A paragraph of prose that ends with a stop.", *rows, "The end, soon."])
    layout = Layout.build(text, 40)
    shown = ["" if s == GAP else text[s:e] for s, e in zip(layout.starts, layout.ends, strict=True)]
    assert shown == [
        "A paragraph of prose that ends with a",
        "stop.",
        "",
        *rows,
        "",
        "The end, soon.",
    ]
    # every row is still its own paragraph, and the caret finds each row's line
    for n, row in enumerate(rows, start=1):
        start = text.index(row)
        assert layout.paragraph_of_offset(start) == n
        assert layout.starts[layout.line_of_offset(start)] == start
    # Left alone: a long paragraph that happens to end in a number keeps its gap.
    long = "Sales rose in every region of the country for the third year, to " + "1" * 20
    assert list(Layout.build(f"{rows[0]}\n{long}", 200).starts).count(GAP) == 1
