"""A listed folder's walk, remembered while every folder in it keeps its time
(reader/library/folder_listing.py)."""

from __future__ import annotations

import os
import time
import zlib
from pathlib import Path

import pytest

from reader.library import Library, SummaryCache
from reader.library import folder_listing as listing
from reader.library.entries import Blocks, Entries
from reader.library.folder_listing import RememberedRun, cached_walk
from reader.library.kept_ids import ids_digest
from reader.library.walk import FolderEntries, walk
from reader.search.folders import by_folder

LONG_AGO = time.time_ns() - 3_600_000_000_000


def _write(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"Title of {path.stem}\nA body long enough to be an article.\n")
    return path


def _settle(top: Path, when: int = LONG_AGO) -> None:
    """Every folder under ``top`` timed long ago, as if nothing changed for an hour."""
    for folder in [top, *(p for p in top.rglob("*") if p.is_dir() and not p.is_symlink())]:
        os.utime(folder, ns=(when, when))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Files before, between and after subfolders, a folder named like an article, a hidden
    file, a file that is not an article, and a link to an article outside."""
    for name in ("a.txt", "m/inner.md", "m/deep/x.html", "n.md", "z/last.txt", "zz.txt"):
        _write(tmp_path / "lib" / name)
    _write(tmp_path / "lib" / ".hidden.txt")
    _write(tmp_path / "lib" / "notes.pdf")
    _write(tmp_path / "lib" / "folder.txt" / "in.txt")
    os.symlink(_write(tmp_path / "elsewhere" / "far.txt"), tmp_path / "lib" / "m" / "link.txt")
    _settle(tmp_path / "lib")
    return tmp_path / "lib"


@pytest.fixture
def walks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders actually walked (not read from a listing)."""
    walked: list[Path] = []
    real = listing.walk_recorded

    def counting(folder: Path) -> listing.Walked:
        walked.append(folder)
        return real(folder)

    monkeypatch.setattr(listing, "walk_recorded", counting)
    return walked


def _runs(blocks: list[FolderEntries]) -> list[tuple[object, ...]]:
    return [(b.shown, b.folder, b.ids(), b.names, len(b)) for b in blocks]


def test_a_remembered_walk_is_the_walk(folder: Path, tmp_path: Path, walks) -> None:
    cache = tmp_path / "cache"
    first, unique = cached_walk(folder, cache)
    assert not unique
    again, unique = cached_walk(folder, cache)
    assert unique and walks == [folder]
    assert all(isinstance(run, RememberedRun) for run in again)
    assert _runs(again) == _runs(first) == _runs(walk(folder))
    far = str((tmp_path / "elsewhere" / "far.txt").resolve())
    assert far in [i for run in again for i in run.ids()]


def test_a_remembered_walk_answers_without_reading_its_names(folder: Path, tmp_path: Path) -> None:
    """What a search of an unchanged folder asks: sizes, each folder's digest, whether its
    results are in it; the names stay unread."""
    cache = tmp_path / "cache"
    fresh = Library.from_paths([folder])
    cached_walk(folder, cache)
    runs, _ = cached_walk(folder, cache)
    library = Library(Entries(Blocks(runs)), SummaryCache(None))
    assert len(library.entries) == len(fresh.entries) == 8
    digests = {path: group.members for path, group in by_folder(library.entries).items()}
    assert digests == {path: group.members for path, group in by_folder(fresh.entries).items()}
    scope = library.ids()
    real = folder.resolve()
    for present in ("a.txt", "m/inner.md", "folder.txt/in.txt"):
        assert str(real / present) in scope
    assert str((tmp_path / "elsewhere" / "far.txt").resolve()) in scope
    for absent in (".hidden.txt", "notes.pdf", "gone.txt", "m", "m/../a.txt", "m/link.txt"):
        assert str(real / absent) not in scope
    assert not any(run._loaded for run in runs if isinstance(run, RememberedRun))
    assert digests[str(folder / "m")] == ids_digest(
        [str(real / "m" / "inner.md"), str((tmp_path / "elsewhere" / "far.txt").resolve())]
    )


