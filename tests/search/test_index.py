"""The index: what a search finds, where the matches are, and how updates keep it in step."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from annotations.fingerprint import ClosedStore
from annotations.model import Annotation, Selector
from annotations.store import AnnotationStore
from reader.library import Library, SummaryCache
from reader.library import entries as entries_module
from reader.library.entries import Entries
from reader.search.analysis import terms
from reader.search.index import SearchIndex
from tests.search.conftest import ARTICLES, write_library


def _ids(index: SearchIndex, query: str) -> list[str]:
    return [Path(r.id).name for r in index.search(query).results]


def _texts(index: SearchIndex, query: str, article: str) -> list[str]:
    """The matched text of each match in ``article`` (by the offsets the search reports)."""
    result = next(r for r in index.search(query).results if Path(r.id).name == article)
    text = Library.from_paths([result.path]).load(result.id).text
    return [text[m.start : m.end] for m in result.matches]


def test_words_phrases_and_negation(index: SearchIndex) -> None:
    assert _ids(index, "musk") == ["tesla.txt", "cocoa.txt"]  # three mentions rank above one
    assert _ids(index, '"central bank"') == ["cocoa.txt"]
    assert _ids(index, '"bank central"') == []
    assert _ids(index, "musk -cocoa") == ["tesla.txt"]
    assert set(_ids(index, "kumasi OR bern")) == {"cocoa.txt", "zurich.txt"}


def test_case_accents_and_quotes_do_not_matter(index: SearchIndex) -> None:
    assert _ids(index, "ZURICH") == ["zurich.txt"]
    assert _ids(index, "zürich cafe") == ["zurich.txt"]
    assert _ids(index, "Ghana's") == _ids(index, "Ghana’s") == ["cocoa.txt"]
    assert _texts(index, "Ghana's", "cocoa.txt") == ["Ghana’s"]


def test_match_offsets_are_exact_offsets_of_the_reading_text(index: SearchIndex) -> None:
    assert _texts(index, "zurich", "zurich.txt") == ["Zürich"]
    assert _texts(index, "regulat*", "zurich.txt") == ["regulation", "Regulators"]
    assert _texts(index, '"we need the money"', "cocoa.txt") == ["We need the money"]


def test_title_words_count_and_rank_higher(index: SearchIndex) -> None:
    assert _ids(index, "profits")[0] == "tesla.txt"
    assert _ids(index, "secures") == ["cocoa.txt"]


def test_entity_filters(index: SearchIndex) -> None:
    assert set(_ids(index, "person:musk")) == {"tesla.txt", "cocoa.txt"}
    assert _texts(index, "person:musk", "tesla.txt") == ["Elon Musk", "Musk"]
    assert _ids(index, "person:zurich") == []
    assert "zurich.txt" in _ids(index, "place:zurich")


def test_dates_and_sites(index: SearchIndex) -> None:
    assert _ids(index, "after:2023-06-03") == ["zurich.txt"]
    assert _ids(index, "after:2023-06-04") == []
    assert _ids(index, "before:2023-06-04 owners") == ["zurich.txt"]


def test_snippets_are_one_inert_line_around_the_match(index: SearchIndex) -> None:
    result = index.search("kumasi").results[0]
    match = result.matches[0]
    assert "\n" not in match.snippet
    assert match.snippet[match.snippet_start : match.snippet_end] == "Kumasi"


def test_highlights_quotes_notes_and_tags_are_searched(
    library: Library, store: AnnotationStore, index: SearchIndex
) -> None:
    article = library.load(library.find("cocoa"))
    start = article.text.index("Farmers")
    store.add(
        Annotation.create(
            article=article.id,
            article_title=article.title,
            selector=Selector.from_text(article.text, start, start + len("Farmers in Kumasi")),
            tags="Harvest",
            note="ask the Ashanti farmers union",
        )
    )
    assert _ids(index, "ashanti") == []
    assert index.update_highlights(store) == 1
    assert _ids(index, "ashanti") == ["cocoa.txt"]
    assert _ids(index, "#harvest") == ["cocoa.txt"]
    assert _ids(index, "is:annotated") == ["cocoa.txt"]
    assert _ids(index, "ghana #harvest") == ["cocoa.txt"]
    assert _ids(index, "tesla #harvest") == []
    assert _texts(index, "ashanti", "cocoa.txt") == ["Farmers in Kumasi"]
    match = index.search("ashanti").results[0].matches[0]
    assert match.kind == "highlight" and match.note == "ask the Ashanti farmers union"
    (annotation,) = store.all()
    store.delete(annotation.id)
    assert index.update_highlights(store) == 1
    assert _ids(index, "ashanti") == []
    assert _ids(index, "#harvest") == []


def test_a_closed_store_is_opened_only_when_its_files_changed(
    tmp_path: Path, library: Library
) -> None:
    """A search's update leaves an unchanged store closed; a sync from a store already open
    (the TUI's, which may not have read another process's saves yet) makes the next one read
    the files whatever they look like."""
    path = tmp_path / "notes" / "a.json"
    writer = AnnotationStore(path)
    article = library.load(library.find("cocoa"))
    start = article.text.index("Farmers")
    selector = Selector.from_text(article.text, start, start + len("Farmers"))
    writer.add(Annotation.create(article=article.id, article_title="t", selector=selector))
    when = time.time_ns() - 60_000_000_000
    for file in path.parent.iterdir():
        os.utime(file, ns=(when, when))
    opened: list[AnnotationStore] = []

    def closed() -> ClosedStore:
        return ClosedStore(path, lambda: opened.append(AnnotationStore(path)) or opened[-1])

    index = SearchIndex(tmp_path / "index")
    assert index.update(library, closed()).highlights == 1
    assert index.update(library, closed()).highlights == 0
    assert len(opened) == 1
    assert index.update_highlights(writer) == 0  # from a store open all along
    index.update(library, closed())
    assert len(opened) == 2
    index.update(library, closed())
    assert len(opened) == 2


def test_an_update_reads_only_what_changed(tmp_path: Path, library: Library) -> None:
    index = SearchIndex(tmp_path / "index")
    first = index.update(library)
    assert (first.indexed, first.unchanged, first.words > 0) == (3, 0, True)
    again = index.update(library)
    assert (again.indexed, again.unchanged) == (0, 3)

    folder = tmp_path / "articles"
    (folder / "tesla.txt").write_text(ARTICLES["tesla.txt"] + " Shares rose in Oslo.")
    (folder / "cocoa.txt").rename(folder / "moved-cocoa.txt")
    os.remove(folder / "zurich.txt")
    changed = index.update(Library.from_paths([folder]))
    assert (changed.indexed, changed.reused, changed.removed) == (2, 1, 2)
    assert _ids(index, "oslo") == ["tesla.txt"]
    assert _ids(index, "kumasi") == ["moved-cocoa.txt"]
    assert _ids(index, "zurich") == []


def test_a_copy_is_recognised_once(tmp_path: Path) -> None:
    library = write_library(tmp_path / "a", {"one.txt": ARTICLES["tesla.txt"]})
    index = SearchIndex(tmp_path / "index")
    index.update(library)
    copies = write_library(tmp_path / "a", {"two.txt": ARTICLES["tesla.txt"]})
    report = index.update(copies)
    assert (report.indexed, report.reused, report.words) == (1, 1, 0)
    assert sorted(_ids(index, "tesla")) == ["one.txt", "two.txt"]


def test_unreadable_files_are_reported_not_fatal(tmp_path: Path) -> None:
    library = write_library(tmp_path / "a", {"ok.txt": ARTICLES["tesla.txt"], "bad.txt": " \n "})
    report = SearchIndex(tmp_path / "index").update(library)
    assert report.indexed == 1 and len(report.failed) == 1 and "bad.txt" in report.failed[0]


def test_mentions_come_from_the_index(index: SearchIndex, library: Library) -> None:
    named = {(n.label, n.key): n for n in index.mentions()}
    musk = named["PERSON", "elon musk"]
    assert {Path(a).name for a, _, _ in musk.articles} == {"tesla.txt", "cocoa.txt"}
    tesla_id = library.find("tesla").id
    assert index.mentions(scope={tesla_id})
    assert all(a == tesla_id for n in index.mentions({tesla_id}) for a, _, _ in n.articles)


def test_the_library_wide_list_is_kept_until_the_catalogue_changes(
    tmp_path: Path, library: Library
) -> None:
    # E and m asked for the whole merge each time: about 0.13 ms an article, every m.
    folder = Path(library.entries[0].path).parent
    settled = time.time() - 60  # a folder changed just now is not stamped (changes._settled)
    for path in (folder, *folder.iterdir()):
        os.utime(path, (settled, settled))
    index = SearchIndex(tmp_path / "index")
    index.update(library)
    scope = {entry.id for entry in library.entries}
    first = index.mentions(scope)
    index.update(library)  # nothing changed: nothing written
    assert index.mentions(scope) is first
    whole = index.mentions()
    assert whole is not first  # another scope, another list
    (folder / "new.txt").write_text("Rivian hired Jane Okafor in Lagos.\n", encoding="utf-8")
    index.update(Library.from_paths([folder]))  # this connection writes
    assert "Jane Okafor" in {n.name for n in index.mentions()}
    other = SearchIndex(tmp_path / "index")  # another process's connection writes
    (folder / "new.txt").unlink()
    other.update(Library.from_paths([folder]))
    other.close()
    assert "Jane Okafor" not in {n.name for n in index.mentions()}
    index.close()


def test_search_is_scoped_to_the_library(index: SearchIndex, library: Library) -> None:
    tesla = library.find("tesla").id
    assert [r.id for r in index.search("musk", scope={tesla}).results] == [tesla]


def test_every_query_term_is_a_term_of_the_analyzer() -> None:
    assert terms("Ünïcödé’s") == ["unicode", "s"]


def test_analyses_no_article_uses_are_forgotten(tmp_path: Path, library: Library) -> None:
    index = SearchIndex(tmp_path / "index")
    index.update(library)
    assert _analyses(index) == 3
    folder = tmp_path / "articles"
    (folder / "tesla.txt").write_text(ARTICLES["tesla.txt"] + " Shares rose in Oslo.")
    index.update(Library.from_paths([folder]))
    assert _analyses(index) == 3  # the old text's analysis went with it


def _analyses(index: SearchIndex) -> int:
    return index.catalog._rows("SELECT count(*) FROM analyses")[0][0]


def test_a_one_article_update_leaves_the_others(tmp_path: Path, library: Library) -> None:
    index = SearchIndex(tmp_path / "index")
    index.update(library)
    one = Library.from_paths([tmp_path / "articles" / "tesla.txt"])
    (tmp_path / "articles" / "tesla.txt").write_text(ARTICLES["tesla.txt"] + " In Oslo.")
    report = index.update(one, check="listed")
    assert (report.indexed, report.removed) == (1, 0)
    assert _ids(index, "oslo") == ["tesla.txt"] and _ids(index, "kumasi") == ["cocoa.txt"]


def test_the_entity_index_reads_library_mentions_from_the_search_index(
    library: Library,
) -> None:
    from reader.mentions.index import EntityIndex

    entities = EntityIndex()
    told: list[int] = []  # the screen says "Listing..." once the update is done
    named, titles = entities.library_mentions(library, listing=lambda: told.append(1))
    assert told == [1]
    assert sorted(titles.values()) == sorted(library.load(e).title for e in library.entries)
    musk = next(n for n in named if n.key == "elon musk")
    assert len(musk.articles) == 2
    assert entities.search_index().update(library).indexed == 0  # kept: nothing recognised again


def test_a_place_is_found_by_any_of_its_names(tmp_path: Path) -> None:
    # An article writing only "U.S." was not found by place:"united states", nor one writing
    # only "United States" by place:US.
    articles = {
        "short.txt": "Talks in Geneva\n\nU.S. officials met their counterparts on Monday.",
        "long.txt": "Trade figures\n\nThe United States reported a deficit on Tuesday.",
    }
    library = write_library(tmp_path / "articles", articles)
    index = SearchIndex(tmp_path / "index")
    index.update(library, AnnotationStore(tmp_path / "notes.json"))
    for query in ('place:"united states"', "place:us", "place:U.S."):
        assert set(_ids(index, query)) == {"short.txt", "long.txt"}, query
    assert _texts(index, 'place:"united states"', "short.txt") == ["U.S."]


def test_a_search_of_a_remembered_kept_library_reads_no_stem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scope of a search is asked about each article found once: a kept library answers
    a few questions from its files, and reads its 50,000 stems only when asked many."""
    articles = tmp_path / "kept" / "articles"
    articles.mkdir(parents=True)
    for n, name in enumerate(("cocoa.txt", "zurich.txt", "tesla.txt")):
        (articles / f"2026-{n}.md").write_text(ARTICLES[name] + " Walrus.", encoding="utf-8")
    when = time.time_ns() - 60_000_000_000
    os.utime(articles, ns=(when, when))
    summaries = SummaryCache(tmp_path / "cache" / "library.json")
    index = SearchIndex(tmp_path / "index")
    index.update(Library.default(summaries, kept=articles.parent))
    library = Library.default(summaries, kept=articles.parent)  # its listing remembered
    monkeypatch.setattr(entries_module, "LOOKED_FOR", 3)
    found = index.search("walrus", scope=library.ids())
    assert len(found.results) == 3
    assert isinstance(library.entries, Entries) and library.entries.kept is not None
    assert not library.entries.kept._listing.loaded
