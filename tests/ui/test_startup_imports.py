"""Start-up pays only for the library's first frame (issue 14: <= 1.3x a hello-world app)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Code the first frame never runs: subcommands, recognition, search, the web, other screens.
LATER = (
    "reader.cli.commands",
    "reader.cli.entities_cmd",
    "reader.entities",
    "reader.search",
    "tantivy",
    "trafilatura",
    "reader.web",
    "reader.ui.screens.article",
    "textual.widgets._progress_bar",
    # The store opens after the first frame (tests/ui/test_store_after_frame.py).
    "annotations.store",
    "annotations.model",
    "tinydb",
    "reader.collection.kept",
    # No arguments are the TUI's defaults, without argparse (reader.cli.entry.tui_args).
    "argparse",
)


def test_the_reader_starts_without_code_its_first_frame_does_not_run() -> None:
    code = (
        "import sys; import reader.cli.entry, reader.cli.tui, reader.ui.app;"
        f"print([m for m in {LATER!r} if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
