"""Where a result matches: exact offsets into the article's reading text, with a snippet.

Words are found with expressions built from the index's own analyzer and each candidate is
checked with it (:mod:`folding`), so the matches are exactly those the engine matched, and
their offsets are character offsets of the reading text: the offsets ``postil show --json``,
``postil entities`` and the highlights use. Entity names are short and tokenised whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.library.inert import make_inert
from reader.mentions.aliases import names_of
from reader.search.analysis import Token, tokens
from reader.search.catalog import NamedRow
from reader.search.query import Atom

#: Characters of context on each side of a match in a snippet.
CONTEXT = 60


@dataclass(frozen=True)
class Match:
    """One match: ``text[start:end]`` of the article, what kind, and a one-line snippet in
    which the match is ``snippet[snippet_start:snippet_end]``."""

    start: int
    end: int
    kind: str
    snippet: str
    snippet_start: int
    snippet_end: int
    #: For a highlight match: the highlight's id and its note.
    highlight: str | None = None
    note: str = ""

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "snippet": self.snippet,
        }
        if self.highlight is not None:
            data["highlight"] = self.highlight
            data["note"] = self.note
        return data


def _phrase_at(found: Sequence[Token], by_position: dict[int, int], i: int, atom: Atom) -> int:
    """The index of the last token of ``atom``'s phrase starting at token ``i``, else -1."""
    last = len(atom.terms) - 1
    first = found[i].position
    for k, term in enumerate(atom.terms):
        j = by_position.get(first + k)
        if j is None:
            return -1
        token = found[j].term
        if not (token.startswith(term) if atom.prefix and k == last else token == term):
            return -1
    return by_position[first + last]


def term_spans(found: Sequence[Token], atoms: Iterable[Atom]) -> list[tuple[int, int]]:
    """Spans of ``found`` (a text's tokens) where any of ``atoms``' words or phrases are."""
    by_position = {token.position: i for i, token in enumerate(found)}
    spans: set[tuple[int, int]] = set()
    for atom in atoms:
        head = atom.terms[0]
        single_prefix = atom.prefix and len(atom.terms) == 1
        for i, token in enumerate(found):
            if token.term != head and not (single_prefix and token.term.startswith(head)):
                continue
            end = _phrase_at(found, by_position, i, atom)
            if end >= 0:
                spans.add((token.start, found[end].end))
    return sorted(spans)


def text_spans(text: str, atoms: Sequence[Atom]) -> list[tuple[int, int]]:
    """Spans of ``text`` where the query's words and phrases are (see :mod:`folding`)."""
    from reader.search.folding import find_spans

    return sorted({span for atom in atoms for span in find_spans(text, atom)})


def entity_spans(named: Iterable[NamedRow], atoms: Sequence[Atom]) -> list[tuple[int, int]]:
    """Mentions of the named things that ``atoms`` (``person:x``, ...) pick."""
    spans: set[tuple[int, int]] = set()
    for row in named:
        picked = [a for a in atoms if row.label in a.labels]
        if not picked:
            continue
        names = (row.name, *names_of(row.key))  # "place:US" finds "United States" too
        if any(term_spans(tokens(name), picked) for name in names):
            spans.update(row.spans)
    return sorted(spans)


def snippet(text: str, start: int, end: int, context: int = CONTEXT) -> tuple[str, int, int]:
    """``(line, match start, match end)``: the match with up to ``context`` characters on
    each side, cut at spaces, on one line, inert for a terminal."""
    left = max(0, start - context)
    right = min(len(text), end + context)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    before = ("…" if left > 0 else "") + text[left:start]
    match = text[start:end] if end - start <= 2 * context else text[start : start + 2 * context]
    after = text[end:right] + ("…" if right < len(text) else "")
    if len(match) < end - start:
        after = "…"
    line = make_inert(f"{before}{match}{after}".replace("\n", " "), keep_newlines=False)
    return line, len(before), len(before) + len(match)


def make_match(text: str, start: int, end: int, kind: str, **extra: str) -> Match:
    shown, s, e = snippet(text, start, end)
    return Match(start, end, kind, shown, s, e, **extra)  # type: ignore[arg-type]
