"""The kept folder's listing, remembered while the folder's time holds (kept_listing.py)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from reader.library import Library, SummaryCache
from reader.library import entries as entries_module
from reader.library import kept_listing as listing
from reader.library.entries import Entries, KeptEntries, Membership
from reader.library.kept_ids import ids_digest
from reader.library.kept_listing import cached_listing
from reader.search.folders import by_folder


def cached_stems(articles: Path, cache: Path | None) -> list[str]:
    return cached_listing(articles, cache).stems


def _settle(folder: Path, ago: float = 60.0) -> None:
    when = time.time_ns() - int(ago * 1e9)
    os.utime(folder, ns=(when, when))


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "kept" / "articles"
    folder.mkdir(parents=True)
    for name in ("2026-b.md", "2026-a.md", "2026-a.txt.gz", ".2026-c.md", "2026-d.md.tmp"):
        (folder / name).write_text("x")
    _settle(folder)
    return folder


@pytest.fixture
def listings(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders actually listed (not read from the cache)."""
    listed: list[Path] = []
    real = listing.listed_stems

    def counting(folder: Path) -> list[str]:
        listed.append(folder)
        return real(folder)

    monkeypatch.setattr(listing, "listed_stems", counting)
    return listed


def test_a_settled_folder_is_listed_once(articles: Path, tmp_path: Path, listings) -> None:
    cache = tmp_path / "cache" / "kept-listing"
    assert cached_stems(articles, cache) == ["2026-a", "2026-b"]
    assert cached_stems(articles, cache) == ["2026-a", "2026-b"]
    assert listings == [articles]


def test_a_name_added_or_removed_is_seen(articles: Path, tmp_path: Path, listings) -> None:
    cache = tmp_path / "kept-listing"
    cached_stems(articles, cache)
    (articles / "2026-e.md").write_text("x")
    assert cached_stems(articles, cache) == ["2026-a", "2026-b", "2026-e"]
    (articles / "2026-a.md").unlink()
    _settle(articles, ago=30)  # another time than the one listed, settled
    assert cached_stems(articles, cache) == ["2026-b", "2026-e"]
    assert cached_stems(articles, cache) == ["2026-b", "2026-e"]
    assert len(listings) == 3


def test_a_time_just_changed_is_not_remembered(articles: Path, tmp_path: Path, listings) -> None:
    cache = tmp_path / "kept-listing"
    _settle(articles, ago=0.001)  # in the tick just gone: a change could still follow unseen
    cached_stems(articles, cache)
    assert not cache.exists()
    cached_stems(articles, cache)
    assert len(listings) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-3],  # cut short: its last stem is another
        lambda data: data.replace(b"2026-a", b"../../x"),  # a path, not a name
        lambda data: data.replace(b"2026-a", b"2026-z"),  # out of order
        lambda data: b"\xff\x00" * 10,
        lambda data: b"",
        lambda data: data.replace(data.split(b"\0")[3], b"f" * 31),  # no digest
        lambda data: b"\0".join(data.split(b"\0")[:3]),  # the header cut short
        lambda data: data.rsplit(b"\0", 1)[0],  # a stem gone: fewer than the header counts
    ],
)
def test_a_damaged_cache_is_listed_again(articles: Path, tmp_path: Path, damage) -> None:
    cache = tmp_path / "kept-listing"
    cached_stems(articles, cache)
    cache.write_bytes(damage(cache.read_bytes()))
    assert cached_stems(articles, cache) == ["2026-a", "2026-b"]
    assert cached_stems(articles, None) == ["2026-a", "2026-b"]


