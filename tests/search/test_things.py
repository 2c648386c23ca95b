"""The named things' totals the catalogue keeps (reader.search.things): after any sequence of
adds, edits, copies, removals and a changed recognizer, what is kept is what the articles'
own rows say, and the library-wide list read from it is the list merged from those rows."""

from __future__ import annotations

import json
import random
import shutil
import zlib
from pathlib import Path

import pytest

from reader.library import Library
from reader.mentions.library import merge_mentions
from reader.search.index import SearchIndex
from reader.search.things import PARTS, unpack_postings
from tests.search.conftest import ARTICLES, write_library

#: Contents to write: the three articles, and each with other people and places added.
TEXTS = [
    *ARTICLES.values(),
    *(text + " Joe Biden met Angela Merkel in Oslo." for text in ARTICLES.values()),
    ARTICLES["tesla.txt"] + " Biden said Tesla Inc would hire in Berlin.",
]


def _from_rows(index: SearchIndex) -> tuple[list[tuple], dict[tuple[str, str], list[tuple]]]:
    """The totals and each thing's articles, worked out from every article's packed rows."""
    counts: dict[tuple[str, str, str], list[int]] = {}
    articles: dict[tuple[str, str], list[tuple]] = {}
    sql = "SELECT a.id, n.named FROM articles a JOIN analyses n ON n.hash = a.hash"
    for article, blob in index.catalog._rows(sql):
        for label, name, key, first, *rest in json.loads(zlib.decompress(blob)):
            total = counts.setdefault((label, key, name), [0, 0])
            total[0] += 1
            total[1] += (len(rest) + 1) // 2
            articles.setdefault((label, key), []).append((article, first, (len(rest) + 1) // 2))
    totals = sorted((*thing, a, m) for thing, (a, m) in counts.items())
    return totals, {thing: sorted(rows) for thing, rows in articles.items()}


def _assert_kept(index: SearchIndex) -> None:
    totals, articles = _from_rows(index)
    assert sorted(index.catalog.thing_totals()) == totals
    for (label, key), rows in articles.items():
        assert sorted(index.catalog.thing_articles(label, [key])) == rows
    # every content's things posted once, a content gone never read as another's
    live = {content for (content,) in index.catalog._rows("SELECT rowid FROM analyses")}
    posted = 0
    for (blob,) in index.catalog._rows("SELECT data FROM thing_postings"):
        data = unpack_postings(blob)
        posted += sum(1 for at in range(0, len(data), 3) if data[at] in live)
    stored = index.catalog._rows("SELECT named FROM analyses")
    assert posted == sum(len(json.loads(zlib.decompress(blob))) for (blob,) in stored)


def _step(rng: random.Random, folder: Path, index: SearchIndex, made: list[int]) -> None:
    files = sorted(folder.iterdir())
    op = rng.choice(["add", "add", "edit", "copy", "remove", "forget"] if files else ["add"])
    if op == "add":
        made[0] += 1
        (folder / f"new{made[0]}.txt").write_text(rng.choice(TEXTS), encoding="utf-8")
    elif op == "edit":
        rng.choice(files).write_text(rng.choice(TEXTS), encoding="utf-8")
    elif op == "copy":
        made[0] += 1
        shutil.copy(rng.choice(files), folder / f"copy{made[0]}.txt")
    elif op == "remove":
        rng.choice(files).unlink()
    else:  # the recognizer changed: every analysis forgotten, every article read again
        index.catalog.forget_all()


@pytest.mark.parametrize("seed", range(4))
def test_kept_totals_are_what_the_articles_rows_say_after_any_changes(
    tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    folder = tmp_path / "articles"
    write_library(folder)
    index = SearchIndex(tmp_path / "index")
    made = [0]
    for _ in range(12):
        _step(rng, folder, index, made)
        index.update(Library.from_paths([folder]), check="full")
        _assert_kept(index)
    index.close()


def _every_text_indexed(tmp_path: Path) -> tuple[Library, SearchIndex]:
    library = write_library(tmp_path / "articles", {f"{n}.txt": t for n, t in enumerate(TEXTS)})
    index = SearchIndex(tmp_path / "index")
    index.update(library)
    return library, index


def test_the_list_read_from_the_totals_is_the_list_merged_from_the_rows(tmp_path: Path) -> None:
    _, index = _every_text_indexed(tmp_path)
    sql = "SELECT a.id, n.named FROM articles a JOIN analyses n ON n.hash = a.hash"
    rows = [
        (article, label, key, name, first, (len(rest) + 1) // 2)
        for article, blob in index.catalog._rows(sql)
        for label, name, key, first, *rest in json.loads(zlib.decompress(blob))
    ]

    def shown(named: list) -> list[tuple]:
        return [(n.label, n.key, n.name, n.count, n.mentions, n.articles) for n in named]

    listed = index.mentions()
    assert shown(listed) == shown(merge_mentions(rows))
    biden = next(n for n in listed if n.key == "joe biden")
    assert biden.also == {"biden"}  # the lone "Biden" of one article joined
    index.close()


def test_a_catalogue_of_an_earlier_postil_is_filled_on_first_list(tmp_path: Path) -> None:
    _, index = _every_text_indexed(tmp_path)
    before = [(n.key, n.name, n.count, n.articles) for n in index.mentions()]
    with index.catalog.transaction() as db:  # as an earlier postil left it: no totals
        db.execute("DELETE FROM meta WHERE key = 'things'")
        for table in ("things", "thing_postings", "thing_names"):
            db.execute(f"DELETE FROM {table}")
    index.close()
    again = SearchIndex(tmp_path / "index")
    assert [(n.key, n.name, n.count, n.articles) for n in again.mentions()] == before
    _assert_kept(again)
    again.close()


@pytest.mark.parametrize("inside", [1, 6], ids=["most outside", "few outside"])
def test_a_scope_counts_only_its_articles(tmp_path: Path, inside: int) -> None:
    library, index = _every_text_indexed(tmp_path)
    scope = {entry.id for entry in library.entries[:inside]}
    listed = index.mentions(scope)
    _, articles = _from_rows(index)
    expected = {}
    for (label, key), rows in articles.items():
        mine = [row for row in rows if row[0] in scope]
        if mine:
            expected[label, key] = mine
    assert listed and all(row[0] in scope for n in listed for row in n.articles)
    for thing in listed:
        if not thing.also:
            assert sorted(thing.articles) == expected[thing.label, thing.key]
            assert thing.count == len(thing.articles)
    index.close()


def test_a_content_number_is_never_given_again(tmp_path: Path) -> None:
    # The postings of a content gone stay until merged: a new content given its number
    # would be listed under every thing of the old one.
    folder = tmp_path / "articles"
    write_library(folder)
    index = SearchIndex(tmp_path / "index")
    index.update(Library.from_paths([folder]), check="full")
    (folder / "last.txt").write_text(TEXTS[-1], encoding="utf-8")  # the newest content
    index.update(Library.from_paths([folder]), check="full")
    (folder / "last.txt").unlink()
    index.update(Library.from_paths([folder]), check="full")
    (folder / "other.txt").write_text("Rivian hired Jane Okafor in Lagos.", encoding="utf-8")
    index.update(Library.from_paths([folder]), check="full")
    assert index.catalog.thing_articles("GPE", ["berlin"]) == []  # only in the one gone
    _assert_kept(index)
    index.close()


def test_single_article_updates_leave_a_thing_few_parts(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_library(folder)
    index = SearchIndex(tmp_path / "index")
    for n in range(PARTS + 4):
        (folder / f"n{n}.txt").write_text(f"Tesla hired {n} people in Lagos.", encoding="utf-8")
        if n % 3 == 2:
            (folder / f"n{n - 1}.txt").unlink()  # a content gone, left out when merged
        index.update(Library.from_paths([folder]), check="full")
    sql = (
        "SELECT count(*) FROM thing_postings p JOIN things t ON t.id = p.thing "
        "WHERE t.label = 'GPE' AND t.key = 'lagos'"
    )
    assert index.catalog._rows(sql)[0][0] <= PARTS
    blobs = index.catalog._rows(sql.replace("count(*)", "p.data"))
    posted = sum(len(unpack_postings(blob)) // 3 for (blob,) in blobs)
    assert posted < PARTS + 4  # some of the contents gone were left out when merged
    _assert_kept(index)
    index.close()


def test_a_book_of_another_form_is_made_again(tmp_path: Path) -> None:
    # A catalogue booked in an earlier form (rows per content, no postings) listed no
    # articles for any thing.
    _, index = _every_text_indexed(tmp_path)
    before = [(n.key, n.count, n.articles) for n in index.mentions()]
    with index.catalog.transaction() as db:
        db.execute("DELETE FROM thing_postings")
        db.execute("UPDATE meta SET value = '1' WHERE key = 'things'")
    index.close()
    again = SearchIndex(tmp_path / "index")
    assert [(n.key, n.count, n.articles) for n in again.mentions()] == before
    _assert_kept(again)
    again.close()
