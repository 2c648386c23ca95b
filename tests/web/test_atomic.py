"""Adding is atomic and safe from several shells at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from reader.collection import kept
from reader.collection.adding import Adder, Failure
from reader.collection.kept import Collection, Outcome
from tests.web.conftest import PARAGRAPHS

ROOT = Path(__file__).resolve().parents[2]


def _write_articles(folder: Path, count: int) -> None:
    folder.mkdir()
    for n in range(count):
        text = f"Story number {n}\n\nStory {n}: " + "\n\n".join(PARAGRAPHS) + "\n"
        (folder / f"story{n:03}.txt").write_text(text, encoding="utf-8")


def _assert_whole(collection: Collection) -> None:
    """Every listed article is complete: front matter with its id, then its text."""
    for stem in collection.stems():
        text = collection.path_of(stem).read_text(encoding="utf-8")
        front = yaml.safe_load(text.split("---\n")[1])
        assert front["id"] == f"library/{stem}" and front["fingerprint"]
        assert PARAGRAPHS[2] in text
        assert collection.original_of(stem) is not None


def test_a_failure_before_the_rename_leaves_no_article(
    tmp_path: Path, library: Collection, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_articles(tmp_path / "in", 1)
    source = tmp_path / "in" / "story000.txt"
    real = kept.atomic_write

    def crash_on_article(path: Path, data: bytes, **options: bool) -> None:
        if path.suffix == ".md":
            raise OSError(28, "No space left on device")
        real(path, data, **options)

    monkeypatch.setattr(kept, "atomic_write", crash_on_article)
    [result] = Adder(library).add(str(source))
    assert isinstance(result, Failure) and "No space left" in result.message
    assert library.stems() == []
    assert list(library.articles.iterdir()) == []  # nor its original
    monkeypatch.setattr(kept, "atomic_write", real)
    [result] = Adder(library).add(str(source))
    assert isinstance(result, Outcome) and result.status == "added"
    names = sorted(p.name for p in library.articles.iterdir())
    assert len(names) == 2 and names[0].endswith(".md") and names[1].endswith(".txt.gz")


def _postil(*args: str) -> list[str]:
    return [sys.executable, "-m", "reader", *args]


def test_killed_adds_leave_only_whole_articles(tmp_path: Path, library: Collection) -> None:
    _write_articles(tmp_path / "in", 100)
    env = {**os.environ, "POSTIL_LIBRARY": str(library.root)}
    for delay in (0.5, 0.8, 1.1):
        child = subprocess.Popen(
            _postil("add", str(tmp_path / "in")),
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        _assert_whole(library)
    done = subprocess.run(_postil("add", str(tmp_path / "in")), env=env, cwd=ROOT, check=False)
    assert done.returncode == 0
    _assert_whole(library)
    assert len(library.stems()) == 100
    leftovers = [p.name for p in library.articles.iterdir() if p.name.startswith(".")]
    assert leftovers == [] or all(name.endswith(".tmp") for name in leftovers)


def test_two_shells_adding_at_once_both_land(tmp_path: Path, library: Collection) -> None:
    _write_articles(tmp_path / "a", 15)
    folder_b = tmp_path / "b"
    folder_b.mkdir()
    for n in range(15):
        text = f"Other story {n}\n\nOther {n}: " + PARAGRAPHS[1] + "\n\n" + PARAGRAPHS[2]
        (folder_b / f"other{n:03}.txt").write_text(text, encoding="utf-8")
    same = tmp_path / "a" / "story000.txt"
    env = {**os.environ, "POSTIL_LIBRARY": str(library.root)}
    children = [
        subprocess.Popen(
            _postil("add", str(folder), str(same)),
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in (tmp_path / "a", folder_b)
    ]
    outputs = [child.communicate(timeout=120) for child in children]
    assert [child.returncode for child in children] == [0, 0], outputs
    assert len(library.stems()) == 30
    _assert_whole(library)
    added = sum(out.count("added: Story number 0 ") for out, _ in outputs)
    assert added == 1


def test_kept_files_are_private_whatever_the_umask(tmp_path: Path, library: Collection) -> None:
    _write_articles(tmp_path / "in", 1)
    previous = os.umask(0o022)
    try:
        [result] = Adder(library).add(str(tmp_path / "in" / "story000.txt"))
    finally:
        os.umask(previous)
    assert isinstance(result, Outcome) and result.status == "added"
    modes = {p.name: p.stat().st_mode & 0o777 for p in library.articles.iterdir()}
    assert len(modes) == 2 and set(modes.values()) == {0o600}, modes
