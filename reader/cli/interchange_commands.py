"""``postil import`` and ``postil export --format w3c``: notes in and out of other tools."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.text.wording import plural

if TYPE_CHECKING:
    import argparse

    from annotations.model import Annotation
    from reader.workspace import Workspace

INTERCHANGE_COMMANDS = ("import",)
FORMATS = ("markdown", "w3c")


def add_interchange_commands(
    sub: argparse._SubParsersAction[Any],
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    """Add ``import`` to ``sub``; ``common`` adds --db and -L."""
    p = sub.add_parser(
        "import", help="read W3C Web Annotation JSON-LD or Hypothesis API JSON into your notes"
    )
    p.add_argument("file", type=Path, metavar="FILE", help="a .json / .jsonld file")
    p.add_argument(
        "-v", "--verbose", action="store_true", help="a line per skipped or orphaned highlight"
    )
    common(p)


def cmd_import(workspace: Workspace, args: argparse.Namespace) -> int:
    from reader.interchange.importing import import_file

    report = import_file(workspace.library, workspace.store, args.file)
    print(report.summary())
    if args.verbose:
        for line in report.details():
            print(f"  {line}")
    elif report.plan.orphaned or report.parsed.skipped or report.plan.skipped:
        print("  (--verbose lists each skipped or orphaned highlight)")
    return 0


def export_vault(workspace: Workspace, annotations: Sequence[Annotation], folder: Path) -> int:
    """Markdown into a vault folder: a page per article, updated in place."""
    from annotations.inert import one_line
    from reader.interchange.vault_pages import export_vault as write

    done = write(workspace, annotations, folder)
    written = f"{plural(len(annotations), 'highlight')} to {plural(len(done.pages), 'page')}"
    print(f"wrote {written} in {folder}", file=sys.stderr)
    for copy in done.copies:
        shown = one_line(str(copy))
        print(f"postil: text written inside postil's section kept in {shown}", file=sys.stderr)
    return 0


def export_w3c(workspace: Workspace, annotations: Sequence[Annotation], output: Path | None) -> int:
    """Write ``annotations`` as W3C JSON-LD to ``output`` (atomically, 0600), else stdout."""
    # Imported here, not at the top: `postil entities FILE` imports this module with the
    # parser, and the storage layer (TinyDB, file locks) would cost it start-up time.
    from annotations.storage import atomic_write
    from reader.interchange.exporting import export_w3c as render
    from reader.settings import load_settings

    settings = load_settings()
    text = render(
        workspace.library, annotations, creator=settings.creator, base_iri=settings.base_iri
    )
    if output is None:
        sys.stdout.write(text)
        return 0
    atomic_write(output, text.encode("utf-8"))
    print(f"wrote {plural(len(annotations), 'highlight')} to {output}", file=sys.stderr)
    return 0
