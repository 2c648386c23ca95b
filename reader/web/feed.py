"""Reading a feed (RSS 0.9x/1.0/2.0, Atom) with feedparser into plain, bounded values.

feedparser is lenient: it returns *something* for any bytes, flagging trouble as "bozo". A
document with entries is used even when bozo (many real feeds have a stray bad character); a
bozo document with no entries, or one that is not XML at all, is one error line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reader.library.inert import make_inert
from reader.web.errors import FetchError
from reader.web.urls import shown

#: Items taken from one feed document at most (a feed of 10,000 items is an archive).
MAX_ITEMS = 200
_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class FeedItem:
    """One entry: its link (the page to fetch) and what the feed itself carries of it."""

    key: str  # the entry's id, else its link
    link: str | None
    title: str
    published: str | None
    authors: tuple[str, ...]
    content_html: str  # the entry's full content, else its summary (HTML)


@dataclass(frozen=True)
class Feed:
    title: str
    site: str | None
    items: tuple[FeedItem, ...]


def _text(value: Any, limit: int = 500) -> str:
    return make_inert(str(value or ""), keep_newlines=False).strip()[:limit]


def _published(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def _content(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max((str(c.get("value") or "") for c in contents), key=len, default="")
    summary = str(entry.get("summary") or "")
    return best if len(best) >= len(summary) else summary


def _item(entry: Any) -> FeedItem | None:
    link = entry.get("link")
    link = str(link).strip() if link else None
    key = _text(entry.get("id") or link or entry.get("title"), 2000)
    if not key:
        return None
    authors = tuple(_text(a.get("name")) for a in entry.get("authors") or [] if a.get("name"))
    return FeedItem(
        key=key,
        link=link,
        title=_text(entry.get("title")),
        published=_published(entry),
        authors=authors,
        content_html=_content(entry),
    )


def parse_feed(data: bytes, url: str) -> Feed:
    """The feed in ``data``; :class:`FetchError` when it is not a feed postil can read."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    version = parsed.get("version") or ""
    if not entries and (parsed.get("bozo") or not version):
        reason = parsed.get("bozo_exception")
        detail = f" ({_text(reason, 100)})" if reason else ""
        raise FetchError(f"not a feed (RSS or Atom) postil can read{detail}: {shown(url)}")
    info = parsed.get("feed") or {}
    items = [item for item in map(_item, entries[:MAX_ITEMS]) if item is not None]
    return Feed(
        title=_text(info.get("title")) or shown(url),
        site=_text(info.get("link"), 2000) or None,
        items=tuple(items),
    )


def plain_length(html: str) -> int:
    """Characters of text in an HTML fragment (is a feed's own summary worth keeping?)."""
    return len(" ".join(_TAGS.sub(" ", html).split()))
