"""Column widths for one-line rows of a name, its kind and a count, in a given width.

The library-wide entity list showed each thing as ``name  kind · N articles`` and let the
list wrap it: at 80 columns most rows took two lines, the kind split across them ("country,
city or" / "state"). A row here is one line in three columns: the name (cut with an ellipsis
when it must be), the kind, and the count, aligned down the list. The kind is the reader's
long name ("country, city or state") while names keep :data:`NAME_ROOM` cells beside it, and
its short name ("place") in a narrower list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: Cells between two columns.
GAP = 2
#: Cells a name column keeps before the long kind names give way to the short ones.
NAME_ROOM = 24


@dataclass(frozen=True)
class Columns:
    """Widths of the three columns, and which kind names fit."""

    name: int
    kind: int
    count: int
    long_kinds: bool


def _widest(texts: Iterable[str]) -> int:
    return max((len(text) for text in texts), default=0)


def fit_columns(
    width: int, long_kinds: Iterable[str], short_kinds: Iterable[str], counts: Iterable[str]
) -> Columns:
    """The columns of rows in ``width`` cells, given every row's kind (long and short
    names) and count as shown. The name takes what is left, one cell at least."""
    count = _widest(counts)
    long_kind = _widest(long_kinds)
    if width - count - long_kind - 2 * GAP >= NAME_ROOM:
        return Columns(width - count - long_kind - 2 * GAP, long_kind, count, long_kinds=True)
    kind = _widest(short_kinds)
    return Columns(max(1, width - count - kind - 2 * GAP), kind, count, long_kinds=False)
