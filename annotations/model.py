"""The annotation record: what a reader wrote about a passage, and where that passage is.

The selector follows the W3C Web Annotation model: a TextQuoteSelector (``exact`` with
``prefix``/``suffix`` context) plus a TextPositionSelector (``start``/``end``). Positions are
fast to use; the quote and its context are what let a highlight survive edits to the article.

An annotation's ``selector.exact`` is what the reader highlighted and is never overwritten by
re-anchoring: when the article's text at the highlight changed (a fuzzy match), where the
passage is now goes into a second selector, ``current``, and :attr:`Annotation.moved` tells the
front ends to show "moved: text changed" with both texts.

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
from functools import lru_cache
from typing import Any

#: Highlight colours a user can choose, in the order the dialog offers them.
COLORS: tuple[str, ...] = ("yellow", "green", "blue", "pink", "purple")
DEFAULT_COLOR = COLORS[0]

#: Characters of context kept on each side of a quote.
CONTEXT_CHARS = 32

#: Largest offset a stored selector may hold (articles are at most a few MB; anything larger
#: is damage, and would overflow float arithmetic in ranking).
MAX_OFFSET = 2**40

_CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"
_TAG_JUNK = re.compile(r"[^\w\-/]+", re.UNICODE)
_SURROGATE = re.compile("[\ud800-\udfff]")


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


@lru_cache(maxsize=4096)  # a library has few distinct tags, met on every record on open
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
        """A selector from its stored form; ValueError/TypeError/KeyError if it is not one.

        Strict on types (a stored ``"start": "12"`` or ``1e400`` is damage, not a number to
        coerce): what comes back is exactly what was saved, or an error.
        """
        start, end = _offset(data["start"]), _offset(data["end"])
        if end < start:
            raise ValueError("a selector ends before it starts")
        exact, prefix, suffix = data["exact"], data.get("prefix", ""), data.get("suffix", "")
        _check_texts(exact, prefix, suffix)
        return cls(exact=exact, prefix=prefix, suffix=suffix, start=start, end=end)

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
    """A highlight with its colour, tags and note. Immutable: edits make a new value.

    ``selector`` is the passage as the reader highlighted it; its quote is kept for good.
    ``current`` is set only while the article's text at the highlight differs from that quote
    (it was found again by an approximate match, or re-wrapped): where the passage is now.
    """

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
    #: Where the passage is now when its text there differs from ``selector`` (the quote the
    #: reader highlighted, never overwritten).
    current: Selector | None = None
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
    def place(self) -> Selector:
        """Where the highlight is now: ``current`` if the text there changed, else ``selector``."""
        return self.current or self.selector

    @property
    def start(self) -> int:
        return self.place.start

    @property
    def end(self) -> int:
        return self.place.end

    @property
    def quote(self) -> str:
        """The passage as the reader highlighted it (never replaced by re-anchoring)."""
        return self.selector.exact

    @property
    def current_quote(self) -> str:
        """The article's text at the highlight now (the quote itself unless it changed)."""
        return self.place.exact

    @property
    def moved(self) -> bool:
        """True when the text at the highlight is no longer the quote the reader highlighted
        (more than a change of white space): show "moved: text changed" with
        :attr:`quote` (then) and :attr:`current_quote` (now)."""
        return self.current is not None and self.current.exact.split() != self.quote.split()

    def placed(self, where: Selector) -> Annotation:
        """This annotation found at ``where`` in the article's current text.

        The reader's quote is never overwritten: if ``where`` holds the same text, the selector
        follows it (new offsets and context) and ``current`` is cleared; otherwise ``where``
        becomes ``current``. ``updated`` is left alone (following the article is not an edit).
        Returns ``self`` when nothing changes, so callers can skip a save.
        """
        if where.exact == self.selector.exact:
            moved = replace(self, selector=where, current=None)
        else:
            moved = replace(self, current=where)
        return self if moved == self else moved

    def edited(self, **changes: Any) -> Annotation:
        """A copy with ``changes`` applied (tags normalised) and ``updated`` set to now.

        A new ``selector`` (the reader re-attached the highlight) replaces the quote and
        clears ``current``.
        """
        if "tags" in changes:
            changes["tags"] = tuple(normalize_tags(changes["tags"]))
        if "color" in changes and changes["color"] not in COLORS:
            raise ValueError(f"unknown colour {changes['color']!r}; choose one of {COLORS}")
        if "selector" in changes:
            changes.setdefault("current", None)
        return replace(self, **changes, updated=utc_now())

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
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
        if self.article_key:
            data["article_key"] = self.article_key
        if self.current is not None:  # only then: files without moves keep their old shape
            data["current"] = self.current.to_dict()
        for key in ("origin", "creator"):  # an imported highlight's provenance, when it has one
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Annotation:
        """An annotation from its stored form; ValueError/TypeError/KeyError if it is not one.

        Every field must have its type (strings valid Unicode, tags a list of strings): a
        damaged or tampered record is refused, never coerced into something that was not
        saved.
        """
        tags = data.get("tags", [])
        if not isinstance(tags, list):
            raise TypeError("tags must be a list")
        ident, article = data["id"], data["article"]
        title, color = data.get("article_title", ""), data.get("color", DEFAULT_COLOR)
        key = data.get("article_key", "")
        note, created, updated = (
            data.get("note", ""),
            data.get("created", ""),
            data.get("updated", ""),
        )
        origin, creator = data.get("origin", ""), data.get("creator", "")
        _check_texts(
            ident, article, title, color, note, created, updated, key, origin, creator, *tags
        )
        if not ident:
            raise ValueError("an annotation needs an id")
        current = data.get("current")
        return cls(
            id=ident,
            article=article,
            article_title=title,
            selector=Selector.from_dict(_mapping(data["selector"])),
            color=color,
            tags=tuple(normalize_tags(tags)),
            note=note,
            created=created,
            updated=updated,
            article_key=key,
            current=None if current is None else Selector.from_dict(_mapping(current)),
            origin=origin,
            creator=creator,
        )


def _check_texts(*values: object) -> None:
    """TypeError unless every value is a string, ValueError if one is not valid Unicode (a lone
    surrogate, which JSON can spell and UTF-8 cannot store). One search for all of them: this
    runs for every record of a 100,000-annotation file on open: the join checks the types in C
    (it takes strings only), and ASCII text, which holds no surrogate, is not searched."""
    try:
        joined = "".join(values)  # type: ignore[arg-type]  # a TypeError unless all are str
    except TypeError:
        for value in values:
            if not isinstance(value, str):
                raise TypeError(f"expected a string, found {type(value).__name__}") from None
        raise
    if not joined.isascii() and _SURROGATE.search(joined):
        raise ValueError("not a valid string")


def _offset(value: object) -> int:
    """``value`` if it is a whole number in 0..MAX_OFFSET (not a bool, float or string)."""
    if type(value) is not int or not 0 <= value <= MAX_OFFSET:
        raise ValueError("an offset must be a whole number from 0")
    return value


def _mapping(value: object) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError("expected an object")
    return value
