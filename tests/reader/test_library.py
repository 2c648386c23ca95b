"""The five seeds: titles, sources and dates found in the text, furniture hidden, text shape."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.library import Article, Library, load_article, seeds_dir

TITLES = {
    # no headline in the file: a short title from the first sentence
    "000_e6b8ac3b665c0f17.txt": (
        "The Chinese government “has never and will never” require companies…"
    ),
    # headline below weather, location and date lines (and repeated after "Must read")
    "001_81b7c91e4df976a3.txt": (
        "Digital Diplomacy Under Scrutiny: Chinese Embassy Lobbies Against TikTok Sale Amid "
        "Cybersecurity Standoff"
    ),
    # "Title | News": the section suffix is not part of the title
    "002_4cda9677032faaa9.txt": "China Denounces US “Harassment”, Warns Against TikTok, WeChat",
    # headline after a standfirst paragraph
    "003_6b8c32f96029d0fe.txt": "TikTok Ban: A Battle for Digital Sovereignty?",
    "004_d4847e1b1b2a2bef.txt": (
        "TikTok quits Hong Kong as US giants suspend processing data requests"
    ),
}
SOURCES = {
    "000_e6b8ac3b665c0f17.txt": None,
    "001_81b7c91e4df976a3.txt": "TJVNews.com",
    "002_4cda9677032faaa9.txt": None,
    "003_6b8c32f96029d0fe.txt": None,
    "004_d4847e1b1b2a2bef.txt": "Z24 News",
}
DATES = {
    "000_e6b8ac3b665c0f17.txt": None,
    "001_81b7c91e4df976a3.txt": "Thursday, May 2, 2024",
    "002_4cda9677032faaa9.txt": None,  # only "Saturday", "November 12": no year
    "003_6b8c32f96029d0fe.txt": None,
    # the only full date is the "Next Post" teaser's, which is another article's date
    "004_d4847e1b1b2a2bef.txt": None,
}
HIDDEN = {
    "000_e6b8ac3b665c0f17.txt": ["In other news.."],
    "001_81b7c91e4df976a3.txt": [
        "52.8 F",
        "New York",
        "Thursday, May 2, 2024",
        "Related Articles",
        "-Advertisement-",
        "Must read",
        "Getting your Trinity Audio player ready...",
        "balance of natureDonate",
        "Latest article",
        "- Advertisement -",
    ],
    "002_4cda9677032faaa9.txt": [
        "START HERE | Should we ban TikTok? (10:50)",
        "INSIDE HISTORY | Why does Trump want to ban Tiktok? (24:11)",
        "Please enter your comment!",
        "Please enter your name here",
    ],
    "003_6b8c32f96029d0fe.txt": [],
    "004_d4847e1b1b2a2bef.txt": [
        "FILE PHOTO: A TikTok logo is displayed on a smartphone in this illustration taken "
        "January 6, 2020.",
        "Z24 News",
        "Leave a Reply",
        "Your email address will not be published.",
        "Next Post",
        "In Hong Kong national security law, echoes of China's own cyber crackdown",
        "Tue Jul 7 , 2020",
        "Social menu is not set. You need to create menu and assign it to Social Menu on Menu "
        "Settings.",
    ],
}
#: Counted: the lines above, plus 001's repeated headline and 004's "Next Post" excerpt (the
#: title line itself is shown as the title, so it is not counted).
HIDDEN_COUNT = {
    "000_e6b8ac3b665c0f17.txt": 1,
    "001_81b7c91e4df976a3.txt": 11,
    "002_4cda9677032faaa9.txt": 4,
    "003_6b8c32f96029d0fe.txt": 0,
    "004_d4847e1b1b2a2bef.txt": 9,
}
KEPT = {
    "000_e6b8ac3b665c0f17.txt": ["US tightens AI chip export rules to maintain edge over China"],
    "001_81b7c91e4df976a3.txt": ["Edited by: TJVNews.com"],
    "002_4cda9677032faaa9.txt": ["‘Very very popular’"],
    "003_6b8c32f96029d0fe.txt": ["1. Undermining the openness"],
    "004_d4847e1b1b2a2bef.txt": ["NEW YORK/HONG KONG: Chinese-owned"],
}


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    library = Library.default()
    return {entry.name: library.load(entry) for entry in library.entries}


def test_default_library_is_the_five_seeds() -> None:
    entries = Library.default().entries
    assert [e.name for e in entries] == sorted(TITLES)
    assert [e.id for e in entries] == [f"seeds/{name}" for name in sorted(TITLES)]


@pytest.mark.parametrize("name", sorted(TITLES))
def test_title(articles: dict[str, Article], name: str) -> None:
    assert articles[name].title == TITLES[name]


@pytest.mark.parametrize("name", sorted(TITLES))
def test_source_and_date(articles: dict[str, Article], name: str) -> None:
    assert (articles[name].source, articles[name].date) == (SOURCES[name], DATES[name])


@pytest.mark.parametrize("name", sorted(TITLES))
def test_furniture_hidden_and_counted(articles: dict[str, Article], name: str) -> None:
    article = articles[name]
    paragraphs = article.text.split("\n")
    for line in HIDDEN[name]:
        assert line not in paragraphs
    assert article.hidden_lines == HIDDEN_COUNT[name]
    for start in KEPT[name]:
        assert any(p.startswith(start) for p in paragraphs), start


@pytest.mark.parametrize("name", sorted(TITLES))
def test_title_not_repeated_and_text_shape(articles: dict[str, Article], name: str) -> None:
    article = articles[name]
    paragraphs = article.text.split("\n")
    assert article.title not in paragraphs[:10]
    assert all(p and p == p.strip() for p in paragraphs)
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", article.text)
    assert article.words == len(article.text.split())
    assert article.encoding == "utf-8"


def test_seed_text_keeps_the_article(articles: dict[str, Article]) -> None:
    text = articles["004_d4847e1b1b2a2bef.txt"].text
    assert text.endswith("it said on Twitter on Monday.")
    # the "Next Post" teaser is another article's excerpt
    assert "BEIJING: Hong Kong’s new National Security Law" not in text


def test_ids_are_stable_and_match_load_article() -> None:
    first = Library.default()
    second = Library.default()
    assert [e.id for e in first.entries] == [e.id for e in second.entries]
    path = seeds_dir() / "004_d4847e1b1b2a2bef.txt"
    assert load_article(path).id == "seeds/004_d4847e1b1b2a2bef.txt"
    assert load_article(path) == first.load(first.entries[4])


def test_seed_files_are_not_modified() -> None:
    library = Library.default()
    before = {e.path: e.path.read_bytes() for e in library.entries}
    for entry in library.entries:
        library.load(entry)
    assert {e.path: e.path.read_bytes() for e in library.entries} == before


def test_one_megabyte_article_loads(tmp_path: Path) -> None:
    """Its speed is measured by tests/benchmarks/bench_big_inputs.py."""
    seed = (seeds_dir() / "001_81b7c91e4df976a3.txt").read_bytes()
    path = tmp_path / "big.txt"
    path.write_bytes(seed * 150)  # 1.0 MB, 3,600 paragraphs
    article = load_article(path)
    assert article.title.startswith("Digital Diplomacy")
