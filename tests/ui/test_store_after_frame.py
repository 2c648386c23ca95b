"""The TUI draws the library before it opens the annotation store (issue 14, start-up).

The store's machinery (TinyDB, shards, journal, the annotation model) is not imported on the
way to the first frame; the app opens the store right after it, and the library's highlight
counts follow. A store that cannot be opened still ends the session with one line and exit
status 1, and its file is left as it was.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from annotations.model import Annotation, Selector
from annotations.store import AnnotationStore
from reader.cli import main
from reader.ui.app import PostilApp
from reader.ui.screens.library import LibraryScreen
from tests.ui.pilot import settle

ROOT = Path(__file__).resolve().parents[2]
SEED_ID = "seeds/004_d4847e1b1b2a2bef.txt"
SEED = ROOT / SEED_ID


def _run_headless(monkeypatch: pytest.MonkeyPatch, drive: Any) -> None:
    run = PostilApp.run
    monkeypatch.setattr(
        PostilApp, "run", lambda self, **kw: run(self, headless=True, auto_pilot=drive)
    )


def _status(app: PostilApp) -> str:
    screen = app.screen
    assert isinstance(screen, LibraryScreen)
    return str(screen.query_one("#list-status").render())


def test_opening_the_workspace_for_the_tui_does_not_import_the_store(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from reader.cli.workspace_open import open_workspace\n"
        "workspace = open_workspace(None, None, store_later=True)\n"
        "heavy = ('annotations.store', 'annotations.model', 'tinydb', 'reader.collection.kept')\n"
        "print([m for m in heavy if m in sys.modules], workspace.store_is_open)\n"
        "workspace.store.all()\n"
        "print('annotations.store' in sys.modules, workspace.store_is_open)\n"
    )
    env = {"PATH": "/usr/bin:/bin", "POSTIL_DB": str(tmp_path / "a.json"), "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[] False", "True True"]


def test_the_counts_follow_once_the_store_is_open(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = SEED.read_text(encoding="utf-8")
    start = text.index("Hong Kong")
    AnnotationStore(db_path).add(
        Annotation.create(
            article=SEED_ID,
            article_title="Hong Kong",
            selector=Selector.from_text(text, start, start + len("Hong Kong")),
        )
    )
    seen: dict[str, object] = {}

    async def drive(pilot: Any) -> None:
        await settle(pilot)
        seen["open"] = pilot.app.workspace.store_is_open
        seen["status"] = _status(pilot.app)
        await pilot.press("q")

    _run_headless(monkeypatch, drive)
    assert main(["--db", str(db_path)]) == 0
    assert seen["open"] is True
    assert "1 highlight" in str(seen["status"])


def test_a_store_that_cannot_be_opened_ends_the_session_in_one_line(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path.parent.mkdir(parents=True)
    raw = json.dumps({"_postil": {"1": {"schema": 99}}, "annotations": {}}).encode()
    db_path.write_bytes(raw)
    drawn: list[str] = []

    async def drive(pilot: Any) -> None:
        drawn.append(type(pilot.app.screen).__name__)  # the library was up first
        await settle(pilot)

    _run_headless(monkeypatch, drive)
    assert main(["--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert drawn == ["LibraryScreen"]
    assert err.count("\n") == 1 and err.startswith("postil: ") and "newer postil" in err
    assert db_path.read_bytes() == raw


def test_a_store_reached_by_a_key_before_it_opened_is_one_line_too(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A key typed ahead can reach the store before the app opens it (here Enter: the
    article's highlights are located in a worker): the session still ends in one line."""
    db_path.parent.mkdir(parents=True)
    raw = b"[1, 2, 3]"
    db_path.write_bytes(raw)
    monkeypatch.setattr(PostilApp, "open_store", lambda self: True)  # as if a key came first

    async def drive(pilot: Any) -> None:
        await pilot.press("enter")  # opens the first article: its highlights need the store
        await settle(pilot)

    _run_headless(monkeypatch, drive)
    code = main(["--db", str(db_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err and "not a postil annotation file" in err
    assert db_path.read_bytes() == raw
