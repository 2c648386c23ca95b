"""The work sent to other processes or machines: recognise entities in texts.

Recognition is most of the cost of indexing, so it is the part that runs in an executor's
workers (a local process pool, or a dask cluster). A worker gets ``(content hash, text)``
pairs and returns :class:`~reader.search.catalog.Recognised` values: plain data, cheap to
pickle, already packed as the catalogue stores it (packing runs in parallel in the workers).
The process that owns the index writes them (SQLite and tantivy have one writer). A local
pool's workers read the files themselves instead (:mod:`reader.search.reading`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING

from reader.search.catalog import Analysis, NamedRow, Recognised

if TYPE_CHECKING:
    from reader.mentions.grouping import Named
    from reader.mentions.index import Recognizer


#: An entity as the grouping takes it: ``(start, end, label)``.
_SPAN = attrgetter("start", "end", "label")


@cache
def _recognizer(spec: str) -> Recognizer:
    """The recognizer ``spec`` names, loaded once per worker process."""
    from reader.mentions.index import recognizer_for

    return recognizer_for(spec)[0]


def _named(spec: str, text: str) -> list[Named]:
    from reader.mentions.grouping import group_mentions

    return group_mentions(text, [(e.start, e.end, e.label) for e in _recognizer(spec)(text)])


def analyse(spec: str, text: str, content: str) -> Analysis:
    """Entities of ``text`` (whose hash is ``content``), grouped into named things."""
    from reader.library.words import count_words

    named = tuple(NamedRow(n.label, n.key, n.name, n.spans) for n in _named(spec, text))
    return Analysis(content, count_words(text), named)


def recognise(spec: str, text: str, content: str, words: int | None = None) -> Recognised:
    """:func:`analyse`, packed for the catalogue straight from the grouping's flat rows
    (``words``: the text's word count when known, else counted here)."""
    from reader.library.words import count_words
    from reader.mentions.grouping import group_rows

    count = count_words(text) if words is None else words
    spans = map(_SPAN, _recognizer(spec)(text))  # (start, end, label) of each entity
    return Recognised.of_rows(content, count, group_rows(text, spans))


def analyse_batch(spec: str, items: Sequence[tuple[str, str]]) -> list[Recognised]:
    """:func:`recognise` each ``(content hash, text)``: one task, many articles, so the cost
    of sending a task is shared."""
    return [recognise(spec, text, content) for content, text in items]
