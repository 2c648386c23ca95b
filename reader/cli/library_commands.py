"""What ``postil add``, ``refresh``, ``feeds``, ``mark`` and ``remove`` do.

Results go to stdout one line each; failures to stderr as ``postil: <source>: <reason>``, and
the exit status is 1 when any source failed, so a script sees a partial add. On a terminal a
progress line on stderr says what is being fetched.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from annotations.inert import one_line
from reader.cli.errors import CommandError
from reader.collection.adding import Adder, Failure
from reader.collection.feeds import load_feeds, unsubscribe
from reader.collection.kept import Collection, Outcome
from reader.library.entries import kept_stem
from reader.library.inert import display_name, inert_json
from reader.settings import load_settings
from reader.text.wording import plural
from reader.web.fetch import FetchOptions

if TYPE_CHECKING:
    from reader.library import Article
    from reader.workspace import Workspace


def collection_of(workspace: Workspace) -> Collection:
    if workspace.library.kept is None:
        raise CommandError("there is no kept library with -L; run it without -L")
    return Collection(workspace.library.kept)


def fetch_options() -> FetchOptions:
    settings = load_settings()
    return FetchOptions(settings.fetch_timeout, int(settings.max_page_mb * 1024 * 1024))


def _progress(message: str) -> None:
    if sys.stderr.isatty():
        print(f"\r\x1b[K{message[:100]}", end="", file=sys.stderr, flush=True)


def _clear_progress() -> None:
    if sys.stderr.isatty():
        print("\r\x1b[K", end="", file=sys.stderr, flush=True)


def _report(result: Outcome | Failure) -> bool:
    """Print one result; False for a failure."""
    _clear_progress()
    if isinstance(result, Failure):
        print(f"postil: {display_name(result.source)[:100]}: {result.message}", file=sys.stderr)
        return False
    title = display_name(result.title)
    lines = {
        "added": f"added: {title} ({result.article_id})",
        "exists": f"already in the library: {title}",
        "subscribed": f"subscribed: {title}",
        "subscribed-already": f"already subscribed: {title}",
    }
    print(lines.get(result.status, f"{result.status}: {title}"))
    return True


def cmd_add(workspace: Workspace, args: argparse.Namespace) -> int:
    adder = Adder(collection_of(workspace), fetch_options(), progress=_progress)
    ok = True
    added: list[str] = []
    try:
        for source in args.sources:
            for result in adder.add(source):
                ok = _report(result) and ok
                if not isinstance(result, Failure) and result.status == "added":
                    added.append(result.article_id)
    finally:
        adder.close()
        _clear_progress()
    _index_added(workspace, added)
    return 0 if ok else 1


def _index_added(workspace: Workspace, added: list[str]) -> None:
    """Searchable at once, at the cost of the articles added (an existing index only)."""
    if not added or workspace.library.kept is None:
        return
    from reader.search.added import index_added

    workspace.library.reload_kept()  # listed before the add
    try:
        index_added(workspace.entities, workspace.library, added)
    except Exception as error:  # the add is done: the next update indexes them
        print(f"postil: not indexed yet ({one_line(str(error))})", file=sys.stderr)


def cmd_refresh(workspace: Workspace, args: argparse.Namespace) -> int:
    from reader.collection.refresh import refresh_feeds
    from reader.collection.refresh_summary import refresh_summary

    adder = Adder(collection_of(workspace), fetch_options())
    try:
        report = refresh_feeds(adder, lambda done, total: _progress(f"refreshing {done}/{total}"))
    finally:
        adder.close()
        _clear_progress()
    line, errors = refresh_summary(report, len(load_feeds(adder.collection)))
    for error in errors:
        print(f"postil: {error}", file=sys.stderr)
    print(line)
    return 1 if errors else 0


def cmd_feeds(workspace: Workspace, args: argparse.Namespace) -> int:
    collection = collection_of(workspace)
    if args.action == "remove":
        if not args.feed:
            raise CommandError("which feed? postil feeds remove FEED (URL, number or title)")
        removed = unsubscribe(collection, args.feed)
        print(f"unsubscribed: {display_name(removed.title)} (its articles stay in the library)")
        return 0
    feeds = load_feeds(collection)
    if args.json:
        rows = [{k: v for k, v in f.to_dict().items() if k != "seen"} for f in feeds]
        print(inert_json(rows, indent=2))
        return 0
    for number, feed in enumerate(feeds, start=1):
        print(f"{number:>3}  {display_name(feed.title)}")
        status = f"error: {feed.error}" if feed.error else f"checked {feed.checked or 'never'}"
        print(f"     {display_name(feed.url)} · {status}")
    if not feeds:
        print("no subscriptions: postil add FEED_URL subscribes to one", file=sys.stderr)
    return 0


def _kept_article(workspace: Workspace, query: str) -> tuple[Collection, str, Article]:
    from reader.cli.workspace_open import resolve_article

    collection = collection_of(workspace)
    article = resolve_article(workspace, query)
    stem = kept_stem(article.id)
    if stem is None:
        raise CommandError(
            f"{display_name(article.title)} is not in the kept library (postil add it first)"
        )
    return collection, stem, article


def cmd_mark(workspace: Workspace, args: argparse.Namespace) -> int:
    collection, stem, article = _kept_article(workspace, args.article)
    collection.set_state(stem, args.state)
    print(f"{args.state}: {display_name(article.title)}")
    return 0


def cmd_remove(workspace: Workspace, args: argparse.Namespace) -> int:
    collection, stem, article = _kept_article(workspace, args.article)
    count = len(workspace.store.for_article(article.id))
    kept = f" Its {plural(count, 'highlight')} will be kept, as orphans." if count else ""
    if not args.yes:
        if not sys.stdin.isatty():
            raise CommandError("remove asks first; from a script pass --yes")
        answer = input(f"Remove {display_name(article.title)!r} from the library?{kept} [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("kept", file=sys.stderr)
            return 1
    collection.remove(stem)
    print(f"removed: {display_name(article.title)}{' (highlights kept)' if count else ''}")
    return 0


HANDLERS = {
    "add": cmd_add,
    "refresh": cmd_refresh,
    "feeds": cmd_feeds,
    "mark": cmd_mark,
    "remove": cmd_remove,
}
