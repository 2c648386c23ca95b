"""``postil`` with no subcommand: the terminal reader over a workspace."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from reader.cli.workspace_open import open_workspace, resolve_article
from reader.library.inert import inert_json, one_line
from reader.settings import load_settings
from reader.text.wording import plural


@dataclass(frozen=True)
class TuiArgs:
    """What ``postil`` without a subcommand was given (``postil --help``); the defaults are
    no arguments: the seeds and the kept library, the default store, the settings' recognizer."""

    paths: list[Path] = field(default_factory=list)
    db: Path | None = None
    open: str | None = None
    ner: str | None = None


def run_tui(args: TuiArgs) -> int:
    """Open the TUI over the given paths (or the seeds).

    The store opens after the library's first frame (:meth:`PostilApp.open_store`), unless
    an article is opened at start: its highlights are on its first frame.
    """
    settings = load_settings()  # once: the workspace's and the app's (theme, keys)
    workspace = open_workspace(
        args.db,
        args.paths or None,
        args.ner,
        store_later=not args.open,
        remember_later=True,
        settings=settings,
    )
    article_id = None
    if args.open:
        article_id = resolve_article(workspace, args.open).id
    from reader.ui.app import create_app

    app = create_app(workspace, open_article=article_id, settings=settings)
    try:
        app.run()
    finally:
        app.saver.shutdown()  # every save the reader made is on disk before the store closes
        if workspace.store_is_open:
            workspace.store.close()
    if app.store_error is not None:
        raise app.store_error  # reported as one line by the entry point
    unsaved = app.unsaved
    if unsaved:
        print(
            f"postil: {plural(len(unsaved), 'highlight')} could not be saved to "
            f"{one_line(str(workspace.store.path))}; here they are, one JSON object per line, "
            "to keep:",
            file=sys.stderr,
        )
        for annotation in unsaved:
            print(inert_json(annotation.to_dict()), file=sys.stderr)
        return 1
    if app.return_code:
        return app.return_code  # e.g. a store error a key reached first (Textual printed it)
    workspace.library.summaries.save()
    return 0
