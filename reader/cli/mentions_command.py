"""``postil mentions``: who and what the library's articles mention, as ``E`` in the library.

For scripts and a quick look from the shell: the named things of every article, most
widespread first (the names, then the dates and figures), each with the articles that mention
it. It reads the search index, brought up to date first when few articles changed (else it
says to run ``postil index``, as ``postil search`` does). The filter is the ``E`` screen's:
a kind in the search's words (``person:``, ``org: acme``, ``date:``) and words of the name.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from reader.colors import label_name
from reader.library.inert import inert_json, make_inert
from reader.text.wording import plural

if TYPE_CHECKING:
    from reader.mentions.library import LibraryNamed
    from reader.workspace import Workspace


def add_parser(
    sub: argparse._SubParsersAction[Any], common: Callable[[argparse.ArgumentParser], None]
) -> None:
    """The ``mentions`` subcommand."""
    from reader.cli.search_commands import add_ner, positive

    p = sub.add_parser(
        "mentions", help="who and what the library's articles mention, most widespread first"
    )
    p.add_argument(
        "filter",
        nargs="*",
        help="words of a name, after a kind if wanted: person:, org:, place:, date:, ... "
        "(person: musk)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--limit", type=positive, default=50, help="named things shown (default 50)")
    add_ner(p)
    common(p)


def cmd_mentions(workspace: Workspace, args: argparse.Namespace) -> int:
    from reader.cli.search_commands import open_index, update_small_changes

    index = open_index(workspace)
    try:
        update_small_changes(index, workspace)
        scope = workspace.library.ids()
        named = picked(index.mentions(scope), " ".join(args.filter))
        titles = index.catalog.titles()
        shown = named[: args.limit]
        for thing in shown:  # their articles are read from the index, while it is open
            thing.articles  # noqa: B018
    finally:
        index.close()
    if args.json:
        print(inert_json([_row(n, titles) for n in shown], indent=2))
    elif not shown:
        print("nothing mentioned matches", file=sys.stderr)
    else:
        _print(shown, titles)
    if len(named) > len(shown):
        print(f"{len(named):,} named things match; --limit N shows more", file=sys.stderr)
    return 0


def picked(named: list[LibraryNamed], typed: str) -> list[LibraryNamed]:
    """The things of ``named`` (kept in its order) that ``typed`` asks for: of its kind
    (``person:``), each of its words starting a word of the name, case and accents aside
    (``org: tenc`` finds "Tencent Holdings")."""
    from reader.search.analysis import terms
    from reader.search.query import entity_kind_filter

    labels, words = entity_kind_filter(typed)
    wanted = terms(words)
    found = []
    for thing in named:
        if labels is not None and thing.label not in labels:
            continue
        if wanted:
            have = terms(thing.name)
            if not all(any(term.startswith(word) for term in have) for word in wanted):
                continue
        found.append(thing)
    return found


def _row(thing: LibraryNamed, titles: dict[str, str]) -> dict[str, object]:
    """A thing as JSON: its articles most mentions first, with their titles."""
    return {
        "label": thing.label,
        "name": thing.name,
        "key": thing.key,
        "mentions": thing.mentions,
        "articles": [
            {"id": article, "title": titles.get(article, ""), "first": first, "mentions": count}
            for article, first, count in thing.articles
        ],
    }


def _print(named: list[LibraryNamed], titles: dict[str, str]) -> None:
    """One line per thing, then its first articles indented under it (a terminal's text is
    made inert: names and titles come from the articles)."""
    bold, dim, reset = ("\x1b[1m", "\x1b[2m", "\x1b[0m") if sys.stdout.isatty() else ("",) * 3
    for number, thing in enumerate(named, start=1):
        name = make_inert(thing.name, keep_newlines=False)
        counts = f"{plural(len(thing.articles), 'article')} · {plural(thing.mentions, 'mention')}"
        print(f"{number:>3}. {bold}{name}{reset}  {dim}{label_name(thing.label)} · {counts}{reset}")
        for article, _first, count in thing.articles[:3]:
            title = make_inert(titles.get(article, article), keep_newlines=False)
            print(f"     {title}  {dim}{plural(count, 'mention')}{reset}")
        if len(thing.articles) > 3:
            print(f"     {dim}… {plural(len(thing.articles) - 3, 'more article')}{reset}")
