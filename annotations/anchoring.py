"""Finding a highlight again in an article's displayed text, even after the text changed.

An article file can change under its annotations: words inserted or deleted, a paragraph
removed, lines re-wrapped, boilerplate rules changed. Each selector is located in three steps,
cheapest first, so a 1 MB article whose 200 highlights did not move anchors in a few ms:

1. ``exact``: the quote is still at its offsets, with its prefix and suffix around it.
2. ``context``: the quote occurs elsewhere, verbatim or with its white space folded (re-wrapping
   turns a space into ``"\\n"`` and back); of several occurrences, the one whose prefix and
   suffix match best, then the one nearest the old offset, wins.
3. ``fuzzy``: an approximate match of the quote with at most :data:`MAX_ERROR_RATE` edits,
   found with edlib's Myers bit-vector search (the algorithm the Hypothesis client uses), or
   the text between the intact prefix and suffix; candidates are ranked by quote similarity,
   prefix/suffix similarity and nearness.

A fuzzy match is trusted only if it is close to the quote the reader highlighted *and* each
side of its context is close to the context recorded (:func:`trusted`). Anything else is an
orphan (``None``): a wrong anchor is worse than an orphan, which the store keeps and exports
list with its quote.

An annotation that was found fuzzily before keeps its original quote (``selector``) and where
it was found (``current``): :func:`locate_annotation` looks for the original first, then for
the passage where it was last seen, and judges every candidate against the *original* quote,
so a series of small edits can never walk a highlight away to an unrelated passage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Literal

from annotations.model import CONTEXT_CHARS, Annotation, Selector

Method = Literal["exact", "context", "fuzzy"]


def _edlib() -> Any:
    """edlib, imported at the first approximate comparison: most exports and opens find every
    highlight in place and need none, and the import cost ~4 ms of a first export's CPU."""
    import edlib

    return edlib


