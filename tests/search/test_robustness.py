"""Bad queries and bad index files: a result or one line, never a traceback or an injection."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.library import Library
from reader.search.index import IndexBusy, SearchIndex
from reader.search.query import MAX_ATOMS
from tests.scale import examples

#: One index serves every example (it is only read).
_SHARED_INDEX = [HealthCheck.function_scoped_fixture]

HOSTILE = [
    "x" * 10_000,
    "a " * 10_000,
    "OR OR OR",
    "- - -",
    '"""',
    '"unclosed phrase',
    "NEAR(musk tesla, 2)",
    "musk NOT tesla",
    "title:musk",
    "musk^10",
    "*",
    "musk*" * 50,
    "\x00\x01\x1b[31m\x9b",
    "'; DROP TABLE articles; --",
    "person:",
    "#",
    "before:",
    "after:0000-00-00",
    "is:",
    ":" * 100,
    "\u202e\u200bmusk",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_give_a_result_or_one_line(index: SearchIndex, query: str) -> None:
    results = index.search(query)
    for warning in results.warnings:
        assert "\n" not in warning and "\x1b" not in warning and len(warning) < 200


def test_tantivy_query_syntax_is_searched_as_words(index: SearchIndex) -> None:
    assert [Path(r.id).name for r in index.search("musk AND tesla").results] == ["tesla.txt"]
    assert index.search("title:profits").warnings == ["unknown filter title: searched as words"]


def test_a_long_query_searches_its_first_terms(index: SearchIndex) -> None:
    results = index.search("musk " * 5000)
    assert results.results and any("first" in w for w in results.warnings)
    assert str(MAX_ATOMS) in " ".join(results.warnings)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=_SHARED_INDEX)
@given(st.text(max_size=200))
def test_random_queries_never_raise(index: SearchIndex, text: str) -> None:
    index.search(text, limit=3)


_PIECES = st.sampled_from(
    ['"', "-", "*", "OR", " ", "musk", "tesla", "#harvest", "person:", "place:", "site:",
     "before:2024", "after:", "is:annotated", "is:unread", "NEAR", "^", ":", "’", "é"]
)  # fmt: skip


@settings(max_examples=examples(150), deadline=None, suppress_health_check=_SHARED_INDEX)
@given(st.lists(_PIECES, max_size=20))
def test_operator_soup_never_raises(index: SearchIndex, pieces: list[str]) -> None:
    index.search("".join(pieces), limit=3)
    index.search(" ".join(pieces), limit=3)


def _damage(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix != ".lock":
            path.write_bytes(b"\x00garbage" * 10)


def test_a_damaged_index_is_rebuilt_with_one_notice(tmp_path: Path, library: Library) -> None:
    folder = tmp_path / "index"
    SearchIndex(folder).update(library)
    _damage(folder)
    index = SearchIndex(folder)
    assert index.notice and "rebuilt" in index.notice
    index.update(library)
    assert index.search("kumasi").results
    assert SearchIndex(folder).notice is None


def test_an_index_of_another_version_is_rebuilt(tmp_path: Path, library: Library) -> None:
    folder = tmp_path / "index"
    first = SearchIndex(folder)
    first.update(library)
    first.catalog.set_meta("format", "schema 0")
    first.close()
    index = SearchIndex(folder)
    assert index.notice and "another version" in index.notice
    assert index.indexed() == 0


def test_a_changed_recognizer_analyses_again(tmp_path: Path, library: Library) -> None:
    folder = tmp_path / "index"
    first = SearchIndex(folder)
    first.update(library)
    first.catalog.set_meta("recognizer", "an older recognizer")
    first.catalog.set_meta("recognizer bytes", "its other code")
    first.close()
    index = SearchIndex(folder)
    assert index.notice and "recognizer" in index.notice
    assert index.update(library).words > 0


def test_a_deleted_index_is_just_built_again(tmp_path: Path, library: Library) -> None:
    import shutil

    folder = tmp_path / "index"
    SearchIndex(folder).update(library)
    shutil.rmtree(folder)
    index = SearchIndex(folder)
    assert index.notice is None
    assert index.update(library).indexed == 3


def test_one_update_at_a_time(tmp_path: Path, library: Library) -> None:
    from annotations.lock import make_lock

    index = SearchIndex(tmp_path / "index")
    lock = make_lock(tmp_path / "index" / "update.lock", 0)
    lock.acquire()
    try:
        with pytest.raises(IndexBusy):
            index.update(library)
    finally:
        lock.release()
    assert index.update(library).indexed == 3
