"""What each ``postil`` subcommand does, over the same :class:`Workspace` as the TUI.

Everything printed comes from outside (titles, file names, notes, tags, ids) and goes through
:mod:`reader.library.inert` first: no escape sequence reaches the terminal, in plain or JSON
output. Commands that only read open the store read-only (:data:`READ_ONLY_COMMANDS`): they
create and change nothing, so they work on a read-only file or file system.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from annotations.shown_dates import shown_date
from reader.cli.entities_cmd import cmd_entities_path, is_file, print_entities
from reader.cli.errors import CommandError
from reader.cli.interchange_commands import cmd_import, export_vault, export_w3c
from reader.cli.workspace_open import open_workspace, resolve_article
from reader.library.inert import inert_json, make_inert, one_line
from reader.text.bylines import shown_authors
from reader.text.loose_match import loose_pattern
from reader.text.wording import plural
from reader.workspace import Workspace

#: Subcommands that never write the annotation store.
READ_ONLY_COMMANDS = frozenset(
    {"list", "show", "tags", "export", "entities", "search", "index", "mentions"}
)


def warn(messages: list[str]) -> None:
    """The store's warnings (a rejected journal line kept aside...), one line each."""
    for message in messages:
        print(f"postil: warning: {one_line(message)}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Run a subcommand; returns the exit code."""
    if args.command == "entities" and is_file(Path(args.article)):
        return cmd_entities_path(args)
    if args.command == "index":  # postil index PATH... is postil index -L PATH...
        args.library = [*(args.library or []), *args.paths] or None
    # A search opens the store only if its files changed since the index last read them
    # (the index has the highlights: a sixth of that command's time was opening the store);
    # a search of the index as it is lists no library either.
    index_only = args.command == "search" and args.no_update
    workspace = open_workspace(
        args.db,
        args.library,
        getattr(args, "ner", None),
        read_only=args.command in READ_ONLY_COMMANDS,
        store_later=args.command == "search",
        list_later=index_only,
    )
    shown = 0
    if workspace.store_is_open:  # the warnings of a store opened now; none if not opened
        shown = len(workspace.store.warnings)
        warn(workspace.store.warnings)
    handler = {
        "list": cmd_list,
        "show": cmd_show,
        "annotate": cmd_annotate,
        "tags": cmd_tags,
        "export": cmd_export,
        "entities": cmd_entities,
        "import": cmd_import,
    }.get(args.command) or _imported_handler(args.command)
    try:
        return handler(workspace, args)
    finally:
        if workspace.store_is_open:
            workspace.store.close()
            warn(workspace.store.warnings[shown:])


def _imported_handler(command: str) -> Callable[[Workspace, argparse.Namespace], int]:
    """The handler of a command whose code (fetching, the search engine) is imported only
    when that command runs, so ``postil list`` stays quick."""
    if command in ("search", "index"):
        from reader.cli.search_commands import cmd_index, cmd_search

        return cmd_search if command == "search" else cmd_index
    if command == "mentions":
        from reader.cli.mentions_command import cmd_mentions

        return cmd_mentions
    from reader.cli.library_commands import HANDLERS

    return HANDLERS[command]


def cmd_list(workspace: Workspace, args: argparse.Namespace) -> int:
    from reader import collector
    from reader.cli.listing import (
        filtered,
        list_rows,
        print_json_rows,
        print_rows,
    )

    rows = filtered(list_rows(workspace, archived=args.state is not None), args)
    try:  # rows are written as they are made; the summaries made so far are kept in any case
        with collector.paused():
            if args.json:
                print_json_rows(rows)
            else:
                print_rows(rows)
    finally:
        workspace.library.summaries.save()
    return 0


def _color_enabled(args: argparse.Namespace) -> bool:
    return (
        not getattr(args, "plain", False)
        and sys.stdout.isatty()
        and not os.environ.get("NO_COLOR")
        and os.environ.get("TERM") != "dumb"
    )


def cmd_show(workspace: Workspace, args: argparse.Namespace) -> int:
    article = resolve_article(workspace, args.article)
    if args.json:
        from reader.cli.listing import article_json

        print(inert_json(article_json(article), indent=2))
        return 0
    byline = shown_authors(article.authors)
    parts = (article.source, byline, shown_date(article.date), f"{article.words:,} words")
    meta = " · ".join(one_line(p) for p in parts if p)
    title = one_line(article.title)
    body = "\n\n".join(make_inert(article.text).split("\n"))
    if _color_enabled(args):
        from pygments import highlight
        from pygments.formatters import Terminal256Formatter

        from reader.entities import EntityLexer, EntityStyle

        body = highlight(body, EntityLexer(), Terminal256Formatter(style=EntityStyle)).rstrip("\n")
        print(f"\x1b[1m{title}\x1b[0m\n\x1b[2m{meta}\x1b[0m\n")
    else:
        print(f"{title}\n{meta}\n")
    print(body)  # inert before colouring: the only escapes are the formatter's own
    return 0


def find_quote(text: str, quote: str, occurrence: int | None) -> tuple[int, int]:
    """``(start, end)`` of ``quote`` in ``text``; errors when missing or ambiguous.

    A quote with more letters than the article cannot be in it: said at once, without
    compiling a pattern for it (a 1 MB ``--quote`` took half a minute).
    """
    if sum(map(len, quote.split())) > len(text):
        raise CommandError(
            f"quote not found in the article (it is longer than the article): {quote[:60]!r}"
        )
    pattern = loose_pattern(quote)
    if pattern is None:
        raise CommandError("the quote is empty")
    matches = [m.span() for m in pattern.finditer(text)]
    if not matches:
        raise CommandError(f"quote not found in the article: {quote[:60]!r}")
    if occurrence is None:
        if len(matches) > 1:
            count = len(matches)
            raise CommandError(
                f"the quote occurs {count} times; choose one with --occurrence 1..{count}"
            )
        return matches[0]
    if not 1 <= occurrence <= len(matches):
        raise CommandError(
            f"--occurrence must be 1..{len(matches)} (the quote occurs {len(matches)} times)"
        )
    return matches[occurrence - 1]


def cmd_annotate(workspace: Workspace, args: argparse.Namespace) -> int:
    from annotations.model import COLORS, Annotation, Selector, normalize_tags

    if args.color not in COLORS:
        raise CommandError(f"unknown colour {args.color!r}; choose one of {', '.join(COLORS)}")
    article = resolve_article(workspace, args.article)
    start, end = find_quote(article.text, args.quote, args.occurrence)
    from reader.collection.keys import article_key

    annotation = Annotation.create(
        article=article.id,
        article_key=article_key(article),
        article_title=article.title,
        selector=Selector.from_text(article.text, start, end),
        color=args.color,
        tags=normalize_tags(",".join(args.tag)),
        note=args.note,
    )
    workspace.store.add(annotation)
    print(annotation.id)
    return 0


def cmd_tags(workspace: Workspace, args: argparse.Namespace) -> int:
    tags = workspace.store.tags()
    if args.json:
        print(inert_json(tags, indent=2))
    else:
        for tag, count in tags.items():
            print(f"{count:>5}  #{one_line(tag)}")
    return 0


def cmd_export(workspace: Workspace, args: argparse.Namespace) -> int:
    if args.article:  # one article: its shards only, whatever the store's size
        annotations = workspace.annotations_of(resolve_article(workspace, args.article))
    else:
        annotations = workspace.store.all()
    if args.tag:
        from annotations.model import normalize_tags

        tag = normalize_tags([args.tag])
        annotations = [a for a in annotations if tag and tag[0] in a.tags]
    if not annotations:
        raise CommandError("no highlights match: nothing to export")
    if args.format == "w3c":
        return export_w3c(workspace, annotations, args.output)
    if args.output is not None and args.output.is_dir():
        return export_vault(workspace, annotations, args.output)
    markdown = workspace.export_markdown(annotations)
    if args.output is None:
        sys.stdout.write(make_inert(markdown, keep_tabs=True))  # inert already: cheap check
        return 0
    write_export(args.output, markdown, workspace.export_mode)
    done = f"wrote {plural(len(annotations), 'highlight')} to {args.output}"
    print(one_line(done), file=sys.stderr)
    return 0


def write_export(output: Path, markdown: str, mode: int) -> None:
    """``markdown`` to the file ``output`` (``export -o``): atomically, with ``mode``."""
    from annotations.files import atomic_write

    if output.is_dir():
        raise CommandError(f"{output} is a folder; give a file name with -o")
    try:
        atomic_write(output, markdown.encode("utf-8"), mode)
    except OSError as error:
        raise CommandError(f"cannot write {output}: {error.strerror or error}") from None


def cmd_entities(workspace: Workspace, args: argparse.Namespace) -> int:
    article = resolve_article(workspace, args.article)
    recognizer = workspace.entities.recognizer()
    return print_entities(article.text, args, recognizer, workspace.entities.take_warning())