#: Most edits a fuzzy match may have, as a fraction of the quote's length.
MAX_ERROR_RATE = 0.25
#: Least similarity (:func:`quote_similarity`) a fuzzy match may have to the original quote.
MIN_QUOTE_SIMILARITY = 1.0 - MAX_ERROR_RATE
#: Least similarity each side of a fuzzy match's context (prefix, suffix) must have to the
#: context recorded: similar sentences elsewhere ("voted 5 to 4 to approve the tunnel" for
#: "voted 7 to 2 to approve the bridge") pass on the quote alone, never on both sides.
MIN_SIDE_CONTEXT = 0.5
#: At most this many occurrences (nearest the old offset first) are ranked by context, which
#: bounds the time a very common quote (``"the"``) can take.
MAX_CANDIDATES = 256
#: Prefix and suffix shorter than this do not bracket a fuzzy candidate; at most this many
#: prefix occurrences (nearest first) are tried.
_MIN_BRACKET = 8
_MAX_BRACKETS = 16
#: Weight of nearness to the old offset against context similarity (which is in 0..1).
_NEARNESS_WEIGHT = 0.05
#: Similarity given to missing context (the quote was at the very start or end of the text).
_UNKNOWN_CONTEXT = 0.5
#: Re-wrapping swaps these for one another; edlib counts them as equal.
_WHITESPACE = " \n\t\r"
_WHITESPACE_EQUAL = [(a, b) for i, a in enumerate(_WHITESPACE) for b in _WHITESPACE[i + 1 :]]


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a selector was found: ``text[start:end]``, how, and how well (1.0 = verbatim).

    ``score`` is the quote's similarity: 1.0 for ``exact`` and ``context`` (white space
    folding included), ``1 - edits / len(quote)`` for ``fuzzy``.
    """

    start: int
    end: int
    method: Method
    score: float = 1.0


def locate(text: str, selector: Selector, *, shift: int = 0) -> Anchor | None:
    """Find ``selector`` in ``text``: exact at its offsets, else by quote and context, else fuzzy.

    ``shift`` is a guess of how far the passage moved (:func:`anchor_all` passes the move of
    the previous highlight, since an insertion moves everything after it alike): the quote
    with its context intact there is taken without searching the whole text.
    Returns ``None`` (an orphan) when no match is close enough to trust.
    """
    found = _verbatim(text, selector, shift)
    return found if found is not None else _fuzzy(text, selector)


def locate_annotation(text: str, ann: Annotation, *, shift: int = 0) -> Anchor | None:
    """Find ``ann`` in ``text``: its original quote, else where it was last found.

    An annotation without ``current`` is located like its selector. One with it (its text
    changed before) is taken verbatim if its original quote is back; else where it was last
    seen, if that is still close enough to the original quote (with its recorded context);
    else by an approximate search for the original quote around that last place.
    """
    if ann.current is None:
        return locate(text, ann.selector, shift=shift)
    original = ann.selector
    found = _verbatim(text, original, 0)
    if found is not None:
        return found
    last = ann.current
    seen = _verbatim(text, last, shift)
    if seen is not None and trusted(text, (seen.start, seen.end), original.exact, last):
        score = quote_similarity(original.exact, text[seen.start : seen.end])
        return Anchor(seen.start, seen.end, "fuzzy", round(score, 4))
    return _fuzzy(text, replace(last, exact=original.exact))


def anchor_all(
    text: str, annotations: Sequence[Annotation]
) -> list[tuple[Annotation, Anchor | None]]:
    """Each annotation with its anchor in ``text`` (``None`` for an orphan), in input order.

    Annotations are located in order of their old offsets, each trying first the move of the
    one before it, so a paragraph inserted or removed costs one search, not one per highlight.
    """
    return [
        (ann, Anchor(ann.selector.start, ann.selector.end, "exact") if a is _UNCHANGED else a)
        for ann, a in zip(annotations, _anchors(text, annotations), strict=True)
    ]


#: What :func:`_anchors` gives an annotation :func:`_unchanged` in ``text``.
_UNCHANGED = Anchor(-1, -1, "exact")


def _anchors(text: str, annotations: Sequence[Annotation]) -> list[Anchor | None]:
    """:func:`anchor_all`'s anchors, but :data:`_UNCHANGED` for an annotation that is where
    it was saved with all of its recorded context (most of them): an export of 10,000
    highlights made and then checked again an anchor for each of those."""
    unchanged = [_unchanged(text, ann) for ann in annotations]
    if all(unchanged):  # the usual article: no order to follow, no shift to guess
        return [_UNCHANGED] * len(annotations)
    anchors: list[Anchor | None] = [None] * len(annotations)
    starts = [(ann.current or ann.selector).start for ann in annotations]
    shift = 0
    for index in sorted(range(len(annotations)), key=starts.__getitem__):
        ann = annotations[index]
        if unchanged[index]:
            anchors[index], shift = _UNCHANGED, 0
            continue
        anchor = _in_place(text, ann) or locate_annotation(text, ann, shift=shift)
        anchors[index] = anchor
        if anchor is not None and anchor.method != "fuzzy":
            shift = anchor.start - ann.start
    return anchors


def _unchanged(text: str, ann: Annotation) -> bool:
    """Whether ``ann`` is found in place (:func:`_in_place`) and :func:`reanchored` would
    return it as it is: its quote at its offsets with all of its recorded context around it."""
    selector = ann.selector
    start, end, quote = selector.start, selector.end, selector.exact
    if ann.current is not None or not quote or start < 0 or end - start != len(quote):
        return False
    before = start - CONTEXT_CHARS
    return (
        text.startswith(quote, start)
        and text[before if before > 0 else 0 : start] == selector.prefix
        and text[end : end + CONTEXT_CHARS] == selector.suffix
    )


def _in_place(text: str, ann: Annotation) -> Anchor | None:
    """The anchor :func:`locate_annotation` finds first, for an annotation whose quote and
    context are where it was saved (most of them): checked without its general steps."""
    selector = ann.selector
    start, end, quote = selector.start, selector.end, selector.exact
    if ann.current is not None or not quote or end - start != len(quote):
        return None
    if text.startswith(quote, start) and _context_intact(text, start, end, selector):
        return Anchor(start, end, "exact")
    return None


def reanchored(text: str, ann: Annotation, anchor: Anchor) -> Annotation:
    """``ann`` placed at ``anchor``: offsets and context from ``text``, its quote kept.

    If the text there is not the reader's quote, it is recorded as ``current`` (see
    :meth:`Annotation.placed`); ``updated`` is left alone: following the article is not an
    edit by the reader. Returns ``ann`` itself when nothing changed (checked first without
    building a selector: most highlights of an unchanged article are where they were).
    """
    old = ann.selector
    if ann.current is None and (anchor.start, anchor.end) == (old.start, old.end):
        before = text[max(0, old.start - CONTEXT_CHARS) : old.start]
        after = text[old.end : old.end + CONTEXT_CHARS]
        if (before, text[old.start : old.end], after) == (old.prefix, old.exact, old.suffix):
            return ann
    return ann.placed(Selector.from_text(text, anchor.start, anchor.end))


def reanchor_all(
    text: str, annotations: Iterable[Annotation]
) -> tuple[list[Annotation], list[Annotation]]:
    """``(anchored, orphaned)``: the found ones placed where they are now, the rest unchanged.

    An annotation is returned as the same object when nothing about it moved, so a caller can
    save only those that changed (``new is not old``).
    """
    anchored: list[Annotation] = []
    orphaned: list[Annotation] = []
    listed = list(annotations)
    for ann, anchor in zip(listed, _anchors(text, listed), strict=True):
        if anchor is _UNCHANGED:
            anchored.append(ann)
        elif anchor is None:
            orphaned.append(ann)
        else:
            anchored.append(reanchored(text, ann, anchor))
    return anchored, orphaned


# --- trust ------------------------------------------------------------------------------------


def quote_similarity(original: str, found: str) -> float:
    """``1 - edits / len(original)``: how close ``found`` is to the quote the reader chose.

    Edits are Levenshtein edits, one kind of white space for another counting as no edit
    (re-wrapping is not a change of text). 1.0 is the same text; below
    :data:`MIN_QUOTE_SIMILARITY` a match is never trusted.
    """
    if not original:
        return 1.0 if not found else 0.0
    return 1.0 - _true_distance(original, found) / len(original)


def trusted(text: str, span: tuple[int, int], original: str, context: Selector) -> bool:
    """Whether ``text[span]`` may stand for the quote ``original`` whose context is ``context``.

    The quote must be within :data:`MIN_QUOTE_SIMILARITY` of the original, and each side of
    the context (prefix, suffix) at least :data:`MIN_SIDE_CONTEXT` like the one recorded (a
    side recorded empty, at an end of the text, counts as neither for nor against).
    """
    start, end = span
    if quote_similarity(original, text[start:end]) < MIN_QUOTE_SIMILARITY:
        return False
    before = text[max(0, start - len(context.prefix)) : start]
    after = text[end : end + len(context.suffix)]
    return min(_similarity(context.prefix, before), _similarity(context.suffix, after)) >= (
        MIN_SIDE_CONTEXT
    )


def _true_distance(a: str, b: str) -> int:
    """Levenshtein distance with white space kinds equal, exact for any alphabet.

    edlib takes at most 256 distinct symbols, so both strings are coded into one byte per
    character when they fit (almost always); otherwise a plain dynamic programme does it.
    """
    kinds = sorted(set(a) | set(b))
    if len(kinds) <= 256:
        table = {char: chr(code) for code, char in enumerate(kinds)}
        equal = [(table[x], table[y]) for x, y in _WHITESPACE_EQUAL if x in table and y in table]
        coded_a = "".join(table[c] for c in a).encode("latin-1")
        coded_b = "".join(table[c] for c in b).encode("latin-1")
        result = _edlib().align(
            coded_a, coded_b, mode="NW", task="distance", additionalEqualities=equal or None
        )
        return int(result["editDistance"])
    return _levenshtein(a, b)


def _levenshtein(a: str, b: str) -> int:
    fold = str.maketrans({c: " " for c in _WHITESPACE})
    a, b = a.translate(fold), b.translate(fold)
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        row = [i]
        for j, other in enumerate(b, start=1):
            row.append(min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (char != other)))
        previous = row
    return previous[-1]


def _verbatim(text: str, selector: Selector, shift: int) -> Anchor | None:
    """Steps 1 and 2: the quote at its offsets (or moved by ``shift``) with its context, else
    its best verbatim or white-space-folded occurrence."""
    quote = selector.exact
    if not quote or not text:
        return None
    start, end = selector.start, selector.end
    for move in (0, shift) if shift else (0,):
        s, e = start + move, end + move
        in_place = s >= 0 and e - s == len(quote) and text.startswith(quote, s)
        if in_place and _context_intact(text, s, e, selector):
            return Anchor(s, e, "context" if move else "exact")
    found = _best(text, selector, _occurrences(text, quote, start))
    if found is None:
        found = _best(text, selector, _folded_occurrences(text, quote, start))
    if found is None:
        return None
    s, e = found
    return Anchor(s, e, "exact" if (s, e) == (start, end) else "context")


# --- candidates -------------------------------------------------------------------------------


def _occurrences(text: str, quote: str, near: int) -> list[tuple[int, int]]:
    """Verbatim occurrences of ``quote``, the :data:`MAX_CANDIDATES` nearest ``near``."""
    spans: list[tuple[int, int]] = []
    find = text.find
    pos = find(quote)
    while pos != -1:
        spans.append((pos, pos + len(quote)))
        pos = find(quote, pos + 1)
    return _nearest(spans, near)


def _folded_occurrences(text: str, quote: str, near: int) -> list[tuple[int, int]]:
    """Occurrences of ``quote`` where any run of white space may be any other run."""
    words = quote.split()
    pattern = r"\s+".join(map(re.escape, words)) if words else r"\s+"
    if words and quote[0].isspace():
        pattern = r"\s+" + pattern
    if words and quote[-1].isspace():
        pattern += r"\s+"
    spans = [m.span() for m in re.finditer(pattern, text)]
    return _nearest(spans, near)


def _nearest(spans: list[tuple[int, int]], near: int) -> list[tuple[int, int]]:
    if len(spans) > MAX_CANDIDATES:
        spans = sorted(spans, key=lambda span: abs(span[0] - near))[:MAX_CANDIDATES]
    return spans


def _best(
    text: str, selector: Selector, spans: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """The span whose context matches best, ties broken by nearness to the old offset."""
    if not spans:
        return None
    if len(spans) == 1:
        return spans[0]
    return max(spans, key=lambda span: _rank(text, selector, span))


def _rank(text: str, selector: Selector, span: tuple[int, int]) -> tuple[bool, float, int]:
    """Verbatim context first (the strongest evidence, however far the passage moved), then
    context similarity with a little weight for nearness, then nearness alone."""
    intact = _context_intact(text, span[0], span[1], selector)
    nearness = 1.0 - min(1.0, abs(span[0] - selector.start) / max(len(text), 1))
    score = _context_score(text, span[0], span[1], selector) + _NEARNESS_WEIGHT * nearness
    return (intact, score, -abs(span[0] - selector.start))


# --- context ----------------------------------------------------------------------------------


def _context_intact(text: str, start: int, end: int, selector: Selector) -> bool:
    """Whether ``selector``'s prefix and suffix surround ``start:end`` verbatim."""
    before = text[max(0, start - len(selector.prefix)) : start]
    after = text[end : end + len(selector.suffix)]
    return before == selector.prefix and after == selector.suffix


