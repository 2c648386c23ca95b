"""``postil search`` and ``postil index``: the search index from the command line.

``postil search`` first brings the index up to date when only a few articles changed, looking
for changes by folder (a stat per folder, and per file only in folders that changed: see
:mod:`reader.search.changes`), and otherwise says to run ``postil index``, which recognises
entities on every core (or on a dask cluster with ``--dask``) with a progress bar, and checks
every file (``--quick``: by folder; ``postil index FILE...``: those files only).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotations.shown_dates import shown_date
from reader.cli.errors import CommandError
from reader.library.inert import make_inert
from reader.text.bylines import shown_authors
from reader.text.wording import plural

if TYPE_CHECKING:
    from reader.search import SearchIndex, SearchResults
    from reader.search.changes import Check
    from reader.workspace import Workspace

#: ``postil search`` indexes up to this many changed articles itself; more need ``postil index``.
AUTO_UPDATE_MAX = 200


def add_parsers(
    sub: argparse._SubParsersAction[Any], common: Callable[[argparse.ArgumentParser], None]
) -> None:
    """The ``search`` and ``index`` subcommands."""
    p = sub.add_parser("search", help="search articles, highlights, notes and entity names")
    p.add_argument(
        "query",
        nargs="+",
        help='words, "a phrase", -word, OR, word*, #tag, person:/org:/place:NAME, site:, '
        "author:, before:/after:YYYY-MM-DD, is:annotated/is:unread",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--limit", type=positive, default=20, help="articles shown (default 20)")
    p.add_argument(
        "--no-update",
        action="store_true",
        help="search every indexed article as the index is, without listing or checking files "
        "(fastest; highlights changed since the last update are not seen)",
    )
    add_ner(p)
    common(p)

    p = sub.add_parser("index", help="build or update the search index (on every core)")
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="article files or folders")
    p.add_argument("--dask", metavar="ADDRESS", help="recognise on a dask cluster (postil[dask])")
    p.add_argument("--workers", type=positive, help="local processes (default: every core)")
    p.add_argument("--rebuild", action="store_true", help="delete the index and build it anew")
    p.add_argument(
        "--quick",
        action="store_true",
        help="stat only the files of folders changed since the last update (a file rewritten "
        "in place is not seen; the default checks every file)",
    )
    add_ner(p)
    common(p)


def add_ner(parser: argparse.ArgumentParser) -> None:
    """The ``--ner`` option of the subcommands that recognise entities."""
    parser.add_argument(
        "--ner", default=None, help="recognizer: builtin (default) or spacy:<pipeline>"
    )


def positive(value: str) -> int:
    """A whole number of at least 1, for ``--limit`` and ``--workers``."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {number}")
    return number


def open_index(workspace: Workspace, *, rebuild: bool = False) -> SearchIndex:
    """The workspace's search index; its notice (rebuilt, ...) said once on stderr."""
    from reader.search.index import IndexBusy, SearchIndex, default_index_dir

    folder = default_index_dir(workspace.entities.spec)
    if rebuild:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    try:
        index = SearchIndex(folder, workspace.entities.spec)
    except IndexBusy as error:
        raise CommandError(f"{error}; try again in a moment") from None
    if index.notice:
        print(f"postil: {index.notice}", file=sys.stderr)
    return index


def update_small_changes(index: SearchIndex, workspace: Workspace) -> None:
    """Index the library's changes first when they are few; else say to run postil index."""
    from reader.search.index import IndexBusy

    try:
        store = workspace.store_or_files()
        report = index.update(workspace.library, store, most=AUTO_UPDATE_MAX)
    except IndexBusy as error:
        print(f"postil: {error}; searching the index as it is", file=sys.stderr)
        return
    if report.waiting:
        print(
            f"postil: {plural(report.waiting, 'article')} not indexed yet: run `postil index` "
            "(searching the others)",
            file=sys.stderr,
        )


