"""Subscriptions: the feeds ``postil refresh`` fetches, in ``feeds.json`` in the library folder.

Each keeps what a conditional request needs (ETag, Last-Modified), when it was last checked,
its last error, and the ids of the items already taken, so a refresh adds only new items even
when a feed serves everything again. The file is rewritten whole (atomically) under the
library's lock, by merging into what is on disk, so a refresh never undoes an add or a remove
made meanwhile by another postil.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from annotations.model import utc_now
from annotations.storage import atomic_write
from reader.collection.kept import Collection, CollectionError
from reader.library.inert import display_name
from reader.web.urls import normalized

FEEDS = "feeds.json"
#: Item ids remembered per feed: enough for any feed's window of recent items.
MAX_SEEN = 1000


@dataclass(frozen=True)
class Subscription:
    url: str
    title: str
    site: str | None = None
    added: str = field(default_factory=utc_now)
    etag: str | None = None
    last_modified: str | None = None
    checked: str | None = None
    error: str | None = None
    seen: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Subscription:
        known: dict[str, Any] = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["seen"] = tuple(str(s) for s in known.get("seen") or ())
        return cls(**known)

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["seen"] = list(self.seen[-MAX_SEEN:])
        return data


def load_feeds(collection: Collection) -> list[Subscription]:
    """The subscriptions in the order they were made; an unreadable file is an error."""
    path = collection.root / FEEDS
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as error:
        raise CollectionError(f"cannot read the subscriptions in {path}: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("feeds"), list):
        raise CollectionError(f"{path} is not a postil subscriptions file; move it away")
    try:
        return [Subscription.from_dict(item) for item in data["feeds"]]
    except (TypeError, AttributeError):
        raise CollectionError(f"{path} holds a malformed subscription; fix or move it") from None


def change_feeds(
    collection: Collection, change: Callable[[list[Subscription]], list[Subscription]]
) -> list[Subscription]:
    """Read, ``change`` and write the subscriptions under the library lock; the new list."""
    with collection.locked():
        feeds = change(load_feeds(collection))
        data = json.dumps({"feeds": [f.to_dict() for f in feeds]}, ensure_ascii=False, indent=1)
        try:
            atomic_write(collection.root / FEEDS, data.encode("utf-8"))
        except OSError as error:
            raise CollectionError(f"cannot save the subscriptions: {error}") from None
    return feeds


def same_feed(a: str, b: str) -> bool:
    return normalized(a) == normalized(b)


def subscribe(collection: Collection, subscription: Subscription) -> bool:
    """Add ``subscription``; False when that feed is already subscribed."""
    added = [False]

    def change(feeds: list[Subscription]) -> list[Subscription]:
        if any(same_feed(f.url, subscription.url) for f in feeds):
            return feeds
        added[0] = True
        return [*feeds, subscription]

    change_feeds(collection, change)
    return added[0]


def merge_checked(collection: Collection, checked: list[Subscription]) -> None:
    """Store what a refresh learnt of each feed (feeds removed meanwhile stay removed)."""
    by_url = {normalized(f.url): f for f in checked}

    def change(feeds: list[Subscription]) -> list[Subscription]:
        out = []
        for feed in feeds:
            new = by_url.get(normalized(feed.url))
            if new is not None:
                seen = tuple(dict.fromkeys((*feed.seen, *new.seen)))
                feed = replace(new, title=new.title or feed.title, added=feed.added, seen=seen)
            out.append(feed)
        return out

    change_feeds(collection, change)


def find_feed(feeds: list[Subscription], query: str) -> Subscription:
    """A subscription by URL, 1-based number or title words (one match, or an error)."""
    text = query.strip()
    if text.isdigit() and 1 <= int(text) <= len(feeds):
        return feeds[int(text) - 1]
    matches = [f for f in feeds if same_feed(f.url, text)]
    if not matches:
        words = text.casefold().split()
        matches = [f for f in feeds if words and all(w in f.title.casefold() for w in words)]
    if len(matches) == 1:
        return matches[0]
    shown = display_name(text)
    if not matches:
        raise CollectionError(f"no subscription matches {shown!r} (see `postil feeds`)")
    raise CollectionError(f"{shown!r} matches {len(matches)} subscriptions; give its URL")


def unsubscribe(collection: Collection, query: str) -> Subscription:
    """Remove one subscription (its articles stay); the one removed."""
    removed: list[Subscription] = []

    def change(feeds: list[Subscription]) -> list[Subscription]:
        target = find_feed(feeds, query)
        removed.append(target)
        return [f for f in feeds if f is not target]

    change_feeds(collection, change)
    return removed[0]
