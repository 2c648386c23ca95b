"""What the front ends count without reading a single highlight: tags, articles, article keys.

Each count is broken down by shard (``{"gdpr": {"3f": 12, "a0": 1}}``), so a query for one
article, key or tag reads only the shards that hold it, and ``postil tags``, ``postil list``
and the library's first frame read no shard at all. The summary is derived data, kept in step
by every save: a journal operation says what it puts (its document) and what it replaces
(``was``, the replaced document's :class:`Contribution`), so counts never need the old version
to be read again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import chain
from typing import Any

from annotations.model import normalize_tags

#: name -> shard -> count (only positive counts are kept).
Breakdown = dict[str, dict[str, int]]
#: The three things counted, in the order they are stored.
KINDS = ("articles", "keys", "tags")


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one annotation adds to the counts: its article, its article key, its tags."""

    article: str
    key: str
    tags: tuple[str, ...]

    @classmethod
    def of(cls, doc: Mapping[str, Any]) -> Contribution:
        """The contribution of a stored annotation document (already checked)."""
        tags = tuple(normalize_tags(doc.get("tags", [])))
        return cls(doc["article"], doc.get("article_key", ""), tags)

    def to_json(self) -> dict[str, Any]:
        """The ``was`` of a journal operation: the fields named as in the document."""
        data: dict[str, Any] = {"article": self.article, "tags": list(self.tags)}
        if self.key:
            data["article_key"] = self.key
        return data

    @classmethod
    def from_json(cls, data: object) -> Contribution:
        """A ``was`` read back; ValueError if it is not one."""
        if not isinstance(data, dict):
            raise ValueError("was: expected an object")
        article, key, tags = data.get("article"), data.get("article_key", ""), data.get("tags")
        if not isinstance(article, str) or not isinstance(key, str) or not isinstance(tags, list):
            raise ValueError("was: wrong types")
        if not all(isinstance(tag, str) for tag in tags):
            raise ValueError("was: tags must be strings")
        return cls(article, key, tuple(tags))


class Summary:
    """Counts of articles, keys and tags, each by shard. Mutable; copy before sharing."""

    def __init__(self, articles: Breakdown, keys: Breakdown, tags: Breakdown) -> None:
        self.articles = articles
        self.keys = keys
        self.tags = tags
        self._total: int | None = None  # counted once, then kept up to date

    @classmethod
    def empty(cls) -> Summary:
        return cls({}, {}, {})

    def add(self, shard: str, part: Contribution, sign: int) -> None:
        """Count (``sign`` 1) or uncount (-1) one annotation of ``shard``."""
        _bump(self.articles, part.article, shard, sign)
        if self._total is not None:
            self._total += sign
        if part.key:
            _bump(self.keys, part.key, shard, sign)
        for tag in part.tags:
            _bump(self.tags, tag, shard, sign)

    def totals(self, kind: str) -> dict[str, int]:
        """``kind`` ("articles", "keys" or "tags") -> its total count, sorted by name."""
        table: Breakdown = getattr(self, kind)
        return {name: sum(by_shard.values()) for name, by_shard in sorted(table.items())}

    def shards_of(self, kind: str, name: str) -> list[str]:
        """The shards holding annotations with this article, key or tag."""
        table: Breakdown = getattr(self, kind)
        return sorted(table.get(name, {}))

    def shard_sizes(self) -> dict[str, int]:
        """Shard -> number of annotations in it (every annotation has one article)."""
        sizes: dict[str, int] = {}
        for by_shard in self.articles.values():
            for shard, count in by_shard.items():
                sizes[shard] = sizes.get(shard, 0) + count
        return sizes

    def total(self) -> int:
        """How many annotations there are (each has one article)."""
        if self._total is None:
            self._total = sum(map(sum, map(dict.values, self.articles.values())))
        return self._total

    def copy(self) -> Summary:
        return Summary(*(_copy(getattr(self, kind)) for kind in KINDS))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Summary):
            return NotImplemented
        return all(getattr(self, kind) == getattr(other, kind) for kind in KINDS)

    __hash__ = None  # type: ignore[assignment]

    def to_json(self) -> dict[str, Breakdown]:
        return {kind: getattr(self, kind) for kind in KINDS}

    @classmethod
    def from_json(cls, data: object) -> Summary:
        """A summary read from the manifest; ValueError if any count is not a whole number."""
        if not isinstance(data, dict):
            raise ValueError("summary: expected an object")
        tables = [data.get(kind, {}) for kind in KINDS]
        if not all(isinstance(table, dict) and _counts(table) for table in tables):
            raise ValueError("summary: counts must be whole numbers by shard")
        return cls(*tables)

    @classmethod
    def of_docs(cls, docs: Iterable[tuple[str, Mapping[str, Any]]]) -> Summary:
        """The summary of ``(shard, document)`` pairs, counted afresh."""
        summary = cls.empty()
        for shard, doc in docs:
            summary.add(shard, Contribution.of(doc), 1)
        return summary


def _bump(table: Breakdown, name: str, shard: str, sign: int) -> None:
    by_shard = table.setdefault(name, {})
    count = by_shard.get(shard, 0) + sign
    if count > 0:
        by_shard[shard] = count
        return
    by_shard.pop(shard, None)
    if not by_shard:
        del table[name]


def _counts(table: dict[Any, Any]) -> bool:
    """Whether ``table`` maps names to {shard: positive whole number}. Checked with C-level
    iteration (``map``, ``chain``): the manifest of a million highlights holds ~40,000 of them,
    and every process checks them on open."""
    by_shard = table.values()
    if not set(map(type, table)) <= {str} or not set(map(type, by_shard)) <= {dict}:
        return False
    shards = set(map(type, chain.from_iterable(by_shard)))
    counts = list(chain.from_iterable(map(dict.values, by_shard)))
    return shards <= {str} and set(map(type, counts)) <= {int} and min(counts, default=1) > 0


def _copy(table: Breakdown) -> Breakdown:
    return {name: dict(by_shard) for name, by_shard in table.items()}