def _context_score(text: str, start: int, end: int, selector: Selector) -> float:
    """How well the text around ``start:end`` matches the selector's prefix and suffix, 0..1."""
    prefix, suffix = selector.prefix, selector.suffix
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    return (_similarity(prefix, before) + _similarity(suffix, after)) / 2


def _similarity(expected: str, actual: str) -> float:
    """1 - normalised edit distance, a change of white space kind costing a tenth of an edit.

    Re-wrapping should not make context look different, but where two candidates differ only
    by that, the one whose context is literally the same wins.
    """
    if expected == actual:
        return 1.0
    if not expected:
        # The quote was at an end of the text: that says little once text is added there.
        return _UNKNOWN_CONTEXT
    if not actual:
        return 0.0
    folded = _distance(expected, actual, _WHITESPACE_EQUAL)
    literal = _distance(expected, actual, None)
    return 1.0 - (folded + 0.1 * (literal - folded)) / max(len(expected), len(actual))


def _distance(a: str, b: str, equalities: list[tuple[str, str]] | None) -> int:
    result = _edlib().align(a, b, mode="NW", task="distance", additionalEqualities=equalities)
    return int(result["editDistance"])


# --- fuzzy ------------------------------------------------------------------------------------


def _fuzzy(text: str, selector: Selector) -> Anchor | None:
    """The best approximate match of the quote within :data:`MAX_ERROR_RATE`, if trusted.

    Candidates are the quote's closest matches anywhere (edlib) and the text between the
    intact prefix and suffix nearest the old offset (the quote edited in place, even if a
    closer copy exists elsewhere). They are ranked by quote similarity (weight 2), context
    similarity and nearness, as the Hypothesis client does.
    """
    quote = selector.exact
    limit = int(len(quote) * MAX_ERROR_RATE)
    if limit == 0:
        return None
    distances: dict[tuple[int, int], int] = {}
    query, target = _edlib_bytes(quote, text)
    result = _edlib().align(
        query, target, mode="HW", task="locations", k=limit, additionalEqualities=_WHITESPACE_EQUAL
    )
    if result["editDistance"] >= 0:
        spans = {(s, e + 1) for s, e in result["locations"] if s is not None and e >= s}
        for span in _nearest(sorted(spans), selector.start):
            distances[span] = result["editDistance"]
    bracket = _between_context(text, selector, limit)
    if bracket is not None and bracket not in distances:
        distance = _distance(quote, text[bracket[0] : bracket[1]], _WHITESPACE_EQUAL)
        if distance <= limit:
            distances[bracket] = distance
    if not distances:
        return None

    def rank(span: tuple[int, int]) -> tuple[float, int]:
        _, quality, nearness = _rank(text, selector, span)
        return (quality + 2.0 * (1.0 - distances[span] / len(quote)), nearness)

    span = max(sorted(distances), key=rank)
    if not trusted(text, span, quote, selector):
        return None
    return Anchor(span[0], span[1], "fuzzy", round(quote_similarity(quote, text[slice(*span)]), 4))