def cmd_search(workspace: Workspace, args: argparse.Namespace) -> int:
    index = open_index(workspace)
    try:
        scope = None
        if not args.no_update:
            update_small_changes(index, workspace)
            scope = workspace.library.ids()
        results = index.search(" ".join(args.query), limit=args.limit, scope=scope)
    finally:
        index.close()
    for warning in results.warnings:
        print(f"postil: {warning}", file=sys.stderr)
    if args.json:
        print(json.dumps(results.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_results(results, color=sys.stdout.isatty())
    return 0


def _print_results(results: SearchResults, *, color: bool) -> None:
    if not results.results:
        print("no articles match", file=sys.stderr)
        return
    bold, dim, mark, reset = ("\x1b[1m", "\x1b[2m", "\x1b[7m", "\x1b[0m") if color else ("",) * 4
    for number, result in enumerate(results.results, start=1):
        title = make_inert(result.title, keep_newlines=False)
        print(f"{number:>3}. {bold}{title}{reset}  {dim}score {result.score:.2f}{reset}")
        byline = shown_authors(result.authors)
        parts = (result.url or result.path, result.source, byline, shown_date(result.date))
        where = " · ".join(p for p in parts if p)
        print(f"     {dim}{make_inert(where, keep_newlines=False)}{reset}")
        shown = 0
        for passage in result.passages:
            line = "".join(f"{mark}{t}{reset}" if m else t for t, m in passage.pieces())
            print(f"     {dim}{passage.start}-{passage.end} {passage.kind}{reset} {line}")
            shown += passage.count
        if result.total_matches > shown:
            more = plural(result.total_matches - shown, "more match", "more matches")
            print(f"     {dim}… {more}{reset}")
    if results.total > len(results.results):
        print(
            f"{dim}{results.total:,} articles match; --limit N shows more{reset}", file=sys.stderr
        )


class _ProgressBar:
    """``indexing  1,234/50,000 articles  2%`` on one line of a terminal, ten times a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self._last < 0.1 and done < total):
            return
        self._last = now
        width = 30
        filled = width * done // max(1, total)
        bar = "█" * filled + "·" * (width - filled)
        print(
            f"\rindexing {bar} {done:,}/{total:,} articles {100 * done // max(1, total)}%",
            end="",
            file=sys.stderr,
            flush=True,
        )

    def end(self) -> None:
        if self.enabled and self._last:
            print(file=sys.stderr)


def _check(args: argparse.Namespace) -> Check:
    """How ``postil index`` looks for changes: files named are those that changed (nothing
    else is looked at), else every file, or with ``--quick`` the folders that changed."""
    if args.paths and all(path.is_file() for path in args.paths):
        return "listed"
    return "quick" if args.quick else "full"


def cmd_index(workspace: Workspace, args: argparse.Namespace) -> int:
    from contextlib import ExitStack

    from reader.search.executors import DaskUnavailable, dask_executor, process_pool
    from reader.search.index import IndexBusy

    index = open_index(workspace, rebuild=args.rebuild)
    bar = _ProgressBar(sys.stderr.isatty())
    started = time.perf_counter()
    try:
        with ExitStack() as stack:
            executor = None
            if args.dask:
                executor = stack.enter_context(dask_executor(args.dask))
            elif args.workers:
                executor = stack.enter_context(process_pool(args.workers))
            report = index.update(
                workspace.library,
                workspace.store,
                executor=executor,
                progress=bar,
                check=_check(args),
            )
    except (IndexBusy, DaskUnavailable) as error:
        raise CommandError(str(error)) from None
    finally:
        bar.end()
        index.close()
    for failure in report.failed[:10]:
        print(f"postil: {make_inert(failure, keep_newlines=False)}", file=sys.stderr)
    seconds = time.perf_counter() - started
    print(f"{report.summary()} in {seconds:.1f} s", file=sys.stderr)
    return 0
