"""An article read again to the document it was written with is not written again.

Every file is read again after the cleaning code changes (each release: the library's code
stamp): most read to the same text, title and metadata, and their documents stay as they are
in tantivy; only their rows in the catalogue get the files' new stamps. An article whose
document would differ (or whose key is unknown: a catalogue of an earlier postil) is written.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from pathlib import Path

import pytest

from reader.library import Library
from reader.search.executors import process_pool
from reader.search.index import SearchIndex
from tests.search.conftest import write_library


def _text_commits(index: SearchIndex) -> bytes:
    """tantivy's meta.json: every commit of the text index rewrites it (its opstamp)."""
    return (index.folder / "text" / "meta.json").read_bytes()


def _names(index: SearchIndex, query: str) -> list[str]:
    return sorted(Path(r.id).name for r in index.search(query).results)


@contextmanager
def _executor(kind: str) -> Iterator[Executor | None]:
    """None: the update reads the files itself (a few articles, or texts sent to a cluster);
    a process pool: its workers read them."""
    if kind == "pool":
        with process_pool(1) as pool:
            yield pool
    else:
        yield None


@pytest.mark.parametrize("kind", ["here", "pool"])
def test_articles_read_again_to_the_same_documents_are_not_written(
    tmp_path: Path, kind: str
) -> None:
    library = write_library(tmp_path / "articles")
    index = SearchIndex(tmp_path / "index")
    with _executor(kind) as pool:
        index.update(library, executor=pool)
        before = _text_commits(index)
        index.catalog.forget_stamps()  # what a change of the cleaning code does
        report = index.update(Library.from_paths([tmp_path / "articles"]), executor=pool)
    assert (report.indexed, report.unchanged, report.failed) == (0, 3, [])
    assert _text_commits(index) == before
    assert _names(index, "kumasi") == ["cocoa.txt"] and _names(index, "person:musk")
    assert all(a.size is not None for a in index.catalog.articles().values())  # stamped
    index.catalog.forget_stamps()
    tesla = tmp_path / "articles" / "tesla.txt"
    alone = index.update(Library.from_paths([tesla]), check="listed")  # postil index FILE
    assert (alone.indexed, alone.unchanged) == (0, 1)
    assert index.catalog.articles([str(tesla)])[str(tesla)].size == tesla.stat().st_size


@pytest.mark.parametrize("kind", ["here", "pool"])
def test_an_article_whose_document_differs_is_written(tmp_path: Path, kind: str) -> None:
    """A key unlike the document's (written by other code; none in an earlier catalogue)."""
    library = write_library(tmp_path / "articles")
    index = SearchIndex(tmp_path / "index")
    tesla = library.find("tesla").id
    with _executor(kind) as pool:
        index.update(library, executor=pool)
        with index.catalog.transaction() as db:
            db.execute("UPDATE articles SET document = 'other' WHERE id = ?", (tesla,))
            db.execute("UPDATE articles SET document = NULL WHERE id LIKE '%zurich.txt'")
        index.catalog.forget_stamps()
        report = index.update(Library.from_paths([tmp_path / "articles"]), executor=pool)
    assert (report.indexed, report.reused, report.words, report.unchanged) == (2, 2, 0, 1)
    assert index.catalog.documents([tesla])[tesla] != "other"
    assert _names(index, "tesla") == ["tesla.txt"] and _names(index, "zurich") == ["zurich.txt"]


def test_a_new_recognizer_writes_every_document_again(tmp_path: Path) -> None:
    """The entity fields are the recognizer's: forgetting its analyses forgets the keys,
    so even a content recognised meanwhile for another article is written again."""
    library = write_library(tmp_path / "articles")
    index = SearchIndex(tmp_path / "index")
    index.update(library)
    index.catalog.forget_all()
    assert index.catalog.documents([e.id for e in library.entries]) == {}
    report = index.update(Library.from_paths([tmp_path / "articles"]))
    assert (report.indexed, report.unchanged) == (3, 0)
