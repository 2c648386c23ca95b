"""A shard of the summary cache as columns: one JSON list per field, checked a column at a time.

Why: kept as one JSON object per record, a cache of 50,000 summaries was checked record by
record (each field's type, the counts' bounds, inert text) and made into 50,000 ``Summary``
objects before a cached ``postil list`` could write a row: a third of its CPU time. As
columns, a shard parses into a few lists, each checked by a few passes that run in C (the set
of the types in a column, its minimum and maximum), and a record becomes a row tuple by one
``zip``; a ``Summary`` is made only when a row asks for it.

A shard that fails any check of a column is not thrown away: :func:`shard_rows` says so
(None) and the caller checks it record by record, so one bad record still costs one article
read again, never its shard's thousands.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import Any

import orjson

from reader.library.inert import is_inert

#: A record as a row: the summary's field values in field order (authors as a list).
Row = tuple[Any, ...]
#: What a checked shard holds: ids, file sizes, file times (ns) and rows, all in one order.
Shard = tuple[list[str], list[int], list[int], list[Row]]

_FILE_COLUMNS = ("id", "size", "mtime")
_MAX_INT = 2**53


def encode_shard(fields: Sequence[str], records: Sequence[tuple[str, int, int, Row]]) -> bytes:
    """``records`` (id, size, mtime, row) as one JSON object of columns named ``id``, ``size``,
    ``mtime`` and ``fields`` (orjson.JSONEncodeError: a value JSON cannot hold)."""
    columns = list(zip(*records, strict=True)) if records else [()] * 4
    ids, sizes, mtimes, rows = columns
    data: dict[str, Sequence[Any]] = {"id": ids, "size": sizes, "mtime": mtimes}
    values = list(zip(*rows, strict=True)) if rows else [()] * len(fields)
    data.update(zip(fields, values, strict=True))
    return orjson.dumps(data)


def shard_rows(data: object, types: dict[str, tuple[type, ...]], plain: bool) -> Shard | None:
    """The shard's columns as :data:`Shard` if every column passes its checks (``types``: each
    summary field's allowed types, in field order; ``plain``: the shard's text was seen to hold
    no escape, so its strings need no scan), else None."""
    columns = _columns(data, (*_FILE_COLUMNS, *types))
    if columns is None:
        return None
    ids, sizes, mtimes, *fields = columns
    if not (_only(ids, (str,)) and _only(sizes, (int,)) and _only(mtimes, (int,))):
        return None
    texts: list[list[str]] = []
    for allowed, column in zip(types.values(), fields, strict=True):
        if not _only(column, allowed):
            return None
        if allowed == (int,) and column and not (min(column) >= 0 and max(column) < _MAX_INT):
            return None
        if allowed == (list,):
            column = list(chain.from_iterable(column))  # authors: lists of names
            if not _only(column, (str,)):
                return None
            allowed = (str,)
        if not plain and str in allowed:
            texts.append([value for value in column if value is not None])
    if texts and not is_inert(" ".join(chain.from_iterable(texts))):
        return None
    return ids, sizes, mtimes, list(zip(*fields, strict=True))


def _columns(data: object, names: tuple[str, ...]) -> list[list[Any]] | None:
    """The lists named ``names`` in ``data``, if it holds those and nothing else, all of one
    length."""
    if type(data) is not dict or len(data) != len(names):
        return None
    columns = [data.get(name) for name in names]
    lists = [column for column in columns if type(column) is list]
    if len(lists) != len(names) or len({len(column) for column in lists}) != 1:
        return None
    return lists


def _only(column: list[Any], allowed: tuple[type, ...]) -> bool:
    """Whether every value in ``column`` is of exactly one of ``allowed`` (``bool`` is not
    ``int`` here: a count of ``true`` is refused)."""
    return set(map(type, column)) <= set(allowed)


def record_rows(data: object, names: tuple[str, ...]) -> list[tuple[str, Any, Any, dict[str, Any]]]:
    """A shard that failed :func:`shard_rows`, record by record: (id, size, mtime, fields by
    name) for the caller to check one at a time; nothing if its columns are not even lists of
    one length."""
    columns = _columns(data, (*_FILE_COLUMNS, *names))
    if columns is None:
        return []
    ids, sizes, mtimes, *fields = columns
    return [
        (ident, size, mtime, dict(zip(names, values, strict=True)))
        for ident, size, mtime, *values in zip(ids, sizes, mtimes, *fields, strict=True)
        if type(ident) is str
    ]
