"""``postil search`` and ``postil index`` from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.cli import main
from reader.library import Library
from tests.search.conftest import ARTICLES, write_library


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json_gives_offsets_into_the_reading_text(capsys, db_path: Path) -> None:
    code, out, _ = run(capsys, "search", "Musk", "--json", "--db", str(db_path))
    assert code == 0
    found = json.loads(out)
    assert found["results"] and found["warnings"] == []
    library = Library.default()
    for result in found["results"]:
        assert {"id", "title", "path", "score", "matches"} <= set(result)
        text = library.load(result["id"]).text
        for match in result["matches"]:
            assert text[match["start"] : match["end"]].casefold().startswith("musk")
            assert text[match["start"] : match["end"]] in match["snippet"]


def test_search_limit_and_plain_output(capsys, db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_library(folder)
    code, out, err = run(capsys, "search", "said", "--limit", "1", "-L", str(folder))
    assert code == 0
    assert out.startswith("  1. ") and "  2. " not in out
    assert "articles match; --limit N shows more" in err


def test_index_then_nothing_to_do(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    write_library(folder)
    code, _, err = run(capsys, "index", str(folder))
    assert code == 0 and "indexed 3 articles" in err
    code, _, err = run(capsys, "index", str(folder))
    assert code == 0 and "indexed 0 articles, 3 unchanged" in err
    (folder / "new.txt").write_text(ARTICLES["tesla.txt"].replace("Tesla", "Rivian"))
    code, out, _ = run(capsys, "search", "rivian", "-L", str(folder), "--json")
    assert [Path(r["path"]).name for r in json.loads(out)["results"]] == ["new.txt"]


def test_bad_queries_warn_in_one_line_and_still_search(capsys) -> None:
    code, out, err = run(capsys, "search", 'before:soon "tiktok', "--json")
    assert code == 0
    assert json.loads(out)["results"]
    lines = err.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("postil: ") for line in lines)


def test_bad_options_are_usage_errors(capsys) -> None:
    assert run(capsys, "search", "x", "--limit", "0")[0] == 2
    assert run(capsys, "search")[0] == 2
    code, _, err = run(capsys, "index", str(Path("/nonexistent/folder")))
    assert code == 1 and err.count("\n") == 1


def test_whole_process_hostile_query_no_traceback(tmp_path: Path) -> None:
    env = {"POSTIL_CACHE_DIR": str(tmp_path / "cache"), "POSTIL_DB": str(tmp_path / "db.json")}
    query = '\x1b]0;owned\x07 NEAR(") * ^ : OR -' + "x" * 10_000
    done = subprocess.run(
        [sys.executable, "-m", "reader", "search", query],
        capture_output=True,
        text=True,
        env={**env, "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr


def _settle(folder: Path) -> None:
    """The folder's time a minute back, as if changed long before (so its stamp is trusted)."""
    import os
    import time

    when = time.time_ns() - 60_000_000_000
    os.utime(folder, ns=(when, when))


