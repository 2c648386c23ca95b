"""A local pool's workers read, clean and recognise the files themselves; the process writing
the index reads none, and a content already analysed is still not recognised again."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from reader.library import Library
from reader.search.analysis import content_hash
from reader.search.executors import process_pool
from reader.search.index import SearchIndex
from reader.search.reading import read_batch
from reader.search.recognition import analyse_batch

from .conftest import ARTICLES, write_library


def _names(index: SearchIndex, query: str) -> list[str]:
    return sorted(Path(r.id).name for r in index.search(query).results)


def test_a_worker_reads_hashes_and_recognises_a_file(tmp_path: Path, library: Library) -> None:
    index = SearchIndex(tmp_path / "index")
    entry = library.find("tesla")
    (read,) = read_batch("builtin", str(index.catalog.path), [(entry.id, str(entry.path))])
    assert read.article is not None and read.article.id == entry.id
    assert read.content == content_hash(read.article.text)
    assert read.recognised == analyse_batch("builtin", [(read.content, read.article.text)])[0]
    assert read.recognised.words == read.article.words
    assert pickle.loads(pickle.dumps(read)) == read  # it travels back from a worker


def test_a_worker_skips_recognition_of_a_content_the_catalogue_has(
    tmp_path: Path, library: Library
) -> None:
    index = SearchIndex(tmp_path / "index")
    index.update(library)
    copy = tmp_path / "elsewhere" / "copy.txt"
    copy.parent.mkdir()
    copy.write_text(ARTICLES["cocoa.txt"], encoding="utf-8")
    missing = tmp_path / "gone.txt"
    items = [("copy", str(copy)), ("gone", str(missing))]
    known, unread = read_batch("builtin", str(index.catalog.path), items)
    assert known.article is not None and known.recognised is None
    assert index.catalog.has_analysis(known.content)
    assert unread.article is None and unread.error and "gone.txt" in unread.error


def test_without_a_catalogue_a_worker_recognises_everything(tmp_path: Path) -> None:
    library = write_library(tmp_path / "lib", {"a.txt": ARTICLES["zurich.txt"]})
    entry = library.entries[0]
    (read,) = read_batch("builtin", str(tmp_path / "nothing.sqlite"), [("a", str(entry.path))])
    assert read.recognised is not None and read.recognised.words > 0


def test_with_a_process_pool_the_writer_reads_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``read_article`` fails in this process only: the pool's workers (spawned, with their
    own modules) must be the ones reading. A moved file and a copy made meanwhile are indexed
    without new recognition, and two files with one new content count its words once."""
    import reader.library.article as article_module

    def no_reading_here(*_args: object) -> None:
        raise AssertionError("the writing process read an article")

    folder = tmp_path / "articles"
    library = write_library(folder)
    read_here = article_module.read_article
    index = SearchIndex(tmp_path / "index")
    monkeypatch.setattr(article_module, "read_article", no_reading_here)
    with process_pool(2) as pool:
        first = index.update(library, executor=pool)
        assert (first.indexed, first.reused, first.failed) == (3, 0, [])
        (folder / "cocoa.txt").rename(folder / "moved.txt")
        (folder / "copy.txt").write_text(ARTICLES["tesla.txt"], encoding="utf-8")
        twice = ARTICLES["zurich.txt"] + " The council met again."
        (folder / "twice-1.txt").write_text(twice, encoding="utf-8")
        (folder / "twice-2.txt").write_text(twice, encoding="utf-8")
        (folder / "bad.txt").write_text(" \n ", encoding="utf-8")
        again = index.update(Library.from_paths([folder]), executor=pool)
    once = read_here(folder / "twice-1.txt", "twice").words
    assert (again.indexed, again.reused, again.removed, again.words) == (4, 3, 1, once)
    assert len(again.failed) == 1 and "bad.txt" in again.failed[0]
    assert _names(index, "kumasi") == ["moved.txt"]
    assert _names(index, "person:musk profits") == ["copy.txt", "tesla.txt"]
    assert _names(index, "council") == ["twice-1.txt", "twice-2.txt", "zurich.txt"]
