"""The palette's export and import: W3C JSON-LD or vault Markdown out, W3C/Hypothesis in.

Each runs in a worker thread (an import reads the whole library once) and ends with a
notification: where the export went, or the import's summary line (anchored, orphaned,
skipped and why). Nothing here blocks the screen; a user's error (a bad file, a full disk)
is a notification, anything else goes to the app's worker-error report.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import SystemCommand

from reader.cli.errors import user_errors
from reader.library.inert import make_inert
from reader.text.wording import plural

if TYPE_CHECKING:
    from reader.ui.app import PostilApp

W3C_FILE = "postil-annotations.jsonld"


def interchange_commands(app: PostilApp) -> Iterable[SystemCommand]:
    """Export (a format each) and import, for the command palette."""
    folder = app.workspace.export_dir
    yield SystemCommand(
        "Export all highlights: W3C Web Annotation (JSON-LD)",
        f"For Hypothesis-style tools and annotation servers: {folder / W3C_FILE}",
        partial(_export, app, "w3c"),
    )
    yield SystemCommand(
        "Export all highlights: note vault (Markdown)",
        f"A page per article in {folder}, updated in place on re-export",
        partial(_export, app, "vault"),
    )
    yield SystemCommand(
        "Import annotations…",
        "A W3C Web Annotation or Hypothesis JSON file: anchored, or kept until the page is added",
        partial(_ask_import, app),
    )


def _export(app: PostilApp, kind: str) -> None:
    workspace = app.workspace
    annotations = workspace.store.all()
    if not annotations:
        app.notify("No highlights to export yet: select a passage and press a.")
        return

    def work() -> None:
        from annotations.storage import atomic_write
        from reader.interchange.exporting import export_w3c
        from reader.interchange.vault_pages import EDITED_DIR, export_vault
        from reader.settings import load_settings

        try:
            folder = workspace.export_dir
            folder.mkdir(parents=True, exist_ok=True)
            if kind == "w3c":
                settings = load_settings()
                text = export_w3c(
                    workspace.library,
                    annotations,
                    creator=settings.creator,
                    base_iri=settings.base_iri,
                )
                atomic_write(folder / W3C_FILE, text.encode("utf-8"))
                where = str(folder / W3C_FILE)
            else:
                done = export_vault(workspace, annotations, folder)
                where = f"{plural(len(done.pages), 'page')} in {folder}"
                if done.copies:
                    kept = plural(len(done.copies), "page")
                    where += f" (text written inside postil's section: {kept} copied to "
                    where += f"{folder / EDITED_DIR})"
        except user_errors() as error:
            _tell(app, f"Export failed: {error}", severity="error")
            return
        _tell(app, f"Exported {plural(len(annotations), 'highlight')} to {where}")

    app.run_worker(work, thread=True, group="export", exit_on_error=False)


def _ask_import(app: PostilApp) -> None:
    from reader.ui.dialogs.prompt import PromptDialog

    question = "Import which file? (W3C Web Annotation JSON-LD or Hypothesis API JSON)"
    app.push_screen(PromptDialog(question), partial(_import, app))


def _import(app: PostilApp, answer: str | None) -> None:
    if not answer:
        return
    path = Path(answer).expanduser()

    def work() -> None:
        from reader.interchange.importing import import_file

        try:
            report = import_file(app.workspace.library, app.workspace.store, path)
        except user_errors() as error:  # one line; the store is untouched
            _tell(app, f"Nothing imported: {error}", severity="error")
            return
        _tell(app, report.summary())

    app.run_worker(work, thread=True, group="import", exit_on_error=False)


def _tell(app: PostilApp, message: str, **options: Any) -> None:
    app.call_from_thread(
        app.notify, make_inert(message, keep_newlines=False), timeout=15, **options
    )