def test_index_checks_every_file_quick_checks_folders_a_file_only_itself(
    capsys, tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    write_library(folder)
    _settle(folder)
    assert run(capsys, "index", str(folder))[0] == 0
    tesla = folder / "tesla.txt"
    tesla.write_text(ARTICLES["tesla.txt"] + " Shares rose in Oslo.")  # in place
    code, _, err = run(capsys, "index", "--quick", str(folder))
    assert code == 0 and "indexed 0 articles, 3 unchanged" in err
    code, _, err = run(capsys, "index", str(folder))
    assert code == 0 and "indexed 1 article, 2 unchanged" in err
    tesla.write_text(ARTICLES["tesla.txt"] + " Shares fell in Bergen.")
    code, _, err = run(capsys, "index", str(tesla))
    assert code == 0 and "indexed 1 article, 0 unchanged" in err
    code, out, _ = run(capsys, "search", "bergen", "--no-update", "--json")
    assert [Path(r["path"]).name for r in json.loads(out)["results"]] == ["tesla.txt"]
    code, out, _ = run(capsys, "search", "kumasi", "--no-update", "--json")
    assert [Path(r["path"]).name for r in json.loads(out)["results"]] == ["cocoa.txt"]


def test_an_added_article_is_indexed_by_the_add(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POSTIL_LIBRARY", str(tmp_path / "kept"))
    source = tmp_path / "rivian.txt"
    source.write_text(ARTICLES["tesla.txt"].replace("Tesla", "Rivian"))
    assert run(capsys, "add", str(source))[0] == 0  # no index yet: none is started
    assert not list((tmp_path / "cache").glob("search/*/catalog.sqlite"))
    assert run(capsys, "index")[0] == 0
    other = tmp_path / "lucid.txt"
    other.write_text(ARTICLES["tesla.txt"].replace("Tesla", "Lucid"))
    assert run(capsys, "add", str(other))[0] == 0
    _, out, _ = run(capsys, "search", "lucid", "--no-update", "--json")
    assert [r["title"] for r in json.loads(out)["results"]] == ["Lucid profits fall"]


def test_a_note_stays_findable_after_its_article_is_gone(capsys, tmp_path: Path) -> None:
    """The article's file deleted, its highlight is found by its note and quote, not its text."""
    folder, db = tmp_path / "articles", tmp_path / "a.json"
    folder.mkdir()
    gone = folder / "harbour.txt"
    gone.write_text(
        "Harbour plan approved\n\nThe council approved the harbour plan on Monday, "
        "after a long debate about the seawall and the fishing quay.\n"
    )
    (folder / "other.txt").write_text("Other news\n\nNothing about the sea here at all today.\n")
    base = ("-L", str(folder), "--db", str(db))
    assert (
        run(capsys, "annotate", "harbour", "--quote", "the seawall", "--note", "quokka", *base)[0]
        == 0
    )
    gone.unlink()
    code, out, _ = run(capsys, "search", "quokka", "--json", *base)
    assert code == 0
    [result] = json.loads(out)["results"]
    assert result["title"] == "Harbour plan approved"
    assert [m["kind"] for m in result["matches"]] == ["highlight"]
    code, out, err = run(capsys, "search", "fishing", *base)  # only in the gone text
    assert code == 0 and out == "" and "no articles match" in err


def test_searching_the_index_as_it_is_does_not_open_the_annotation_file(
    capsys, tmp_path: Path
) -> None:
    """``--no-update`` reads the index only: an annotation file it cannot read (here a folder)
    does not stop it, where a search that updates says so in one line."""
    folder = tmp_path / "articles"
    write_library(folder)
    assert run(capsys, "index", str(folder))[0] == 0
    unreadable = tmp_path / "not-a-file.json"
    unreadable.mkdir()
    code, out, _ = run(capsys, "search", "kumasi", "--no-update", "--json", "--db", str(unreadable))
    assert code == 0
    assert [Path(r["path"]).name for r in json.loads(out)["results"]] == ["cocoa.txt"]
    code, _, err = run(capsys, "search", "kumasi", "-L", str(folder), "--db", str(unreadable))
    assert code != 0 and len(err.strip().splitlines()) == 1


def test_searching_the_index_as_it_is_lists_no_library(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--no-update`` lists no library (its kept folder of 50,000 articles was two thirds of
    the command's time); a library path given is still checked, and a missing one said."""
    folder = tmp_path / "articles"
    write_library(folder)
    assert run(capsys, "index", str(folder))[0] == 0

    def no_listing(*_: object, **__: object) -> Library:
        raise AssertionError("the library was listed")

    monkeypatch.setattr(Library, "default", no_listing)
    code, out, _ = run(capsys, "search", "kumasi", "--no-update", "--json")
    assert code == 0
    assert [Path(r["path"]).name for r in json.loads(out)["results"]] == ["cocoa.txt"]
    code, _, err = run(capsys, "search", "kumasi", "--no-update", "-L", str(tmp_path / "gone"))
    assert code != 0 and "no such file or folder" in err and len(err.strip().splitlines()) == 1


def test_a_search_with_nothing_to_index_starts_no_worker_machinery(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The update before a search, with nothing changed, imports neither the pipeline nor
    multiprocessing (20 ms of a 100 ms command): checked in a process of its own."""
    folder = tmp_path / "articles"
    write_library(folder)
    _settle(folder)
    env = {"POSTIL_CACHE_DIR": str(tmp_path / "cache"), "POSTIL_DB": str(tmp_path / "db.json")}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert run(capsys, "index", str(folder))[0] == 0
    code = (
        "import sys\nfrom reader.cli import main\n"
        f"main(['search', 'kumasi', '-L', {str(folder)!r}])\n"
        "print(sorted(m for m in ('concurrent.futures.process', 'multiprocessing',"
        " 'reader.search.pipeline') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**env, "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def _store_settled(db: Path) -> None:
    """Every file of the store timed a minute back, so its fingerprint can be trusted."""
    when = time.time_ns() - 60_000_000_000
    for file in db.parent.glob(f"{db.name}*"):
        os.utime(file, ns=(when, when))


def test_a_search_opens_the_store_only_when_its_files_changed(
    capsys, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening the store (TinyDB and its machinery: about 10 ms) only to find the index's
    highlights in step was a tenth of ``postil search``. A search with the store as the last
    one found it imports none of it, nor what writing to the index needs (checked in a process
    of its own); a note saved since is found by the next search all the same, and a store that
    cannot be opened said."""
    folder, db = tmp_path / "articles", tmp_path / "a.json"
    write_library(folder)
    _settle(folder)
    monkeypatch.setenv("POSTIL_CACHE_DIR", str(tmp_path / "cache"))
    base = ("-L", str(folder), "--db", str(db))
    assert (
        run(capsys, "annotate", "cocoa", "--quote", "cocoa board", "--note", "quokka", *base)[0]
        == 0
    )
    _store_settled(db)
    assert run(capsys, "search", "quokka", *base)[0] == 0  # opens it, and remembers its files
    code = (
        "import sys\nfrom reader.cli import main\n"
        f"main(['search', 'quokka', '--json', *{base!r}])\n"
        "print(sorted(m for m in ('annotations.store', 'tinydb', 'annotations.model',"
        " 'reader.search.documents') if m in sys.modules))"
    )
    env = {"POSTIL_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    *found, imported = done.stdout.strip().splitlines()
    assert imported == "[]"
    assert [m["kind"] for m in json.loads("\n".join(found))["results"][0]["matches"]] == [
        "highlight"
    ]
    assert (
        run(capsys, "annotate", "zurich", "--quote", "rising rents", "--note", "wombat", *base)[0]
        == 0
    )
    _store_settled(db)  # as if saved long ago: the store's files changed all the same
    code, out, _ = run(capsys, "search", "wombat", "--json", *base)
    assert (
        code == 0
        and json.loads(out)["results"][0]["title"] == "Café owners in Zürich protest rents"
    )
    db.rename(tmp_path / "moved.json")
    db.mkdir()  # not a store at all now
    code, _, err = run(capsys, "search", "wombat", *base)
    assert code != 0 and len(err.strip().splitlines()) == 1
