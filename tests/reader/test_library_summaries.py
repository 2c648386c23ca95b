"""The summary cache: listing a known library reads no article, and never shows a stale one."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader.library import Library, SummaryCache
from reader.library import library as library_module

SEED_TEXT = "A Headline About Courts\n\nThe court ruled on Monday that the law stands.\n"


def _library(folder: Path, cache: Path) -> Library:
    return Library.from_paths([folder], SummaryCache(cache))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED_TEXT, encoding="utf-8")
    return folder


def test_a_cached_library_lists_without_reading_any_article(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache" / "library.json"
    first = _library(folder, cache)
    summary = first.summary(first.entries[0])
    assert summary.title == "A Headline About Courts"
    first.summaries.save()
    assert cache.exists()

    def no_reading(*_: object) -> None:
        raise AssertionError("an article was read although its summary is cached")

    monkeypatch.setattr(Library, "load", no_reading)
    again = _library(folder, cache)
    assert again.summary(again.entries[0]) == summary


def test_a_changed_file_is_summarised_again(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "library.json"
    first = _library(folder, cache)
    first.summary(first.entries[0])
    first.summaries.save()
    path = folder / "a.txt"
    path.write_text("Another Headline Entirely\n\nBody text of the new version.\n", "utf-8")
    os.utime(path, ns=(1, 1))  # a different modification time even on coarse clocks
    again = _library(folder, cache)
    assert again.summary(again.entries[0]).title == "Another Headline Entirely"


def test_a_corrupt_or_foreign_cache_is_ignored_and_replaced(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "library.json"
    for junk in (b"{not json", b"[1, 2, 3]", b'{"version": "old", "articles": {}}', b"\xff\xfe"):
        cache.write_bytes(junk)
        library = _library(folder, cache)
        assert library.summary(library.entries[0]).title == "A Headline About Courts"
        library.summaries.save()
        assert _library(folder, cache).summaries.get(
            library.entries[0].id, os.stat(folder / "a.txt")
        )


def test_an_unwritable_cache_only_costs_speed(folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    library = _library(folder, blocker / "library.json")
    assert library.summary(library.entries[0]).title == "A Headline About Courts"
    library.summaries.save()  # no exception


def test_unreadable_articles_are_summarised_with_their_reason(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    library = _library(folder, tmp_path / "library.json")
    summary = library.summary(library.entries[0])
    assert summary.error is not None and "empty" in summary.error
    assert summary.meta.startswith("cannot open:")


def test_only_a_few_loaded_articles_stay_in_memory(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(library_module.LOADED_ARTICLES + 10):
        (folder / f"{n:03}.txt").write_text(f"Headline {n}\n\nBody {n}.\n", encoding="utf-8")
    library = _library(folder, tmp_path / "library.json")
    for entry in library.entries:
        library.load(entry)
    assert len(library._loaded) == library_module.LOADED_ARTICLES


def _installed_again(monkeypatch: pytest.MonkeyPatch, times: str, code: str | None = None) -> None:
    """The cleaning code as after a new install: its files' ``times`` (the version) changed;
    with ``code``, its bytes too."""
    from reader.library import summaries

    monkeypatch.setattr(summaries, "code_version", lambda: times)
    if code is not None:
        monkeypatch.setattr(summaries, "code_digest", lambda: code)


def test_the_same_code_installed_again_keeps_the_cache(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pip gives every file it installs a new time: 50,000 articles were summarised again
    (postil list: 8.5 s once, against 0.8 s)."""
    cache = tmp_path / "library.json"
    first = _library(folder, cache)
    summary = first.summary(first.entries[0])
    first.summaries.save()
    _installed_again(monkeypatch, "installed again")

    def no_reading(*_: object) -> None:
        raise AssertionError("an article was read although its summary is cached")

    with monkeypatch.context() as reading:
        reading.setattr(Library, "load", no_reading)
        again = _library(folder, cache)
        assert again.summary(again.entries[0]) == summary
    assert json.loads(cache.read_bytes())["version"] == "installed again"  # digest made once
    _installed_again(monkeypatch, "a new postil", code="other code")
    changed = _library(folder, cache)
    assert changed.summaries.get(changed.entries[0].id, os.stat(folder / "a.txt")) is None
