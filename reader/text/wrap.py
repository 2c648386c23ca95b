"""Wrapping the displayed text into visual lines, keeping every line's offsets into the text.

The reader never renders the whole article: it wraps paragraphs into ``(start, end)`` offset
ranges once, and styles only the lines on screen. Keeping offsets (not strings) is what lets the
caret, the mouse and highlights all speak in the same coordinates as the annotation store.

Paragraphs are separated by ``"\\n"`` in the displayed text; between two paragraphs the layout
puts one blank *gap* line, which maps to no text, except between two rows of a table (results,
standings: short paragraphs that end in a number), which read as a table only close together.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field

from rich.cells import cell_len

_WORD = re.compile(r"\S+")
#: Characters that take exactly one cell and are not white space, plus " ": text made only of
#: these wraps by counting characters (Latin, Greek, Cyrillic, typographic punctuation).
PLAIN_CHARS = "!-~\u00a1-\u00ac\u00ae-\u02ff\u0370-\u0482\u2010-\u2027\u2030-\u205e\u20a0-\u20c0"
_PLAIN = re.compile(f"[ {PLAIN_CHARS}]*")
_SPACES_END = re.compile(r" *")

#: A gap line between paragraphs: it holds no text.
GAP = -1
#: A paragraph this short that ends in a digit is a table's row ("Nkana 2 Zesco United 1").
ROW_CHARS = 80


def _row(text: str, start: int, end: int) -> bool:
    return 0 < end - start <= ROW_CHARS and text[end - 1].isdigit()


def _offsets() -> array[int]:
    """A compact list of offsets: 4 bytes an entry where a list of ints costs about 36, which
    keeps the layout of a 200 MB article (3 million lines) near a twentieth of its text.
    Signed 32-bit: enough for any text the library opens (``MAX_BYTES``, 256 MB)."""
    return array("i")


def text_cells(text: str) -> int:
    """Terminal cells ``text`` takes (fast path for ASCII, where a character is a cell)."""
    return len(text) if text.isascii() else cell_len(text)


def _split_long_word(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Hard-split ``text[start:end]`` into pieces of at most ``width`` cells."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    cells = 0
    for index in range(start, end):
        char_cells = text_cells(text[index])
        if cells + char_cells > width and index > piece_start:
            pieces.append((piece_start, index))
            piece_start, cells = index, 0
        cells += char_cells
    pieces.append((piece_start, end))
    return pieces


def _wrap_plain(text: str, start: int, end: int, width: int) -> list[tuple[int, int]] | None:
    """:func:`wrap_paragraph` for text of one-cell characters whose only white space is ``" "``.

    Jumps a measure at a time and looks back for a space, so it costs per line, not per word:
    a 1 MB article wraps in a few milliseconds. ``None`` when a word is wider than the measure
    (the general path splits it).
    """
    lines: list[tuple[int, int]] = []
    position = _SPACES_END.match(text, start, end).end()  # type: ignore[union-attr]
    while position < end:
        limit = position + width
        if limit >= end:
            line_end = end
        else:
            space = text.rfind(" ", position, limit + 1)
            if space < 0:
                return None
            line_end = space
        next_start = _SPACES_END.match(text, line_end, end).end()  # type: ignore[union-attr]
        while text[line_end - 1] == " ":
            line_end -= 1
        lines.append((position, line_end))
        position = next_start
    return lines or [(start, start)]


def wrap_paragraph(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text[start:end]`` (one paragraph) into lines of ``width`` cells.

    Returns offset ranges into ``text``; the spaces at a break belong to no line. A word wider
    than the measure is split; an empty paragraph is one empty line.
    """
    paragraph = text[start:end]
    ascii_text = paragraph.isascii()
    if end - start <= width and (ascii_text or cell_len(paragraph) <= width):
        return [(start, end)]
    if _PLAIN.fullmatch(paragraph):
        plain = _wrap_plain(text, start, end, width)
        if plain is not None:
            return plain
    return _wrap_words(text, start, end, width, ascii_text)


