"""One record from the pieces a reader found: cleaned, bounded, with a stable id.

Both readers (W3C and Hypothesis) end here, so every imported annotation gets the same
treatment: control characters dropped from every text, each size checked against its limit
(an annotation over a limit is skipped with the reason, never cut), tags normalised as postil
stores them, and an id that is the same each time the same file is read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from annotations.interchange.cleaning import (
    MAX_FIELD,
    MAX_NOTE,
    MAX_QUOTE,
    MAX_TAG,
    MAX_TAGS,
    clean_text,
    utc_timestamp,
)
from annotations.interchange.identity import derived_id
from annotations.interchange.records import ForeignNote, ParseResult, Skip
from annotations.interchange.selectors import Passage
from annotations.model import COLORS, DEFAULT_COLOR, normalize_tag


@dataclass(frozen=True, slots=True)
class Pieces:
    """What a reader found for one annotation, as given in the file (uncleaned)."""

    origin: str
    remote_id: str
    source: str
    title: str
    passage: Passage
    note: str = ""
    tags: tuple[str, ...] = ()
    color: str = DEFAULT_COLOR
    created: object = None
    updated: object = None
    creator: str = ""
    postil_id: str | None = None


def assemble(pieces: Pieces, label: str, result: ParseResult) -> ForeignNote | Skip:
    """The record for ``pieces``, or why it cannot be one."""
    passage = pieces.passage
    if not passage.usable:
        return Skip(label, "no TextQuoteSelector or TextPositionSelector: nothing to find it by")
    too_long = _too_long(pieces)
    if too_long:
        return Skip(label, too_long)
    created = utc_timestamp(pieces.created) or utc_timestamp(pieces.updated)
    updated = utc_timestamp(pieces.updated) or created
    exact = clean_text(passage.exact)
    source = clean_text(pieces.source).strip()
    remote_id = clean_text(pieces.remote_id)
    key = remote_id or "\n".join((source, exact, str(passage.start), created))
    return ForeignNote(
        id=pieces.postil_id or derived_id(pieces.origin, key, created),
        origin=pieces.origin,
        remote_id=remote_id,
        source=source,
        title=clean_text(pieces.title),
        exact=exact,
        prefix=clean_text(passage.prefix),
        suffix=clean_text(passage.suffix),
        start=passage.start,
        end=passage.end,
        note=clean_text(pieces.note),
        tags=_tags(pieces.tags, result),
        color=pieces.color if pieces.color in COLORS else DEFAULT_COLOR,
        created=created,
        updated=updated,
        creator=clean_text(pieces.creator),
    )


def _too_long(pieces: Pieces) -> str | None:
    """Why ``pieces`` is over a size limit, or ``None``."""
    passage = pieces.passage
    checks: Iterable[tuple[str, int, int]] = (
        ("quote", len(passage.exact), MAX_QUOTE),
        ("context", max(len(passage.prefix), len(passage.suffix)), MAX_FIELD),
        ("note", len(pieces.note), MAX_NOTE),
        ("source", len(pieces.source), MAX_FIELD),
        ("title", len(pieces.title), MAX_FIELD),
        ("creator", len(pieces.creator), MAX_FIELD),
        ("id", len(pieces.remote_id), MAX_FIELD),
        ("tag list", len(pieces.tags), MAX_TAGS),
        ("tag", max((len(tag) for tag in pieces.tags), default=0), MAX_TAG),
    )
    for name, size, limit in checks:
        if size > limit:
            return f"{name} too long ({size:,} > {limit:,})"
    return None


def _tags(raw: tuple[str, ...], result: ParseResult) -> tuple[str, ...]:
    tags: dict[str, None] = {}
    for value in raw:
        tag = normalize_tag(clean_text(value))
        if tag:
            tags.setdefault(tag, None)
        else:
            result.remark("tags without a letter or digit dropped")
    return tuple(tags)
