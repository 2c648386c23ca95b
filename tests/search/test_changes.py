"""Finding what changed by folder (reader.search.changes): each kind of change, and what each
way of looking costs in files stat'ed.

Folders are given a time in the past (``settle``) so their stamps are trusted: a folder changed
just before it was checked is checked again next time.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.settled import settled as trusted
from reader.library import Library
from reader.library.entries import Blocks, Entries
from reader.search import changes
from reader.search.index import SearchIndex
from tests.search.conftest import ARTICLES, write_library


def settle(folder: Path, ago: float = 60.0) -> None:
    """Set the folder's modification time ``ago`` seconds back (as if changed long ago)."""
    when = time.time_ns() - int(ago * 1e9)
    os.utime(folder, ns=(when, when))


def ids(index: SearchIndex, query: str) -> list[str]:
    return sorted(Path(r.id).name for r in index.search(query).results)


@pytest.fixture
def stats(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The names of the article files stat'ed by change detection."""
    seen: list[str] = []
    real = changes.file_stamp

    def counting(entry):  # type: ignore[no-untyped-def]
        seen.append(entry.path.name)
        return real(entry)

    monkeypatch.setattr(changes, "file_stamp", counting)
    yield seen


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "articles"
    write_library(made)
    return made


@pytest.fixture
def settled(tmp_path: Path, folder: Path) -> SearchIndex:
    """An index of ``folder`` whose folder stamp was recorded (the folder settled first)."""
    settle(folder)
    index = SearchIndex(tmp_path / "index")
    index.update(Library.from_paths([folder]))
    return index


def test_an_unchanged_folder_stats_no_file(settled: SearchIndex, folder: Path, stats) -> None:
    report = settled.update(Library.from_paths([folder]))
    assert (report.indexed, report.unchanged, stats) == (0, 3, [])


def test_an_unchanged_folder_makes_no_entry(settled: SearchIndex, folder: Path) -> None:
    """A listed folder's entries are made when a file must be stat'ed, not to be checked."""
    library = Library.from_paths([folder])
    settled.update(library)
    settled.search("Zurich", scope=library.ids())
    assert isinstance(library.entries, Entries) and isinstance(library.entries.first, Blocks)
    assert [len(block._made) for block in library.entries.first.blocks] == [0]


def test_a_changed_folder_stats_its_files_only(tmp_path: Path, stats) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    write_library(one, {"a.txt": ARTICLES["tesla.txt"]})
    write_library(two, {"b.txt": ARTICLES["cocoa.txt"], "c.txt": ARTICLES["zurich.txt"]})
    settle(one), settle(two)
    index = SearchIndex(tmp_path / "index")
    index.update(Library.from_paths([one, two]))
    stats.clear()
    (two / "d.txt").write_text(ARTICLES["tesla.txt"] + " Rivian too.")
    report = index.update(Library.from_paths([one, two]))
    assert (report.indexed, report.reused, report.unchanged) == (1, 0, 3)
    assert sorted(stats) == ["b.txt", "c.txt", "d.txt"]
    assert ids(index, "rivian") == ["d.txt"]


def test_an_added_article_is_indexed(settled: SearchIndex, folder: Path) -> None:
    (folder / "new.txt").write_text(ARTICLES["tesla.txt"].replace("Tesla", "Rivian"))
    report = settled.update(Library.from_paths([folder]))
    assert (report.indexed, report.unchanged) == (1, 3)
    assert ids(settled, "rivian") == ["new.txt"]


def test_a_removed_article_is_removed(settled: SearchIndex, folder: Path) -> None:
    os.remove(folder / "zurich.txt")
    report = settled.update(Library.from_paths([folder]))
    assert (report.indexed, report.removed) == (0, 1)
    assert ids(settled, "zurich") == []


def test_a_moved_article_is_not_recognised_again(settled: SearchIndex, folder: Path) -> None:
    elsewhere = folder / "sub"
    elsewhere.mkdir()
    (folder / "cocoa.txt").rename(elsewhere / "cocoa-moved.txt")
    report = settled.update(Library.from_paths([folder]))
    assert (report.indexed, report.reused, report.words, report.removed) == (1, 1, 0, 1)
    assert ids(settled, "kumasi") == ["cocoa-moved.txt"]


def test_an_article_saved_anew_is_seen(settled: SearchIndex, folder: Path) -> None:
    """An editor's safe save: a new file renamed over the old changes the folder."""
    fresh = folder / ".tesla.txt.swp"
    fresh.write_text(ARTICLES["tesla.txt"] + " Shares rose in Oslo.")
    fresh.replace(folder / "tesla.txt")
    report = settled.update(Library.from_paths([folder]))
    assert (report.indexed, report.unchanged) == (1, 2)
    assert ids(settled, "oslo") == ["tesla.txt"]


def test_an_article_edited_in_place_needs_a_full_check(settled: SearchIndex, folder: Path) -> None:
    """Rewritten in place, a file leaves its folder's time as it was: the quick check's
    documented limit; the full check (postil index, the TUI's second pass) and an update of
    that article (postil index FILE) see it."""
    path = folder / "tesla.txt"
    path.write_text(ARTICLES["tesla.txt"] + " Shares rose in Oslo.")
    library = Library.from_paths([folder])
    assert settled.update(library).indexed == 0
    assert ids(settled, "oslo") == []
    report = settled.update(library, check="full")
    assert (report.indexed, report.unchanged) == (1, 2)
    assert ids(settled, "oslo") == ["tesla.txt"]
    path.write_text(ARTICLES["tesla.txt"] + " Shares fell in Bergen.")
    report = settled.update(Library.from_paths([path]), check="listed")
    assert (report.indexed, report.unchanged, report.removed) == (1, 0, 0)
    assert ids(settled, "bergen") == ["tesla.txt"] and ids(settled, "kumasi") == ["cocoa.txt"]


def test_a_folder_just_changed_is_checked_again(tmp_path: Path, folder: Path, stats) -> None:
    """Timestamps are coarse: a folder changed in the last tick (here: ahead of the clock)
    is not trusted."""
    index = SearchIndex(tmp_path / "index")
    settle(folder, ago=-10)
    index.update(Library.from_paths([folder]))
    stats.clear()
    assert index.update(Library.from_paths([folder])).unchanged == 3
    assert len(stats) == 3


def test_more_articles_of_a_folder_are_not_taken_as_indexed(tmp_path: Path, folder: Path) -> None:
    """A folder stamped for one library article is not clean for a library of all of them."""
    settle(folder)
    index = SearchIndex(tmp_path / "index")
    index.update(Library.from_paths([folder / "tesla.txt"]))
    report = index.update(Library.from_paths([folder]))
    assert (report.indexed, report.unchanged) == (2, 1)


def test_articles_outside_the_library_are_removed_when_gone(tmp_path: Path, folder: Path) -> None:
    other = tmp_path / "other"
    write_library(other, {"rivian.txt": ARTICLES["tesla.txt"].replace("Tesla", "Rivian")})
    settle(folder), settle(other)
    index = SearchIndex(tmp_path / "index")
    index.update(Library.from_paths([folder, other]))
    only_folder = Library.from_paths([folder])
    assert index.update(only_folder).removed == 0  # still on disk: kept
    assert ids(index, "rivian") == ["rivian.txt"]
    shutil.rmtree(other)
    assert index.update(only_folder).removed == 1
    assert ids(index, "rivian") == []
    assert str(other) not in index.catalog.folders()


def test_a_stopped_update_stamps_no_folder(tmp_path: Path, folder: Path) -> None:
    settle(folder)
    index = SearchIndex(tmp_path / "index")
    stop = threading.Event()
    stop.set()
    index.update(Library.from_paths([folder]), stop=stop)
    assert all(s.mtime_ns is None for s in index.catalog.folders().values())
    assert index.update(Library.from_paths([folder])).indexed == 3


def test_a_catalogue_without_folders_is_given_them(tmp_path: Path, folder: Path, stats) -> None:
    """An index of an earlier postil (no folder column, no stamps) keeps its articles: they
    are checked file by file once, not indexed again."""
    settle(folder)
    index = SearchIndex(tmp_path / "index")
    index.update(Library.from_paths([folder]))
    with index.catalog.transaction() as db:
        db.execute("UPDATE articles SET folder = NULL")
        db.execute("DELETE FROM folders")
    os.remove(folder / "zurich.txt")
    settle(folder)
    report = index.update(Library.from_paths([folder]))
    assert (report.indexed, report.unchanged, report.removed) == (0, 2, 1)
    assert index.catalog.articles_in(None) == {}
    stats.clear()
    assert index.update(Library.from_paths([folder])).unchanged == 2
    assert stats == []


def test_the_column_is_added_to_an_earlier_catalogue(tmp_path: Path, folder: Path) -> None:
    index = SearchIndex(tmp_path / "index")
    index.update(Library.from_paths([folder]))
    with index.catalog.transaction() as db:
        db.execute("DROP INDEX articles_folder")
        db.execute("ALTER TABLE articles DROP COLUMN folder")
    index.close()
    reopened = SearchIndex(tmp_path / "index")
    assert reopened.notice is None and reopened.indexed() == 3
    assert reopened.update(Library.from_paths([folder])).indexed == 0


def test_an_add_that_names_its_articles_keeps_the_folder_stamp(
    settled: SearchIndex, folder: Path, stats
) -> None:
    """postil add / the TUI's add: the articles added are indexed alone, and their folder (a
    kept library: one folder of them all) is not stat'ed file by file next time."""
    new = folder / "rivian.txt"
    new.write_text(ARTICLES["tesla.txt"].replace("Tesla", "Rivian"))
    settle(folder, ago=30)
    whole = Library.from_paths([folder])
    report = settled.update(Library.from_paths([new]), check="listed", added_to=whole)
    assert (report.indexed, stats) == (1, ["rivian.txt"])
    stats.clear()
    report = settled.update(Library.from_paths([folder]))
    assert (report.indexed, report.unchanged, stats) == (0, 4, [])
    assert ids(settled, "rivian") == ["rivian.txt"]


def test_an_add_that_does_not_name_every_change_leaves_the_folder_to_be_checked(
    settled: SearchIndex, folder: Path
) -> None:
    named, other = folder / "rivian.txt", folder / "lucid.txt"
    named.write_text(ARTICLES["tesla.txt"].replace("Tesla", "Rivian"))
    other.write_text(ARTICLES["tesla.txt"].replace("Tesla", "Lucid"))
    settle(folder, ago=30)
    whole = Library.from_paths([folder])
    settled.update(Library.from_paths([named]), check="listed", added_to=whole)
    report = settled.update(Library.from_paths([folder]))
    assert (report.indexed, report.unchanged) == (1, 4)
    assert ids(settled, "lucid") == ["lucid.txt"]


def test_a_folder_time_is_trusted_once_its_tick_has_passed() -> None:
    """Whole-second times (ext3, HFS+, FAT) after 2 s; finer ones after 50 ms."""
    now = time.time_ns()
    whole = now - now % 1_000_000_000 - 1_000_000_000  # a whole second, 1 to 2 s ago
    assert trusted(whole) is None
    assert trusted(whole - 2_000_000_000) == whole - 2_000_000_000
    fine = now - 100_000_001
    assert trusted(fine) == fine
    assert trusted(now - 10_000_001) is None
    assert trusted(now + 5_000_000_001) is None  # ahead of the clock