def _wrap_words(
    text: str, start: int, end: int, width: int, ascii_text: bool
) -> list[tuple[int, int]]:
    """The general greedy wrap, word by word: any white space, wide characters, long words."""
    lines: list[tuple[int, int]] = []
    line_start = line_end = -1
    line_cells = 0
    for match in _WORD.finditer(text, start, end):
        word_start, word_end = match.span()
        word_cells = word_end - word_start if ascii_text else text_cells(match.group())
        if line_start >= 0:
            gap = word_start - line_end
            gap_cells = gap if ascii_text else text_cells(text[line_end:word_start])
            if line_cells + gap_cells + word_cells <= width:
                line_end = word_end
                line_cells += gap_cells + word_cells
                continue
            lines.append((line_start, line_end))
            line_start = -1
        if word_cells > width:
            pieces = _split_long_word(text, word_start, word_end, width)
            lines.extend(pieces[:-1])
            word_start = pieces[-1][0]
            word_cells = text_cells(text[word_start:word_end])
        line_start, line_end, line_cells = word_start, word_end, word_cells
    if line_start >= 0:
        lines.append((line_start, line_end))
    return lines or [(start, start)]


@dataclass
class Layout:
    """The visual lines of a text at one width.

    ``starts[i]``/``ends[i]`` are the offsets of visual line ``i`` (``GAP`` for a gap line);
    ``paragraph_of_line[i]`` is its paragraph index. All are arrays of offsets (see
    :func:`_offsets`), indexable and bisectable like lists.
    """

    text: str
    width: int
    starts: array[int] = field(default_factory=_offsets)
    ends: array[int] = field(default_factory=_offsets)
    paragraph_of_line: array[int] = field(default_factory=_offsets)
    #: Offsets of the first character of each paragraph.
    paragraph_starts: array[int] = field(default_factory=_offsets)
    #: The visual line of each paragraph's first line.
    paragraph_first_line: array[int] = field(default_factory=_offsets)
    #: Starts of text lines only (gap lines removed), with their visual line numbers, for bisect.
    _text_starts: array[int] = field(default_factory=_offsets)
    _text_lines: array[int] = field(default_factory=_offsets)

    @classmethod
    def build(cls, text: str, width: int) -> Layout:
        """Wrap all of ``text`` at ``width`` cells (at least 10)."""
        layout = cls(text=text, width=max(10, width))
        layout._wrap()
        return layout

    def _wrap(self) -> None:
        text, width = self.text, self.width
        starts, ends, paragraphs = self.starts, self.ends, self.paragraph_of_line
        position = 0
        paragraph = 0
        length = len(text)
        after_row = False  # the paragraph above is a table's row
        while True:
            newline = text.find("\n", position)
            end = length if newline < 0 else newline
            row = _row(text, position, end)
            if paragraph and not (row and after_row):
                starts.append(GAP)
                ends.append(GAP)
                paragraphs.append(paragraph - 1)
            after_row = row
            self.paragraph_starts.append(position)
            self.paragraph_first_line.append(len(starts))
            for line_start, line_end in wrap_paragraph(text, position, end, width):
                self._text_starts.append(line_start)
                self._text_lines.append(len(starts))
                starts.append(line_start)
                ends.append(line_end)
                paragraphs.append(paragraph)
            paragraph += 1
            if newline < 0:
                break
            position = newline + 1

    @property
    def line_count(self) -> int:
        return len(self.starts)

    def line_of_offset(self, offset: int) -> int:
        """The visual line holding ``offset`` (an offset at a break goes to the later line)."""
        index = bisect_right(self._text_starts, offset) - 1
        return self._text_lines[max(0, index)]

    def paragraph_of_offset(self, offset: int) -> int:
        """0-based paragraph index of ``offset``."""
        return max(0, bisect_right(self.paragraph_starts, offset) - 1)

    def column_of_offset(self, offset: int) -> int:
        """The cell column of ``offset`` within its visual line."""
        line = self.line_of_offset(offset)
        start = self.starts[line]
        return text_cells(self.text[start:offset])

    def offset_at(self, line: int, column: int) -> int:
        """The text offset at visual ``line`` and cell ``column`` (clamped into the line).

        A gap line maps to the end of the paragraph above it.
        """
        line = min(max(0, line), self.line_count - 1)
        start, end = self.starts[line], self.ends[line]
        if start == GAP:
            return self.ends[line - 1]
        if column <= 0:
            return start
        segment = self.text[start:end]
        if segment.isascii():
            return start + min(column, len(segment))
        cells = 0
        for index, char in enumerate(segment):
            cells += text_cells(char)
            if cells > column:
                return start + index
        return end
