"""``postil mentions``: the library's named things from the command line, as ``E`` lists them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.library import Library
from tests.search.conftest import ARTICLES, write_library


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def mentions(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    """``postil mentions ARGS -L FOLDER``."""
    return run(capsys, "mentions", *args, "-L", str(folder))


def test_json_lists_names_first_with_their_articles_and_first_mentions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, library: Library
) -> None:
    folder = tmp_path / "articles"  # the library fixture's
    code, out, err = mentions(capsys, folder, "--json", "--limit", "500")
    assert code == 0 and err == ""
    things = json.loads(out)
    figures = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
    kinds = [thing["label"] in figures for thing in things]
    assert kinds == sorted(kinds) and any(kinds) and not all(kinds)  # names, then figures
    musk = next(t for t in things if t["name"] == "Elon Musk")
    assert (musk["label"], musk["mentions"]) == ("PERSON", 3)  # with the later "Musk’s"
    by_file = {Path(e.path).name: e.id for e in library.entries}
    assert [a["id"] for a in musk["articles"]] == [by_file["tesla.txt"], by_file["cocoa.txt"]]
    tesla = musk["articles"][0]
    text = library.load(tesla["id"]).text
    assert tesla["title"] == "Tesla profits fall"
    assert text[tesla["first"] :].startswith("Elon Musk")


def test_a_kind_and_words_filter_as_the_e_screen_does(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, library: Library
) -> None:
    folder = tmp_path / "articles"  # the library fixture's
    code, out, _ = mentions(capsys, folder, "person:", "musk")
    assert code == 0
    assert out.startswith("  1. Elon Musk  person · 2 articles · 3 mentions\n")
    assert "  2. " not in out and "     Tesla profits fall  2 mentions" in out
    code, out, _ = mentions(capsys, folder, "org:", "centr", "ban", "--json")
    assert [t["name"] for t in json.loads(out)] == ["Central Bank of Ghana"]  # word starts
    code, out, _ = mentions(capsys, folder, "place:", "zurich", "--json")
    assert [t["name"] for t in json.loads(out)] == ["Zürich"]  # accents aside
    code, out, err = mentions(capsys, folder, "org:", "musk")
    assert code == 0 and out == "" and err == "nothing mentioned matches\n"


def test_limit_says_how_many_more_and_bad_limits_are_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, library: Library
) -> None:
    folder = tmp_path / "articles"  # the library fixture's
    code, out, err = mentions(capsys, folder, "--limit", "2")
    assert code == 0 and "  2. " in out and "  3. " not in out
    assert err.endswith("named things match; --limit N shows more\n")
    code, out, err = run(capsys, "mentions", "--limit", "none")
    assert code == 2 and out == "" and err.count("\n") == 1 and "--limit" in err


def test_names_and_titles_of_a_hostile_article_reach_the_terminal_inert(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    hostile = {
        "x.txt": ARTICLES["tesla.txt"].replace("Tesla profits", "Tesla\x1b[2J\u202e profits")
    }
    write_library(folder, hostile)
    code, out, _ = mentions(capsys, folder)
    assert code == 0 and "\x1b" not in out.replace("\x1b[0m", "") and "\u202e" not in out
    code, out, _ = mentions(capsys, folder, "--json")
    assert "\x1b" not in out and "\u202e" not in out
