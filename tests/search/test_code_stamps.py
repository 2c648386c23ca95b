"""The code an index's contents came from, by its files' times, then bytes: a new install of
the same code (every file with a new time) keeps the analyses and the files' stamps."""

from __future__ import annotations

import os
from pathlib import Path

from reader.library import Library
from reader.library.code_files import bytes_digest, times_stamp
from reader.search.index import SearchIndex


def _files(tmp_path: Path) -> list[Path]:
    paths = [tmp_path / "a.py", tmp_path / "data" / "b.pickle"]
    paths[1].parent.mkdir()
    for path in paths:
        path.write_bytes(b"code of " + path.name.encode())
    return paths


def test_new_times_change_the_stamp_not_the_digest(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    stamp, digest = times_stamp(tmp_path, paths), bytes_digest(tmp_path, paths, "builtin")
    for path in paths:
        os.utime(path, ns=(1, 1))  # what pip does to every file it installs
    assert times_stamp(tmp_path, paths) != stamp
    assert bytes_digest(tmp_path, paths, "builtin") == digest
    assert bytes_digest(tmp_path, paths, "spacy:en_core_web_sm") != digest
    paths[1].write_bytes(b"other code")
    assert bytes_digest(tmp_path, paths, "builtin") != digest


def _changed(folder: Path, *statements: str) -> None:
    """The index in ``folder`` with its catalogue changed by ``statements``, then closed."""
    index = SearchIndex(folder)
    with index.catalog.transaction() as db:
        for statement in statements:
            db.execute(statement)
    index.close()


def _reinstalled(folder: Path, key: str) -> None:
    """The index's record of ``key`` as after a new install of the same code: other times."""
    _changed(
        folder, f"UPDATE meta SET value = 'the same files, installed again' WHERE key = '{key}'"
    )


def test_a_recognizer_installed_again_recognises_nothing_again(
    tmp_path: Path, library: Library
) -> None:
    SearchIndex(tmp_path / "index").update(library)
    _reinstalled(tmp_path / "index", "recognizer")
    index = SearchIndex(tmp_path / "index")
    assert index.notice is None
    report = index.update(Library.from_paths([Path(library.entries[0].path).parent]))
    assert (report.words, report.indexed) == (0, 0)
    assert index.catalog.meta("recognizer") != "the same files, installed again"  # recorded


def test_cleaning_code_installed_again_reads_no_file_again(
    tmp_path: Path, library: Library
) -> None:
    SearchIndex(tmp_path / "index").update(library)
    _reinstalled(tmp_path / "index", "library")
    index = SearchIndex(tmp_path / "index")
    assert all(a.size is not None for a in index.catalog.articles().values())


def test_an_index_without_digests_takes_a_new_stamp_as_a_change(
    tmp_path: Path, library: Library
) -> None:
    """A catalogue of an earlier postil recorded no digest: installed anew, it cannot tell."""
    SearchIndex(tmp_path / "index").update(library)
    _changed(
        tmp_path / "index",
        "DELETE FROM meta WHERE key = 'recognizer bytes'",
        "UPDATE meta SET value = 'an earlier install' WHERE key = 'recognizer'",
    )
    again = SearchIndex(tmp_path / "index")
    assert again.notice and "recognizer" in again.notice
    assert again.update(library).words > 0


def test_an_index_without_digests_records_them_while_its_stamps_hold(
    tmp_path: Path, library: Library
) -> None:
    """So the next install of the same code is known as such."""
    SearchIndex(tmp_path / "index").update(library)
    _changed(tmp_path / "index", "DELETE FROM meta WHERE key LIKE '% bytes'")
    assert SearchIndex(tmp_path / "index").notice is None
    _reinstalled(tmp_path / "index", "recognizer")
    again = SearchIndex(tmp_path / "index")
    assert again.notice is None and again.update(library).words == 0
