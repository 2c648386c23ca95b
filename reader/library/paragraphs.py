"""From decoded text to paragraphs: newlines, Markdown front matter and headings, hard wraps.

The displayed text has one paragraph per line, so files that wrap a paragraph over several lines
(Markdown, e-mail, ``fmt`` output) are re-joined here, while files that already put one paragraph
per line (most text scraped from web pages) are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.library import markdown as md
from reader.library.inert import make_inert
from reader.library.packed import PackedParagraphs

_NEWLINE_CHARS = "\x0b\x0c\x85\u2028\u2029"
_NEWLINES = re.compile(f"[{_NEWLINE_CHARS}]")
_SPACES = re.compile(r"[ \t]{2,}")
_LIST_OR_HEADING = re.compile(r"(?:#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>)")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")

#: A block is taken as hard-wrapped only when its lines are no longer than this ...
_MAX_WRAP_WIDTH = 100
#: ... and most of its lines (all but the last) reach this share of the longest one.
_FULL_LINE = 0.6


@dataclass
class Source:
    """A file's text split into paragraphs, plus what Markdown front matter said."""

    #: A list, or for a big file the paragraphs packed as UTF-8 (:mod:`packed`).
    paragraphs: list[str] | PackedParagraphs
    front: dict[str, str] = field(default_factory=dict)
    headings: set[int] = field(default_factory=set)  # indices of Markdown heading paragraphs
    #: Markdown links by paragraph index: ``(start, end, url)`` within that paragraph.
    links: dict[int, tuple[tuple[int, int, str], ...]] = field(default_factory=dict)


def normalize(text: str, inert: bool = False) -> str:
    """``text`` with every newline form as ``"\\n"``, controls made inert, space runs folded.

    ``inert``: ``text`` is known to hold no control (:func:`annotations.inert.utf8_is_inert`
    said so of its bytes), so it is not scanned for them again."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if any(separator in text for separator in _NEWLINE_CHARS):  # each a memchr, not a regex scan
        text = _NEWLINES.sub("\n", text)
    if not inert:
        text = make_inert(text)
    return _SPACES.sub(" ", text) if "  " in text or "\t" in text else text


def _is_wrapped(block: list[str]) -> bool:
    """True when ``block`` looks like one paragraph broken at a fixed width."""
    if len(block) < 2:
        return False
    width = max(len(line) for line in block)
    if width > _MAX_WRAP_WIDTH or width < 30 or _is_table(block):
        return False
    inner = block[:-1]
    full = sum(1 for line in inner if len(line) >= _FULL_LINE * width)
    # one-paragraph-per-line text ends its lines with sentences; wrapped text breaks mid-sentence
    open_ended = sum(1 for line in inner if not _SENTENCE_END.search(line))
    return full >= 0.7 * len(inner) and open_ended >= 0.5 * len(inner)


def _is_table(block: list[str]) -> bool:
    """Lines that nearly all end in a number are rows (results, standings, prices), each its
    own paragraph: wrapped prose breaks after a number on a line in twenty."""
    return sum(1 for line in block if line[-1:].isdigit()) >= 0.8 * len(block)


def _unwrap(block: list[str], width: int) -> list[str]:
    """Join a wrapped block's lines, starting anew at list items, headings and short lines."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in block:
        if current and _LIST_OR_HEADING.match(line):
            paragraphs.append(" ".join(current))
            current = []
        current.append(line)
        if len(line) < _FULL_LINE * width and _SENTENCE_END.search(line):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def split_paragraphs(text: str, markdown: bool = False, *, first: bool = True) -> Source:
    """Split normalised ``text`` into stripped, non-empty paragraphs.

    ``first=False`` for a later section of a big file: no front matter, no title line.
    """
    lines = [line.strip() for line in text.split("\n")]
    front: dict[str, str] = {}
    if markdown:
        front, skip = md.front_matter(lines) if first else ({}, 0)
        lines = md.block_lines(lines[skip:])
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    # Two lines prove little (a headline over its first paragraph looks the same), so they are
    # joined only in a file where some longer block is clearly wrapped.
    wrapped_file = any(len(block) >= 3 and _is_wrapped(block) for block in blocks)
    parked = markdown and md.holds_parked(text)
    paragraphs: list[str] = []
    headings: set[int] = set()
    links: dict[int, tuple[tuple[int, int, str], ...]] = {}
    for number, block in enumerate(blocks):
        if markdown:
            parts = md.join_lines(block, first=first and number == 0)
        elif (len(block) >= 3 or wrapped_file) and _is_wrapped(block):
            parts = _unwrap(block, max(len(part) for part in block))
        else:
            parts = block
        for part in parts:
            if markdown:
                parsed = md.inline(part, parked=parked)
                part = parsed.text
                if not part:
                    continue
                if parsed.heading:
                    headings.add(len(paragraphs))
                if parsed.links:
                    links[len(paragraphs)] = parsed.links
            paragraphs.append(part)
    return Source(paragraphs, front, headings, links)
