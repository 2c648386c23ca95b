"""Caret motions over the displayed text: by word, sentence and paragraph.

Pure functions on ``(text, offset) -> offset`` so they are tested without a terminal. Paragraphs
are separated by ``"\\n"``; a sentence ends at ``.``, ``!`` or ``?`` (optionally followed by a
closing quote or bracket) before white space, or at a paragraph end.
"""

from __future__ import annotations

import re
from unicodedata import east_asian_width

#: A word starts at a letter or digit that does not continue a word: "China’s" and
#: "state-owned" are one word each, so "w" does not stop at "s" or "owned".
_WORD_START = re.compile(r"(?<!\w)(?<!\w['’\-‐])\w")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n")


def next_word(text: str, offset: int) -> int:
    """Start of the next word after ``offset`` (or the end of the text)."""
    match = _WORD_START.search(text, offset + 1)
    return match.start() if match else len(text)


def previous_word(text: str, offset: int) -> int:
    """Start of the word before ``offset`` (or of the word the caret is inside)."""
    best = 0
    window_start = max(0, offset - 200)
    for match in _WORD_START.finditer(text, window_start, offset):
        best = match.start()
    if best == 0 and window_start > 0:
        return previous_word(text, window_start)
    return best


def sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """``(start, end)`` of the sentence holding ``offset``, without surrounding white space."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    if line_end < 0:
        line_end = len(text)
    start = line_start
    for match in _SENTENCE_END.finditer(text, line_start, line_end):
        if match.end() > offset:
            end = match.end()
            break
        start = match.end()
    else:
        end = line_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def next_sentence(text: str, offset: int) -> int:
    """Start of the sentence after the one holding ``offset``."""
    _, end = sentence_bounds(text, offset)
    position = end
    while position < len(text) and text[position].isspace():
        position += 1
    return min(position, len(text))


def previous_sentence(text: str, offset: int) -> int:
    """Start of the sentence holding ``offset``, or of the one before if already at its start."""
    start, _ = sentence_bounds(text, offset)
    if start < offset:
        return start
    position = start - 1
    while position > 0 and text[position].isspace():
        position -= 1
    return sentence_bounds(text, max(0, position))[0]


def paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """``(start, end)`` of the paragraph holding ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def next_paragraph(text: str, offset: int) -> int:
    """Start of the next paragraph (or the end of the text)."""
    newline = text.find("\n", offset)
    return len(text) if newline < 0 else newline + 1


def previous_paragraph(text: str, offset: int) -> int:
    """Start of the paragraph holding ``offset``, or of the one before if already there."""
    start = text.rfind("\n", 0, offset) + 1
    if start < offset:
        return start
    return text.rfind("\n", 0, max(0, start - 1)) + 1


def trim_selection(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection without leading or trailing white space (empty if it was all space)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _in_word(text: str, index: int) -> bool:
    """``text[index]`` is part of a spaced word (letters, digits, and ' ’ - inside a word).

    Wide (CJK) characters are not: those scripts do not separate words by spaces, so there a
    selection is taken as it is.
    """
    if not 0 <= index < len(text):
        return False
    char = text[index]
    if east_asian_width(char) in "WF":
        return False
    if char.isalnum():
        return True
    return (
        char in _INNER
        and 0 < index < len(text) - 1
        and text[index - 1].isalnum()
        and text[index + 1].isalnum()
    )


_INNER = "'’-‐"


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection widened so it neither starts nor ends inside a word, then trimmed.

    Selecting by word motions (``w`` lands on the next word's first letter) or by a loose mouse
    drag would otherwise save quotes like "has never a"; a reader means whole words.
    """
    start, end = trim_selection(text, start, end)
    if start >= end:
        return start, end
    while start > 0 and _in_word(text, start) and _in_word(text, start - 1):
        start -= 1
    while end < len(text) and _in_word(text, end - 1) and _in_word(text, end):
        end += 1
    return start, end
