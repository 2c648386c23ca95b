"""The kept folder's listing, remembered while the folder's time holds (kept_listing.py)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from reader.library import Library, SummaryCache
from reader.library import kept_listing as listing
from reader.library.entries import KeptEntries
from reader.library.kept_ids import ids_digest
from reader.library.kept_listing import cached_listing


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


def test_the_digest_of_the_ids_is_remembered_with_the_stems(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search's change check compares this digest: made once when listed, then read."""
    cache = tmp_path / "kept-listing"
    first = cached_listing(articles, cache)
    assert first.digest == ids_digest(["library/2026-a", "library/2026-b"])
    monkeypatch.setattr(listing, "kept_ids_digest", None)  # hashing again would fail
    again = cached_listing(articles, cache)
    assert again == first
    assert KeptEntries(articles.parent, *again).ids_digest() == first.digest


def test_a_listing_not_remembered_has_its_digest_made_when_asked(articles: Path) -> None:
    unsaved = cached_listing(articles, None)
    assert unsaved.digest is None
    entries = KeptEntries(articles.parent, unsaved.stems)
    assert entries.ids_digest() == ids_digest(entries.ids())
