"""``postil`` with no subcommand: the terminal reader over a workspace."""

from __future__ import annotations

import argparse
import sys

from reader.cli.workspace_open import open_workspace, resolve_article
from reader.library.inert import inert_json, one_line
from reader.text.wording import plural


def run_tui(args: argparse.Namespace) -> int:
    """Open the TUI over the given paths (or the seeds)."""
    workspace = open_workspace(args.db, args.paths or None, args.ner)
    article_id = None
    if args.open:
        article_id = resolve_article(workspace, args.open).id
    from reader.ui.app import create_app

    app = create_app(workspace, open_article=article_id)
    try:
        app.run()
    finally:
        app.saver.shutdown()  # every save the reader made is on disk before the store closes
        workspace.store.close()
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
    workspace.library.summaries.save()
    return 0
