"""Feeds: subscribing (``postil add FEED_URL``) and ``postil refresh`` of every feed at once.

Feeds are fetched concurrently (threads sharing one HTTP client), each with a conditional
request, so an unchanged feed costs a 304. For each new item the item's own page is fetched
and extracted; when that fails, the feed's own content is kept if it is a real article
(:data:`MIN_FEED_TEXT` characters), else the item is reported and tried again next time.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from annotations.model import utc_now
from reader.collection.feeds import Subscription, load_feeds, merge_checked, subscribe
from reader.collection.kept import NewArticle, Outcome
from reader.collection.keys import url_key
from reader.collection.prepare import Origin, prepare
from reader.web import kinds
from reader.web.errors import FetchError
from reader.web.feed import Feed, FeedItem, parse_feed, plain_length
from reader.web.urls import check_url, shown

if TYPE_CHECKING:
    from reader.collection.adding import Adder, Result
    from reader.web.fetch import Fetched

#: A feed's own text for an item is kept (when its page cannot be had) from this length on.
MIN_FEED_TEXT = 600
#: Feeds, and item pages, fetched at once.
WORKERS = 8


@dataclass
class RefreshReport:
    """What one ``postil refresh`` did."""

    results: list[Result] = field(default_factory=list)
    feed_errors: list[tuple[Subscription, str]] = field(default_factory=list)
    unchanged: int = 0


def subscribe_to(adder: Adder, url: str, fetched: Fetched) -> Iterator[Result]:
    """Subscribe to the feed ``fetched`` from ``url`` and add its items."""
    feed = parse_feed(fetched.data, fetched.url)
    subscription = Subscription(
        url=url, title=feed.title, site=feed.site, etag=fetched.etag,
        last_modified=fetched.last_modified, checked=utc_now(),
    )  # fmt: skip
    if not subscribe(adder.collection, subscription):
        yield Outcome("subscribed-already", url, feed.title, url)
        return
    yield Outcome("subscribed", url, feed.title, url)
    results = take_items(adder, url, feed, set())
    merge_checked(adder.collection, [replace(subscription, seen=_taken(feed, results))])
    yield from results


def _taken(feed: Feed, results: list[Result]) -> tuple[str, ...]:
    """Keys of the items that are now in the library (added or found there)."""
    done = {r.source for r in results if isinstance(r, Outcome)}
    return tuple(item.key for item in feed.items if item.key in done)


def take_items(adder: Adder, feed_url: str, feed: Feed, seen: set[str]) -> list[Result]:
    """Add the items of ``feed`` not in ``seen``: their pages fetched and extracted a few at a
    time, then kept in one batch under the library lock (one lock and one index look for the
    feed, not one per item). Every item ends as an Outcome or a Failure, in feed order."""
    index = adder.collection.known_keys()
    new = [item for item in feed.items if item.key not in seen]
    todo = [item for item in new if not (item.link and url_key(item.link) in index)]
    results: list[Result] = [
        Outcome("exists", "", item.title, item.key) for item in new if item not in todo
    ]
    with ThreadPoolExecutor(WORKERS) as pool:
        prepared = list(pool.map(lambda item: _prepare_item(feed_url, item, adder), todo))
    ready = [(item, p) for item, p in zip(todo, prepared, strict=True) if isinstance(p, NewArticle)]
    committed = iter(adder.collection.commit_many([p for _, p in ready]))
    for item, outcome in zip(todo, prepared, strict=True):
        if isinstance(outcome, NewArticle):
            kept = next(committed)
            if isinstance(kept, Exception):
                outcome = _failure(item, kept)
            else:
                outcome = replace(kept, source=item.key)
        results.append(outcome)
    return results


def _failure(item: FeedItem, error: Exception) -> Result:
    from reader.collection.adding import Failure

    return Failure(item.key, f"{shown(item.title or item.key, 60)}: {error}")


def _prepare_item(feed_url: str, item: FeedItem, adder: Adder) -> NewArticle | Result:
    """The item's page, extracted; else the feed's own text of it when that is an article."""
    from reader.collection.adding import SOURCE_ERRORS

    try:
        if item.link is None:
            raise FetchError("the item has no link")
        fetched = adder.fetch(check_url(item.link))
        kind, what = kinds.sniff(fetched.data, fetched.content_type)
        if kind not in (kinds.HTML, kinds.TEXT):
            raise FetchError(f"the item's link is {what or 'not a page'}")
        origin = Origin(
            item.link,
            fetched.url,
            feed=feed_url,
            content_type=fetched.content_type,
            published=item.published,
            authors=item.authors,
        )
        return prepare(fetched.data, kind, origin, "item")
    except SOURCE_ERRORS as error:
        if plain_length(item.content_html) < MIN_FEED_TEXT:
            return _failure(item, error)
        try:
            return _from_feed_text(item, feed_url)
        except SOURCE_ERRORS as second:
            return _failure(item, second)


def _from_feed_text(item: FeedItem, feed_url: str) -> NewArticle:
    """The item as the feed carries it, wrapped as a small page for the extractor."""
    byline = "".join(f'<meta name="author" content="{html.escape(a)}">' for a in item.authors)
    date = f'<meta property="article:published_time" content="{item.published}">'
    page = (
        f"<!doctype html><html><head><title>{html.escape(item.title)}</title>{byline}"
        f"{date if item.published else ''}</head><body><article><h1>{html.escape(item.title)}"
        f"</h1>{item.content_html}</article></body></html>"
    ).encode()
    origin = Origin(item.link, item.link, feed=feed_url, content_type="text/html")
    return prepare(page, kinds.HTML, origin, "item")


def refresh_feeds(
    adder: Adder, progress: Callable[[int, int], None] = lambda *_: None
) -> RefreshReport:
    """Fetch every subscription (conditionally), add new items, store what was learnt."""
    feeds = load_feeds(adder.collection)
    report = RefreshReport()
    done = [0]

    def check(sub: Subscription) -> Subscription:
        try:
            return _check(adder, sub, report)
        finally:
            done[0] += 1
            progress(done[0], len(feeds))

    with ThreadPoolExecutor(WORKERS) as pool:
        checked = list(pool.map(check, feeds))
    merge_checked(adder.collection, checked)
    return report


def _check(adder: Adder, sub: Subscription, report: RefreshReport) -> Subscription:
    from reader.collection.adding import SOURCE_ERRORS

    now = utc_now()
    try:
        fetched = adder.fetch(sub.url, etag=sub.etag, last_modified=sub.last_modified)
        if fetched.not_modified:
            report.unchanged += 1
            return replace(sub, checked=now, error=None, seen=())
        feed = parse_feed(fetched.data, fetched.url)
    except SOURCE_ERRORS as error:
        report.feed_errors.append((sub, str(error)))
        return replace(sub, checked=now, error=str(error), seen=())
    results = take_items(adder, sub.url, feed, set(sub.seen))
    report.results += results
    return replace(
        sub, title=feed.title or sub.title, etag=fetched.etag,
        last_modified=fetched.last_modified, checked=now, error=None, seen=_taken(feed, results),
    )  # fmt: skip
