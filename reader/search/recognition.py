"""The work sent to other processes or machines: recognise entities in texts.

Recognition is most of the cost of indexing, so it is the part that runs in an executor's
workers (a local process pool, or a dask cluster). A worker gets ``(content hash, text)``
pairs and returns :class:`~reader.search.catalog.Recognised` values: plain data, cheap to
pickle, already packed as the catalogue stores it (packing runs in parallel in the workers).
The process that owns the index writes them (SQLite and tantivy have one writer).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from reader.search.catalog import Analysis, NamedRow, Recognised

if TYPE_CHECKING:
    from reader.mentions.index import Recognizer


@cache
def _recognizer(spec: str) -> Recognizer:
    """The recognizer ``spec`` names, loaded once per worker process."""
    from reader.mentions.index import recognizer_for

    return recognizer_for(spec)[0]


def analyse(spec: str, text: str, content: str) -> Analysis:
    """Entities of ``text`` (whose hash is ``content``), grouped into named things."""
    from reader.library.words import count_words
    from reader.mentions.grouping import group_mentions

    spans = [(e.start, e.end, e.label) for e in _recognizer(spec)(text)]
    named = tuple(NamedRow(n.label, n.key, n.name, n.spans) for n in group_mentions(text, spans))
    return Analysis(content, count_words(text), named)


def analyse_batch(spec: str, items: Sequence[tuple[str, str]]) -> list[Recognised]:
    """:func:`analyse` for each ``(content hash, text)``, packed: one task, many articles, so
    the cost of sending a task is shared."""
    return [Recognised.of(analyse(spec, text, content)) for content, text in items]
