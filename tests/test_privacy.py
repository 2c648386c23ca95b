"""Private under any umask, and a tampered cache is never trusted.

Folders postil creates are 0700 and files 0600 even under ``umask 000`` (exports: see
tests/reader/test_export_files.py); a summary cache with wrong types or escape sequences in it
is ignored and rebuilt.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.model import Annotation, Selector
from annotations.store import AnnotationStore
from reader.cli import main
from reader.library import Library, SummaryCache


@pytest.fixture
def umask_000() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_folders_and_files_are_private_under_umask_000(
    tmp_path: Path, umask_000: None
) -> None:
    path = tmp_path / "a" / "b" / "annotations.json"
    store = AnnotationStore(path)
    store.add(
        Annotation.create(
            article="x.txt", article_title="X", selector=Selector.from_text("hello", 0, 5)
        )
    )
    store.close()
    assert _mode(tmp_path / "a") == 0o700 and _mode(tmp_path / "a" / "b") == 0o700
    for name in ("annotations.json", "annotations.json.journal", "annotations.json.lock"):
        assert _mode(path.with_name(name)) == 0o600, name


def test_migration_backup_is_private_under_umask_000(tmp_path: Path, umask_000: None) -> None:
    path = tmp_path / "annotations.json"
    doc = Annotation.create(
        article="x.txt", article_title="X", selector=Selector.from_text("hello", 0, 5)
    ).to_dict()
    path.write_text(json.dumps({"_default": {"1": doc}}))
    AnnotationStore(path)
    assert _mode(tmp_path / "annotations.json.schema0.bak") == 0o600


def test_cache_is_private_under_umask_000(tmp_path: Path, umask_000: None) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("A headline about courts\n\nThe court ruled on Monday.\n")
    cache = tmp_path / "cache" / "deep" / "library.json"
    library = Library.from_paths([folder], SummaryCache(cache))
    library.summary(library.entries[0])
    library.summaries.save()
    assert _mode(cache) == 0o600
    assert _mode(cache.parent) == 0o700 and _mode(cache.parent.parent) == 0o700


def test_cli_creates_nothing_world_readable_under_umask_000(
    tmp_path: Path, umask_000: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POSTIL_CACHE_DIR", str(tmp_path / "cache"))
    db = tmp_path / "data" / "annotations.json"
    out = tmp_path / "out.md"
    assert (
        main(["annotate", "hong kong", "--quote", "Zoom", "--occurrence", "1", "--db", str(db)])
        == 0
    )
    assert main(["list", "--db", str(db)]) == 0
    assert main(["export", "-o", str(out), "--db", str(db)]) == 0
    made = [p for p in tmp_path.rglob("*")]
    assert made
    for path in made:
        expected = 0o700 if path.is_dir() else 0o600
        assert _mode(path) == expected, path


def test_the_search_index_is_private_under_umask_000(
    tmp_path: Path, umask_000: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index holds the articles' words and the highlights' notes. tantivy and SQLite make
    its files with the umask's mode, so its folders keep them from other users; one an
    earlier postil left open is closed."""
    monkeypatch.setenv("POSTIL_CACHE_DIR", str(tmp_path / "cache"))
    db = str(tmp_path / "data" / "annotations.json")
    note = ["--quote", "Zoom", "--occurrence", "1", "--note", "private"]
    assert main(["annotate", "hong kong", *note, "--db", db]) == 0
    assert main(["search", "private", "--db", db]) == 0
    folders = [p for p in (tmp_path / "cache").rglob("*") if p.is_dir()]
    assert (tmp_path / "cache" / "search" / "builtin" / "text") in folders
    assert all(_mode(folder) == 0o700 for folder in [tmp_path / "cache", *folders])
    index = tmp_path / "cache" / "search" / "builtin"
    os.chmod(index, 0o755)
    assert main(["search", "private", "--db", db, "--no-update"]) == 0
    assert _mode(index) == 0o700


# --- a tampered cache -------------------------------------------------------------------------

TITLE = "A headline about courts"


@pytest.fixture
def cached(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(f"{TITLE}\n\nThe court ruled on Monday that the law stands.\n")
    cache = tmp_path / "cache" / "library.json"
    library = Library.from_paths([folder], SummaryCache(cache))
    library.summary(library.entries[0])
    library.summaries.save()
    return folder, cache


def _tamper(cache: Path, **changes: object) -> None:
    """Change every cached summary in every shard of the cache (``library.shards/``)."""
    shards = sorted(cache.with_name(cache.stem + ".shards").glob("*.json"))
    assert shards
    for shard in shards:
        columns = json.loads(shard.read_text())  # a list per field (summary_columns)
        for field, value in changes.items():
            columns[field] = [value] * len(columns["id"])
        shard.write_text(json.dumps(columns))


@pytest.mark.parametrize(
    "changes",
    [
        {"words": "many"},
        {"words": -3},
        {"words": 1e400},
        {"words": True},
        {"title": None},
        {"title": "Owned \x1b]0;pwned\x07 \x1b[2J"},
        {"source": "\x9b31mred"},
        {"date": ["2024"]},
        {"error": "\u202eexe.txt"},
        {"extra": "field"},
    ],
    ids=lambda changes: next(iter(changes)) + "=" + repr(next(iter(changes.values())))[:12],
)
def test_tampered_summary_is_ignored_and_rebuilt(
    cached: tuple[Path, Path], changes: dict[str, object]
) -> None:
    folder, cache = cached
    _tamper(cache, **changes)
    library = Library.from_paths([folder], SummaryCache(cache))
    summary = library.summary(library.entries[0])
    assert summary.title == TITLE and summary.words == 9 and summary.error is None


def test_cli_list_with_a_tampered_cache(
    cached: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, cache = cached
    _tamper(cache, words="many", title="\x1b]0;pwned\x07")
    monkeypatch.setenv("POSTIL_CACHE_DIR", str(cache.parent))
    assert main(["list", "-L", str(folder), "--db", str(tmp_path / "a.json")]) == 0
    out = capsys.readouterr().out
    assert TITLE in out and "9 words" in out and "\x1b" not in out
