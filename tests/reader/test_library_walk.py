"""A listed folder keeps names and ids; entries are made only when asked for (walk.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.library import Library
from reader.library.entries import Blocks, Entries, id_paths
from reader.library.walk import FolderEntries
from reader.search.folders import by_folder


def _write(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"Title of {path.stem}\nA body long enough to be an article.\n")
    return path


def _made(library: Library) -> int:
    """How many entries of the library's listed folders have been made."""
    assert isinstance(library.entries, Entries)
    blocks = library.entries.first
    assert isinstance(blocks, Blocks)
    return sum(len(block._made) for block in blocks.blocks if isinstance(block, FolderEntries))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Files before, between and after subfolders, a name like a folder's, a hidden file."""
    for name in ("a.txt", "m/inner.md", "m/deep/x.html", "n.md", "z/last.txt", "zz.txt"):
        _write(tmp_path / "lib" / name)
    _write(tmp_path / "lib" / ".hidden.txt")
    (tmp_path / "lib" / "folder.txt").mkdir()  # a folder named like an article: walked into
    _write(tmp_path / "lib" / "folder.txt" / "in.txt")
    return tmp_path / "lib"


def test_files_come_in_path_order_with_subfolders_in_place(folder: Path) -> None:
    library = Library.from_paths([folder])
    shown = [str(entry.path.relative_to(folder)) for entry in library.entries]
    assert shown == [
        "a.txt", "folder.txt/in.txt", "m/deep/x.html", "m/inner.md", "n.md", "z/last.txt",
        "zz.txt",
    ]  # fmt: skip
    assert [entry.id for entry in library.entries] == [
        str(folder.resolve() / name) for name in shown
    ]


def test_ids_and_paths_are_read_without_making_an_entry(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(folder.parent)
    library = Library.from_paths([Path("lib")])  # relative: paths as given, ids absolute
    pairs = list(id_paths(library.entries))
    ids = library.ids()
    assert pairs[3][0] in ids and len(ids) == len(pairs)
    assert _made(library) == 0
    assert pairs == [(entry.id, os.fspath(entry.path)) for entry in library.entries]
    assert set(ids) == {entry.id for entry in library.entries}
    assert all(entry.id in ids for entry in library.entries) and "/elsewhere" not in ids
    assert pairs[0] == (str(folder.resolve() / "a.txt"), os.path.join("lib", "a.txt"))


def test_a_file_reached_twice_through_a_link_is_listed_once(tmp_path: Path) -> None:
    real = _write(tmp_path / "lib" / "b.txt")
    os.symlink(real, tmp_path / "lib" / "a-link.txt")  # listed first, same id as b.txt
    _write(tmp_path / "other" / "c.txt")
    library = Library.from_paths([tmp_path / "lib", tmp_path / "lib", tmp_path / "other"])
    assert [entry.name for entry in library.entries] == ["a-link.txt", "c.txt"]
    assert library.entries.position(str(tmp_path.resolve() / "other" / "c.txt")) == 1


def test_a_folder_split_by_subfolders_is_one_group(folder: Path) -> None:
    library = Library.from_paths([folder])
    groups = by_folder(library.entries)
    expected = {os.path.abspath(folder / p) for p in ("", "folder.txt", "m", "m/deep", "z")}
    assert set(groups) == expected
    top = groups[os.path.abspath(folder)]
    assert _made(library) == 0  # grouped by folder, ids digested: nothing made
    assert [entry.name for entry in top.entries] == ["a.txt", "n.md", "zz.txt"]  # three runs
