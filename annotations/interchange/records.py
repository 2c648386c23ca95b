"""What an import file holds, as postil understands it, before it meets the library.

A reader (W3C or Hypothesis) turns each annotation of a file into a :class:`ForeignNote` or a
:class:`Skip` saying why not, and notes what it ignored in ``remarks``. Nothing here knows
about articles or the store, so the same records serve a dry run, a test and the real import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from annotations.model import DEFAULT_COLOR

#: Where a record came from, as shown to the reader ("from Hypothesis, user …").
ORIGIN_W3C = "W3C"
ORIGIN_HYPOTHESIS = "Hypothesis"


class ImportFormatError(ValueError):
    """The file as a whole cannot be imported; ``str(e)`` is one user-facing line."""


@dataclass(frozen=True, slots=True)
class ForeignNote:
    """One annotation read from a file: its passage, its words, where and when it was made.

    ``id`` is the postil id it gets: the one a postil export carried, else one derived stably
    from ``remote_id`` (so importing the same file twice finds the same ids). ``origin`` is
    empty for an annotation first made in postil. ``start``/``end`` are ``None`` when the file
    gave no usable positions; ``exact`` is empty when it gave positions only.
    """

    id: str
    origin: str
    remote_id: str
    source: str
    title: str
    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    note: str = ""
    tags: tuple[str, ...] = ()
    color: str = DEFAULT_COLOR
    created: str = ""
    updated: str = ""
    creator: str = ""


@dataclass(frozen=True, slots=True)
class Skip:
    """An annotation of the file that is not imported: which one (``label``) and why."""

    label: str
    reason: str


@dataclass
class ParseResult:
    """Everything read from one file: records, what was skipped and what was ignored.

    ``remarks`` are one line each ("2 RangeSelectors ignored: ..."): parts of annotations
    that postil has no place for, where the annotation itself was still read.
    """

    notes: list[ForeignNote] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)

    def remark(self, line: str) -> None:
        if line not in self.remarks:
            self.remarks.append(line)


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]+")


def item_label(kind: str, index: int | None, remote_id: object = None) -> str:
    """How a message names an item: ``annotation 3 (its id)``, the id made one safe line."""
    label = kind if index is None else f"{kind} {index}"
    if isinstance(remote_id, str) and remote_id.strip():
        shown = " ".join(_UNPRINTABLE.sub(" ", remote_id).split())
        label += f" ({shown[:77]}…)" if len(shown) > 80 else f" ({shown})"
    return label
