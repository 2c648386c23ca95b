"""The annotation record: what a reader wrote about a passage, and where that passage is.

The selector follows the W3C Web Annotation model: a TextQuoteSelector (``exact`` with
``prefix``/``suffix`` context) plus a TextPositionSelector (``start``/``end``). Positions are
fast to use; the quote and its context are what let a highlight survive edits to the article.

Offsets index the article's *displayed text*: the cleaned text the reader shows, in which
paragraphs are separated by a single ``"\\n"``.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

#: Highlight colours a user can choose, in the order the dialog offers them.
COLORS: tuple[str, ...] = ("yellow", "green", "blue", "pink", "purple")
DEFAULT_COLOR = COLORS[0]

#: Characters of context kept on each side of a quote.
CONTEXT_CHARS = 32

_CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"
_TAG_JUNK = re.compile(r"[^\w\-/]+", re.UNICODE)


def utc_now() -> str:
    """The current time as UTC ISO 8601 with a ``Z`` suffix, to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_id() -> str:
    """A new, time-sortable, unique id (a lowercase ULID: 48-bit ms time + 80 random bits).

    Lowercase letters and digits only, so it is a valid Obsidian block reference (``^id``).
    """
    value = (int(time.time() * 1000) << 80) | int.from_bytes(os.urandom(10), "big")
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def normalize_tag(raw: str) -> str:
    """One tag as stored: trimmed, without a leading ``#``, lowercase, inner spaces as ``-``.

    Tags end up as ``#tag`` in Markdown, where Obsidian and Logseq stop a tag at white space
    and most punctuation, so the stored form is already one they read whole.
    """
    tag = raw.strip().lstrip("#").strip().lower()
    tag = re.sub(r"\s+", "-", tag)
    tag = _TAG_JUNK.sub("", tag)
    return tag.strip("-/")


def normalize_tags(raw: str | Iterable[str]) -> list[str]:
    """Tags from a comma-separated string or an iterable: normalised, de-duplicated, in order."""
    parts = raw.split(",") if isinstance(raw, str) else list(raw)
    seen: dict[str, None] = {}
    for part in parts:
        tag = normalize_tag(part)
        if tag:
            seen.setdefault(tag, None)
    return list(seen)


@dataclass(frozen=True, slots=True)
class Selector:
    """Where a highlight is: the quote with its context, and its offsets when it was made."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "exact": self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Selector:
        return cls(
            exact=str(data["exact"]),
            prefix=str(data.get("prefix", "")),
            suffix=str(data.get("suffix", "")),
            start=int(data["start"]),
            end=int(data["end"]),
        )

    @classmethod
    def from_text(cls, text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> Selector:
        """The selector for ``text[start:end]``, with ``context`` characters either side."""
        if not 0 <= start < end <= len(text):
            raise ValueError(f"bad selection {start}..{end} in a text of {len(text)} characters")
        return cls(
            exact=text[start:end],
            prefix=text[max(0, start - context) : start],
            suffix=text[end : end + context],
            start=start,
            end=end,
        )


@dataclass(frozen=True, slots=True)
class Annotation:
    """A highlight with its colour, tags and note. Immutable: edits make a new value."""

    id: str
    article: str
    article_title: str
    selector: Selector
    color: str = DEFAULT_COLOR
    tags: tuple[str, ...] = ()
    note: str = ""
    created: str = field(default_factory=utc_now)
    updated: str = field(default_factory=utc_now)
    #: What the article *is* (``url:<canonical URL>`` or ``text:<fingerprint>``): the highlight
    #: follows it when the file is copied, moved or renamed. ``article`` is where it was last
    #: seen, a hint. Empty until the reader side has identified the article.
    article_key: str = ""
    #: Where an imported highlight came from ("Hypothesis", "W3C"; empty if made in postil)
    #: and who made it there, so the reader can tell their own notes from others'.
    origin: str = ""
    creator: str = ""

    @classmethod
    def create(
        cls,
        *,
        article: str,
        article_title: str,
        selector: Selector,
        color: str = DEFAULT_COLOR,
        tags: str | Iterable[str] = (),
        note: str = "",
        article_key: str = "",
    ) -> Annotation:
        """A new annotation with a fresh id and timestamps."""
        now = utc_now()
        return cls(
            id=new_id(),
            article=article,
            article_title=article_title,
            selector=selector,
            color=color if color in COLORS else DEFAULT_COLOR,
            tags=tuple(normalize_tags(tags)),
            note=note,
            created=now,
            updated=now,
            article_key=article_key,
        )

    @property
    def start(self) -> int:
        return self.selector.start

    @property
    def end(self) -> int:
        return self.selector.end

    @property
    def quote(self) -> str:
        return self.selector.exact

    def edited(self, **changes: Any) -> Annotation:
        """A copy with ``changes`` applied (tags normalised) and ``updated`` set to now."""
        if "tags" in changes:
            changes["tags"] = tuple(normalize_tags(changes["tags"]))
        if "color" in changes and changes["color"] not in COLORS:
            raise ValueError(f"unknown colour {changes['color']!r}; choose one of {COLORS}")
        return replace(self, **changes, updated=utc_now())

    def to_dict(self) -> dict[str, Any]:
        data = {
            "id": self.id,
            "article": self.article,
            "article_title": self.article_title,
            "selector": self.selector.to_dict(),
            "color": self.color,
            "tags": list(self.tags),
            "note": self.note,
            "created": self.created,
            "updated": self.updated,
        }
        for key in ("article_key", "origin", "creator"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Annotation:
        return cls(
            id=str(data["id"]),
            article=str(data["article"]),
            article_title=str(data.get("article_title", "")),
            selector=Selector.from_dict(data["selector"]),
            color=str(data.get("color", DEFAULT_COLOR)),
            tags=tuple(normalize_tags(data.get("tags", ()))),
            note=str(data.get("note", "")),
            created=str(data.get("created", "")),
            updated=str(data.get("updated", "")),
            article_key=str(data.get("article_key", "")),
            origin=str(data.get("origin", "")),
            creator=str(data.get("creator", "")),
        )