def _between_context(text: str, selector: Selector, limit: int) -> tuple[int, int] | None:
    """The span between the prefix and suffix, found verbatim nearest the old offset.

    Only when both are long enough to mean something and the span's length is within
    ``limit`` of the quote's.
    """
    prefix, suffix, size = selector.prefix, selector.suffix, len(selector.exact)
    if len(prefix) < _MIN_BRACKET or len(suffix) < _MIN_BRACKET:
        return None
    old_prefix_start = selector.start - len(prefix)
    found = _occurrences(text, prefix, old_prefix_start)
    found.sort(key=lambda span: abs(span[0] - old_prefix_start))
    for _start, end in found[:_MAX_BRACKETS]:
        after = text.find(suffix, end + size - limit, end + size + limit + len(suffix))
        if after != -1:
            return (end, after)
    return None


def _edlib_bytes(query: str, target: str) -> tuple[bytes, bytes]:
    """``query`` and ``target`` as bytes, one byte per character, so offsets are unchanged.

    edlib maps a ``str`` to its alphabet in Python, character by character (100+ ms for 1 MB),
    and refuses more than 256 distinct symbols (a text in Chinese has thousands). ASCII is
    kept; the few distinct non-ASCII characters of a Western text (curly quotes, accents) get
    codes 128..254, once per text (cached: ``anchor_all`` encodes the article once).
    """
    codec = _text_codec(target)
    if codec is None:
        return _edlib_bytes_per_query(query, target)
    encoded, table = codec
    absent = chr(128 + len(table))  # a code the target does not use
    coded = _NON_ASCII.sub(lambda m: table.get(m.group(), absent), query)
    return coded.encode("latin-1"), encoded


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=2)
def _text_codec(text: str) -> tuple[bytes, dict[str, str]] | None:
    """``text`` with non-ASCII characters recoded to 128..254, or ``None`` if too many kinds."""
    if text.isascii():
        return text.encode("ascii"), {}
    kinds = sorted(set(_NON_ASCII.findall(text)))
    if len(kinds) > 126:
        return None
    table = {c: chr(128 + i) for i, c in enumerate(kinds)}
    return _NON_ASCII.sub(lambda m: table[m.group()], text).encode("latin-1"), table


def _edlib_bytes_per_query(query: str, target: str) -> tuple[bytes, bytes]:
    """The large-alphabet case: each query character gets a code, all other characters 0.

    White space keeps its ASCII code so the whitespace equalities still apply. Past 251
    distinct query characters (a very long CJK quote) codes repeat: the match is then slightly
    overestimated, which the error bound and the context check still limit.
    """
    spaces = " \n\t\r"
    others = sorted(set(query).difference(spaces))
    codes = [chr(c) for c in range(1, 256) if chr(c) not in spaces]
    table = {ord(c): codes[i % len(codes)] for i, c in enumerate(others)}
    for char in set(target).difference(query).difference(spaces):
        table[ord(char)] = "\x00"
    return query.translate(table).encode("latin-1"), target.translate(table).encode("latin-1")
