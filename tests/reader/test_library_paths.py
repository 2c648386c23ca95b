"""Building a library from paths, finding articles by query, ids and the load cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.library import ArticleError, Library, LibraryError

HONG_KONG = "seeds/004_d4847e1b1b2a2bef.txt"


@pytest.fixture(scope="module")
def seeds() -> Library:
    return Library.default()


@pytest.mark.parametrize(
    "query",
    [
        HONG_KONG,
        "5",
        "004_d4847e1b1b2a2bef.txt",
        "004_D4847E1B1B2A2BEF",
        "004",  # a leading zero makes it the start of a file name, not a number
        "004_d48",
        "hong KONG",
        "quits hong",
    ],
)
def test_find(seeds: Library, query: str) -> None:
    assert seeds.find(query).id == HONG_KONG


def test_find_ambiguous_lists_candidates_on_one_line(seeds: Library) -> None:
    with pytest.raises(LibraryError) as error:
        seeds.find("tiktok")
    message = str(error.value)
    assert message.startswith("'tiktok' matches 4 articles: 2. Digital Diplomacy")
    assert "\n" not in message


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("nothing like this", "no article matches 'nothing like this'"),
        ("0", "'0' matches 5 articles: 1. "),  # the start of every seed's file name
        ("6", "no article number 6 (the library has 5)"),
        ("99", "no article number 99 (the library has 5)"),
        ("  ", "empty article query"),
    ],
)
def test_find_failures(seeds: Library, query: str, reason: str) -> None:
    with pytest.raises(LibraryError) as error:
        seeds.find(query)
    assert str(error.value).startswith(reason)


def test_load_accepts_an_id_or_a_query(seeds: Library) -> None:
    assert seeds.load(HONG_KONG) is seeds.load("5")


def _article(path: Path, title: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{title}\nSome body text for this article, long enough to read.\n")
    return path


def test_from_paths_files_and_folders(tmp_path: Path) -> None:
    _article(tmp_path / "b" / "two.md", "Second article about the river")
    _article(tmp_path / "a" / "z.txt", "First article about the bridge")
    _article(tmp_path / "a" / "deeper" / "y.txt", "Nested article about the road")
    _article(tmp_path / "a" / ".git" / "x.txt", "Hidden folder is skipped")
    (tmp_path / "a" / "image.png").write_bytes(b"\x89PNG")
    single = _article(tmp_path / "c" / "note.text", "An explicitly named file is taken")
    library = Library.from_paths([tmp_path / "a", str(tmp_path / "b"), single, tmp_path / "a"])
    names = [entry.name for entry in library.entries]
    assert names == ["y.txt", "z.txt", "two.md", "note.text"]  # a/deeper/y.txt < a/z.txt
    assert library.entries[1].id == str((tmp_path / "a" / "z.txt").resolve())
    assert library.load("3").title == "Second article about the river"


def test_symlinked_file_gets_the_id_of_its_target(tmp_path: Path) -> None:
    target = _article(tmp_path / "real" / "story.txt", "A story reached by a link")
    (tmp_path / "links").mkdir()
    os.symlink(target, tmp_path / "links" / "alias.txt")
    library = Library.from_paths([tmp_path / "links"])
    assert library.entries[0].id == str(target.resolve())


def test_seeds_reached_through_links_keep_their_seed_ids(tmp_path: Path) -> None:
    """A listing compares each file's real folder with the seeds' as a string: a link to a
    seed file, and a linked folder of seeds, still give ``seeds/<name>`` ids, not paths."""
    from reader.library.seeds import seeds_dir

    seed = seeds_dir() / HONG_KONG.removeprefix("seeds/")
    (tmp_path / "links").mkdir()
    os.symlink(seed, tmp_path / "links" / seed.name)
    os.symlink(seeds_dir(), tmp_path / "linked-seeds")
    by_link = Library.from_paths([tmp_path / "links"])
    by_folder = Library.from_paths([tmp_path / "linked-seeds"])
    assert [e.id for e in by_link.entries] == [HONG_KONG]
    assert HONG_KONG in [e.id for e in by_folder.entries]
    assert by_folder.entries[0].path.parent == tmp_path / "linked-seeds"


def test_relative_paths_give_absolute_ids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _article(tmp_path / "rel" / "one.txt", "A relative article title here")
    monkeypatch.chdir(tmp_path)
    library = Library.from_paths(["rel"])
    assert library.entries[0].id == str(tmp_path.resolve() / "rel" / "one.txt")
    assert library.entries[0].path == Path("rel") / "one.txt"


def test_an_unopenable_article_does_not_break_the_others(tmp_path: Path) -> None:
    _article(tmp_path / "good.txt", "A good article about the harbour")
    (tmp_path / "bad.txt").write_bytes(bytes(range(256)) * 4)
    library = Library.from_paths([tmp_path])
    with pytest.raises(ArticleError, match="binary"):
        library.load("bad.txt")
    assert library.find("harbour").name == "good.txt"


def test_load_by_id_of_an_article_outside_the_library(tmp_path: Path) -> None:
    other = _article(tmp_path / "other.txt", "An article opened on another day")
    library = Library.from_paths([_article(tmp_path / "x" / "one.txt", "The only one here")])
    assert library.load(str(other.resolve())).title == "An article opened on another day"
    assert library.load(HONG_KONG).id == HONG_KONG
    with pytest.raises(LookupError):  # LibraryError is a LookupError
        library.load(str(tmp_path / "gone.txt"))
