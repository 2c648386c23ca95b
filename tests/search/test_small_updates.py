"""What updates leave behind and what they pay: tantivy's segment merges are finished, not
abandoned; a freshly listed library is grouped by folder from its listing; recognition results
cross processes as plain packed data."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from reader.library import Library
from reader.search import folders
from reader.search.analysis import content_hash
from reader.search.catalog import IndexedArticle, unpack_named
from reader.search.folders import by_folder, folder_of
from reader.search.index import SearchIndex
from reader.search.recognition import analyse, analyse_batch
from reader.search.writer import IndexWriter
from tests.search.conftest import ARTICLES, write_library

#: Single-article updates, each adding a document: tantivy merges its small segments once eight
#: are alike, so without finished merges this many would leave as many segments.
UPDATES = 24


def test_single_article_updates_leave_few_segments(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    library = write_library(folder)
    index = SearchIndex(tmp_path / "index")
    index.update(library)
    for number in range(UPDATES):
        path = folder / f"added-{number:02d}.txt"
        path.write_text(ARTICLES["tesla.txt"] + f" Update {number}.", encoding="utf-8")
        report = index.update(Library.from_paths([path]), check="listed")
        assert report.indexed == 1
    index._text.reload()
    assert index._text.searcher().num_segments < 10
    assert len(index.search("tesla", limit=100).results) == UPDATES + 1


def test_a_listed_library_knows_each_entry_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_library(tmp_path / "lib" / "sub")
    (tmp_path / "lib" / "top.txt").write_text(ARTICLES["cocoa.txt"], encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # a relative, unnormalised path: the folder is still absolute
    library = Library.from_paths(["./lib//"])
    assert all(entry.folder == folder_of(entry.path) for entry in library.entries)
    assert {entry.folder for entry in library.entries} == {
        str(tmp_path / "lib"),
        str(tmp_path / "lib" / "sub"),
    }


def test_grouping_a_listed_library_formats_no_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Formatting 50,000 fresh paths as strings is a tenth of a second of every update of a
    library listed again; the listing's folders make it needless."""
    write_library(tmp_path / "lib")
    library = Library.from_paths([tmp_path / "lib"])
    expected = {str(tmp_path / "lib"): [entry.id for entry in library.entries]}
    formatted: list[Path] = []
    real = Path.__str__

    def counting(path: Path) -> str:
        formatted.append(path)
        return real(path)

    monkeypatch.setattr(Path, "__str__", counting)
    groups = folders._grouped(library.entries.first, None)
    monkeypatch.undo()
    assert {f: [e.id for e in g.entries] for f, g in groups.items()} == expected
    assert formatted == []


def test_entries_without_a_listed_folder_are_grouped_by_path(tmp_path: Path) -> None:
    library = write_library(tmp_path / "lib")
    files = Library.from_paths([entry.path for entry in library.entries])  # files, not a folder
    assert {entry.folder for entry in files.entries} == {None}
    groups = by_folder(files.entries)
    assert list(groups) == [str(tmp_path / "lib")]
    assert (
        groups[str(tmp_path / "lib")].members
        == by_folder(library.entries)[str(tmp_path / "lib")].members
    )


def test_recognition_results_travel_as_plain_packed_data() -> None:
    """A worker's results pickle as plain data (no NamedRow objects: a batch of those pickled
    four times slower) and are already what the catalogue stores."""
    text = ARTICLES["cocoa.txt"]
    content = content_hash(text)
    [sent] = analyse_batch("builtin", [(content, text)])
    assert b"NamedRow" not in pickle.dumps(sent)
    named = analyse("builtin", text, content).named
    assert unpack_named(sent.blob) == tuple(n for n in named if n.spans)
    assert sent.names == tuple((n.label, n.name) for n in named)
    assert ("PERSON", "Elon Musk") in sent.names


def test_an_analysis_waiting_for_the_commit_keeps_only_its_blob(tmp_path: Path) -> None:
    """Thousands of analyses wait for a commit in a build: each keeps its 1.3 kB blob, not its
    names, which a copy met meanwhile reads back from the blob."""
    library = write_library(tmp_path / "lib", {"a.txt": ARTICLES["tesla.txt"]})
    index = SearchIndex(tmp_path / "index")
    article = library.load(library.entries[0])
    content = content_hash(article.text)
    [sent] = analyse_batch("builtin", [(content, article.text)])
    stamp = IndexedArticle(article.id, content, str(article.path), None, None, None)
    writer = IndexWriter(index._text, index.catalog)
    writer.put_article(article, stamp, sent, new=True)
    assert writer.pending[content].names == ()
    assert writer.waiting(content) == sent
    writer.close()
    assert writer.waiting(content) is None
    assert index.catalog.recognised(content) == sent
