"""Matches close together, shown as one passage: one snippet with each of them marked.

A search for ``data privacy`` matches both words in one sentence, and a snippet per match
showed that sentence twice, a few characters apart, in the place of two other passages.
Matches in the article's text (words, phrases, entity mentions) that follow each other within
a snippet's context, and together span no more than a snippet's middle, are one passage. A
highlight's match stays a passage of its own: it carries the highlight's note. The matches
themselves (offsets, ``n`` / ``N`` in the article, ``--json``) are unchanged: a passage only
groups them for the eye.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.search.matches import CONTEXT, Match, snippet


@dataclass(frozen=True)
class Passage:
    """One snippet, with the matches in it at ``marks`` (offsets into ``snippet``).

    ``first``: the index, in the article's matches, of the first match in it (where Enter
    opens the article); ``count``: how many matches it holds; ``start`` and ``end``: where
    they begin and end in the article; ``kind`` and ``note``: its first match's (a
    highlight's passage shows the highlight's note).
    """

    snippet: str
    marks: tuple[tuple[int, int], ...]
    first: int
    count: int
    start: int
    end: int
    kind: str
    note: str = ""

    def pieces(self) -> list[tuple[str, bool]]:
        """The snippet in order as ``(text, marked)`` pieces: what the screen styles and
        ``postil search`` wraps in escape codes."""
        out: list[tuple[str, bool]] = []
        done = 0
        for start, end in self.marks:
            out += [(self.snippet[done:start], False), (self.snippet[start:end], True)]
            done = end
        out.append((self.snippet[done:], False))
        return out


def passages(body: str, matches: Sequence[Match], limit: int) -> list[Passage]:
    """The first ``limit`` passages of ``matches`` (sorted by offset) in ``body``, the
    article's reading text."""
    out: list[Passage] = []
    i = 0
    while i < len(matches) and len(out) < limit:
        end = _group_end(body, matches, i)
        out.append(_passage(body, matches, i, end))
        i = end
    return out


def _in_body(body: str, match: Match) -> bool:
    """A match of the article's text (a highlight of a changed article shows its quote)."""
    return match.kind != "highlight" and 0 <= match.start < match.end <= len(body)


def _group_end(body: str, matches: Sequence[Match], i: int) -> int:
    """The index after the last match of the passage that starts at match ``i``."""
    first = matches[i]
    if not _in_body(body, first):
        return i + 1
    last_end, j = first.end, i + 1
    while j < len(matches):
        match = matches[j]
        if not _in_body(body, match) or match.start - last_end > CONTEXT:
            break  # a highlight, or too far from the one before
        if match.end - first.start > 2 * CONTEXT:
            break  # the passage would be longer than a snippet's middle
        last_end, j = max(last_end, match.end), j + 1
    return j


def _passage(body: str, matches: Sequence[Match], i: int, end: int) -> Passage:
    first = matches[i]
    if end == i + 1:  # one match: its own snippet
        own = ((first.snippet_start, first.snippet_end),)
        return Passage(first.snippet, own, i, 1, first.start, first.end, first.kind, first.note)
    spans = _merged([(m.start, m.end) for m in matches[i:end]])
    start, stop = spans[0][0], spans[-1][1]
    line, shift, _ = snippet(body, start, stop)
    marks = tuple((s - start + shift, e - start + shift) for s, e in spans)
    return Passage(line, marks, i, end - i, start, stop, first.kind, first.note)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one (a name matched as a word and as an entity)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
