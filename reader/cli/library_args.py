"""Arguments of the kept library's subcommands: add, refresh, feeds, mark, remove."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse

LIBRARY_COMMANDS = ("add", "refresh", "feeds", "mark", "remove")
#: The reading states (``reader.collection.state.STATES``, which a test keeps equal): written
#: here so that parsing arguments does not import the collection and its file locking.
STATES = ("unread", "read", "archived")


def add_library_commands(
    sub: argparse._SubParsersAction[Any],
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Add the library subcommands to ``sub``; ``common`` adds --db and -L."""
    p = sub.add_parser("add", help="keep pages, feeds, files or folders in the library")
    p.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="http(s) URL of a page or a feed, .html/.txt/.md file, folder, or - for stdin",
    )
    common(p)

    p = sub.add_parser("refresh", help="fetch new items of every subscribed feed")
    common(p)

    p = sub.add_parser("feeds", help="list subscriptions, or remove one (its articles stay)")
    p.add_argument("action", nargs="?", choices=["remove"], help="remove FEED")
    p.add_argument("feed", nargs="?", help="feed URL, number or title words")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    common(p)

    p = sub.add_parser("mark", help="mark a kept article unread, read or archived")
    p.add_argument("article", help="article id, number, file name or title words")
    p.add_argument("state", choices=STATES)
    common(p)

    p = sub.add_parser("remove", help="delete a kept article (its highlights stay, as orphans)")
    p.add_argument("article", help="article id, number, file name or title words")
    p.add_argument("--yes", action="store_true", help="do not ask")
    common(p)


def add_list_filters(parser: argparse.ArgumentParser) -> None:
    """``postil list``'s filters and order."""
    parser.add_argument(
        "--state",
        choices=[*STATES, "all"],
        default=None,
        help="reading state (default: all but archived)",
    )
    parser.add_argument("--sort", choices=["library", "added", "published"], default="library")
    parser.add_argument("--site", help="only articles whose site contains this")
    parser.add_argument("--feed", help="only articles from feeds whose URL contains this")