def test_a_cache_that_cannot_be_written_only_lists(articles: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert cached_stems(articles, blocked / "kept-listing") == ["2026-a", "2026-b"]
    assert list(tmp_path.glob("**/.kept-listing*")) == []


def test_a_name_not_utf8_comes_back_as_it_was(articles: Path, tmp_path: Path) -> None:
    name = os.fsdecode(b"2026-\xff.md")
    try:
        (articles / name).write_text("x")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes UTF-8 names only")
    _settle(articles)
    cache = tmp_path / "kept-listing"
    first = cached_stems(articles, cache)
    assert cached_stems(articles, cache) == first and name[:-3] in first


def test_the_default_library_lists_its_kept_folder_from_the_cache(
    articles: Path, tmp_path: Path, listings
) -> None:
    summaries = tmp_path / "cache" / "library.json"
    for _ in range(2):
        library = Library.default(SummaryCache(summaries), kept=articles.parent)
        assert [e.id for e in library.entries][-2:] == ["library/2026-a", "library/2026-b"]
    assert listings == [articles]
    assert (summaries.parent / "kept-listing").is_file()


def test_a_search_of_an_unchanged_library_reads_no_stem(articles: Path, tmp_path: Path) -> None:
    """What a search's change check and scope ask of the default library: its folders'
    digests, its size and whether its results are in it; the stems stay unread."""
    summaries = tmp_path / "cache" / "library.json"
    Library.default(SummaryCache(summaries), kept=articles.parent)
    library = Library.default(SummaryCache(summaries), kept=articles.parent)
    assert isinstance(library.entries, Entries) and library.entries.kept is not None
    kept = library.entries.kept
    folders = by_folder(library.entries)
    assert folders[str(articles)].members == ids_digest(["library/2026-a", "library/2026-b"])
    scope = library.ids()
    assert "library/2026-b" in scope and "library/2026-z" not in scope
    assert len(scope) == len(library.entries) == 7  # the five seeds and two kept
    assert not kept._listing.loaded


def test_the_count_and_digest_are_read_without_the_stems(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search's change check compares the digest and counts the articles: both are read
    from the cache's header, the stems only when something asks for them."""
    cache = tmp_path / "kept-listing"
    first = cached_listing(articles, cache)
    assert first.digest == ids_digest(["library/2026-a", "library/2026-b"])
    monkeypatch.setattr(listing, "kept_ids_digest", None)  # hashing again would fail
    again = cached_listing(articles, cache)
    assert (again.count, again.digest, again.loaded) == (2, first.digest, False)
    entries = KeptEntries(articles.parent, again)
    assert (len(entries), entries.ids_digest(), again.loaded) == (2, first.digest, False)
    assert entries.ids() == ["library/2026-a", "library/2026-b"]
    assert again.loaded


def test_a_listing_not_remembered_has_its_digest_made_when_asked(articles: Path) -> None:
    unsaved = cached_listing(articles, None)
    assert unsaved.digest is None
    entries = KeptEntries(articles.parent, unsaved.stems)
    assert entries.ids_digest() == ids_digest(entries.ids())


def test_the_archived_articles_are_part_of_the_key(articles: Path, tmp_path: Path) -> None:
    cache = tmp_path / "kept-listing"
    archived = frozenset({"2026-a"})
    assert cached_listing(articles, cache, archived).stems == ["2026-b"]
    remembered = cached_listing(articles, cache, archived)
    assert (remembered.count, remembered.digest) == (1, ids_digest(["library/2026-b"]))
    assert cached_listing(articles, cache).stems == ["2026-a", "2026-b"]
    assert cached_listing(articles, cache).count == 2


def test_membership_is_answered_from_the_files_until_the_stems_are_read(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search asks about its few results: each file looked for, no stem read; asked about
    more than a few hundred, the stems are read and searched."""
    cache = tmp_path / "kept-listing"
    archived = frozenset({"2026-b"})
    cached_listing(articles, cache, archived)
    remembered = cached_listing(articles, cache, archived)
    entries = Entries([], KeptEntries(articles.parent, remembered))
    members = Membership(entries)
    assert "library/2026-a" in members
    for absent in ("library/2026-b", "library/.2026-c", "library/2026-x", "library/../x", "a"):
        assert absent not in members
    assert not remembered.loaded and len(members) == 1
    monkeypatch.setattr(entries_module, "LOOKED_FOR", 8)
    assert sum(f"library/2026-{n}" in members for n in range(20)) == 0
    assert remembered.loaded and "library/2026-a" in members


def test_a_listing_remembered_later_is_written_once_when_asked(
    articles: Path, tmp_path: Path, listings
) -> None:
    cache = tmp_path / "cache" / "kept-listing"
    later = cached_listing(articles, cache, later=True)
    assert later.stems == ["2026-a", "2026-b"] and not cache.exists()
    later.remember()
    written = cache.read_bytes()
    later.remember()  # once: nothing is left to write
    assert cache.read_bytes() == written
    again = cached_listing(articles, cache)  # read back: the header's digest, then the stems
    assert again.digest == ids_digest(["library/2026-a", "library/2026-b"])
    assert again.stems == ["2026-a", "2026-b"] and listings == [articles]


def test_a_listing_read_from_the_cache_has_nothing_to_remember(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache" / "kept-listing"
    cached_listing(articles, cache)
    monkeypatch.setattr(listing, "_write", _fails)
    cached_listing(articles, cache, later=True).remember()


def _fails(*_: object) -> None:
    raise AssertionError("written")