@pytest.mark.parametrize(
    "change",
    [
        lambda lib: _write(lib / "m" / "deep" / "new.txt"),
        lambda lib: (lib / "z" / "last.txt").rename(lib / "z" / "renamed.txt"),
        lambda lib: (lib / "m" / "deep" / "x.html").unlink(),
        lambda lib: _write(lib / "new-folder" / "in.md"),
    ],
)
def test_a_change_in_any_folder_is_walked_again(
    folder: Path, tmp_path: Path, walks, change
) -> None:
    cache = tmp_path / "cache"
    cached_walk(folder, cache)
    change(folder)
    _settle(folder, LONG_AGO + 1_000_000_000)  # another time than the one listed, settled
    runs, _ = cached_walk(folder, cache)
    assert _runs(runs) == _runs(walk(folder)) and len(walks) == 2
    assert _runs(cached_walk(folder, cache)[0]) == _runs(runs) and len(walks) == 2


def test_a_time_just_changed_is_not_remembered(folder: Path, tmp_path: Path, walks) -> None:
    _settle(folder / "m", time.time_ns())  # in the tick just gone: a change could follow
    cached_walk(folder, tmp_path / "cache")
    cached_walk(folder, tmp_path / "cache")
    assert len(walks) == 2


def test_a_walk_whose_ids_repeat_is_not_remembered(folder: Path, tmp_path: Path, walks) -> None:
    """The library keeps the first of a file reached twice, which needs every id."""
    os.symlink(folder / "a.txt", folder / "z" / "again.txt")
    _settle(folder)
    cached_walk(folder, tmp_path / "cache")
    cached_walk(folder, tmp_path / "cache")
    assert len(walks) == 2
    library = Library.from_paths([folder], SummaryCache(tmp_path / "cache" / "library.json"))
    assert [entry.name for entry in library.entries].count("again.txt") == 0


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-3],  # cut short: fewer names than the runs hold
        lambda data: data.replace(b"inner.md", b"in/er.md"),  # a path, not a name
        lambda data: data.replace(b"zz.txt", b"zz.txt\0more.txt"),  # a name too many
        lambda data: data[:10] + b"\xff" + data[11:],
        lambda data: b"12\0" + data,
        lambda data: b"x",
        lambda data: b"",
    ],
)
def test_a_damaged_listing_is_walked_again(folder: Path, tmp_path: Path, walks, damage) -> None:
    cache = tmp_path / "cache"
    cached_walk(folder, cache)
    [file] = cache.iterdir()
    file.write_bytes(damage(file.read_bytes()))
    runs, _ = cached_walk(folder, cache)
    assert _runs(runs) == _runs(walk(folder)) and len(walks) == 2


def test_the_library_reads_a_listing_and_still_drops_a_file_named_twice(
    folder: Path, tmp_path: Path, walks
) -> None:
    summaries = SummaryCache(tmp_path / "cache" / "library.json")
    for _ in range(2):
        library = Library.from_paths([folder], summaries)
    assert walks == [folder] and len(library.entries) == 8
    assert (tmp_path / "cache" / "folder-listings").is_dir()
    both = Library.from_paths([folder, folder / "m"], summaries)  # m's files listed once
    assert [entry.id for entry in both.entries] == [entry.id for entry in library.entries]


def test_listings_beyond_the_most_kept_go_the_longest_written_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, walks
) -> None:
    monkeypatch.setattr(listing, "MOST_LISTINGS", 3)
    cache = tmp_path / "listings"
    folders = [tmp_path / f"lib{n}" for n in range(5)]
    cache.mkdir()
    (cache / "notes").write_text("not a listing: never removed, the oldest as it is")
    os.utime(cache / "notes", ns=(LONG_AGO - 1, LONG_AGO - 1))
    for n, top in enumerate(folders):
        _write(top / "a.txt")
        _settle(top)
        cached_walk(top, cache)
        written = cache / _listing_name(top)
        os.utime(written, ns=(LONG_AGO + n, LONG_AGO + n))  # written in turn, the last newest
    assert {f.name for f in cache.iterdir()} == {"notes", *map(_listing_name, folders[2:])}
    walks.clear()
    cached_walk(folders[2], cache)  # the oldest kept is read back, not walked
    assert walks == []


def _listing_name(folder: Path) -> str:
    return f"{zlib.crc32(os.fsencode(os.path.abspath(folder))):08x}"


def test_a_link_whose_target_is_deleted_is_walked_again(
    folder: Path, tmp_path: Path, walks
) -> None:
    cache = tmp_path / "listings"
    first, _ = cached_walk(folder, cache)
    assert any("link.txt" in block.names for block in first)
    (tmp_path / "elsewhere" / "far.txt").unlink()  # the link dangles; its folder's time holds
    walks.clear()
    again, _ = cached_walk(folder, cache)
    assert walks == [folder]
    assert _runs(again) == _runs(walk(folder)) and not any("link.txt" in b.names for b in again)
