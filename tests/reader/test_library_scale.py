"""The library at scale, tested small: kept entries made lazily, the summary cache read one
shard at a time and rebuilt when damaged, highlights of a moved file counted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.cli import main
from reader.library import Library, SummaryCache, summary_shards
from reader.library.entries import Entries, KeptEntries

TEXT = "Headline number {n} about the courts\n\nThe court ruled on Monday, case {n}.\n"


@pytest.fixture
def kept(tmp_path: Path) -> Path:
    folder = tmp_path / "kept"
    (folder / "articles").mkdir(parents=True)
    for n in range(10):
        (folder / "articles" / f"2024010{n}-story-{n}.md").write_text(TEXT.format(n=n))
    (folder / "articles" / "20240100-story-0.html.gz").write_bytes(b"original")
    return folder


def test_kept_entries_are_made_only_when_asked_for(kept: Path) -> None:
    library = Library.default(kept=kept)
    assert isinstance(library.entries, Entries)
    tail = library.entries.kept
    assert isinstance(tail, KeptEntries) and len(tail) == 10
    seeds = len(library.entries.first)
    entry = library.entries[seeds + 3]
    assert entry.id == "library/20240103-story-3" and entry.path.name == "20240103-story-3.md"
    assert len(tail._made) == 1  # the others were never made
    assert library.entry("library/20240107-story-7") == library.entries[seeds + 7]
    assert library.entries.index(entry) == seeds + 3
    assert library.find("20240105").id == "library/20240105-story-5"
    assert [e.id for e in library.entries[-2:]] == [
        "library/20240108-story-8",
        "library/20240109-story-9",
    ]


def _read_all(library: Library) -> list[str]:
    return [library.summary(entry).title for entry in library.entries]


def test_the_cache_is_read_one_shard_at_a_time(
    kept: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(summary_shards, "SHARD_RECORDS", 4)
    cache = tmp_path / "cache" / "library.json"
    first = Library.default(SummaryCache(cache), kept=kept)
    titles = _read_all(first)
    first.summaries.save()
    shards = sorted((tmp_path / "cache" / "library.shards").iterdir())
    assert len(shards) == -(-len(first.entries) // 4)

    def no_reading(*_: object) -> None:
        raise AssertionError("an article was read although its summary is cached")

    monkeypatch.setattr(Library, "load", no_reading)
    again = Library.default(SummaryCache(cache), kept=kept)
    assert again.summary(again.entries[0]).title == titles[0]
    assert len(again.summaries._entries) == 4  # one shard parsed for the first row
    assert _read_all(again) == titles


def test_a_save_after_a_short_session_keeps_the_records_not_read(
    kept: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(summary_shards, "SHARD_RECORDS", 4)
    cache = tmp_path / "library.json"
    first = Library.default(SummaryCache(cache), kept=kept)
    _read_all(first)
    first.summaries.save()
    (kept / "articles" / "20240100-story-0.md").write_text(TEXT.format(n=100))
    short = Library.default(SummaryCache(cache), kept=kept)
    seeds = len(short.entries.first)
    assert "100" in short.summary(short.entries[seeds]).title  # re-read: one record changed
    short.summaries.save()
    records = SummaryCache(cache)
    assert all(records._record(entry.id) is not None for entry in short.entries)


@pytest.mark.parametrize("damage", ["shard", "manifest", "folder", "escape"])
def test_a_damaged_cache_is_rebuilt_never_trusted(
    damage: str, kept: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(summary_shards, "SHARD_RECORDS", 4)
    cache = tmp_path / "library.json"
    first = Library.default(SummaryCache(cache), kept=kept)
    titles = _read_all(first)
    first.summaries.save()
    shards = tmp_path / "library.shards"
    if damage == "shard":
        sorted(shards.iterdir())[0].write_text('{"library/x": ')
    elif damage == "manifest":
        cache.write_text("[1, 2")
    elif damage == "folder":
        shutil.rmtree(shards)
    else:
        secret = tmp_path / "secret.json"
        secret.write_text(json.dumps({"seeds/x": {"file": [1, 1], "summary": {"title": "no"}}}))
        manifest = json.loads(cache.read_text())
        manifest["shards"] = ["../secret.json", *manifest["shards"]]
        cache.write_text(json.dumps(manifest))
    again = Library.default(SummaryCache(cache), kept=kept)
    assert _read_all(again) == titles  # damaged records are read from the articles again
    assert "seeds/x" not in again.summaries._entries  # a shard outside the folder: ignored
    again.summaries.save()
    rebuilt = Library.default(SummaryCache(cache), kept=kept)

    def no_reading(*_: object) -> None:
        raise AssertionError("the rebuilt cache should know every article")

    monkeypatch.setattr(Library, "load", no_reading)
    assert _read_all(rebuilt) == titles


def test_a_moved_file_shows_its_highlights_without_being_opened(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT.format(n=1))
    db = str(tmp_path / "notes.json")
    assert main(["annotate", str(folder / "a.txt"), "--quote", "court ruled", "--db", db]) == 0
    (folder / "a.txt").rename(folder / "b.txt")
    capsys.readouterr()
    assert main(["list", "--json", "-L", str(folder), "--db", db]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["id"].endswith("b.txt") and row["annotations"] == 1


def test_list_json_rows_survive_titles_that_look_like_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    tricky = 'A title }, {"number": 9, "id": "x"} with braces'
    (folder / "a.txt").write_text(f"{tricky}\n\nThe court ruled on Monday.\n")
    (folder / "b.txt").write_text(TEXT.format(n=2))
    assert main(["list", "--json", "-L", str(folder), "--db", str(tmp_path / "n.json")]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["title"] for row in rows] == [tricky, "Headline number 2 about the courts"]


def test_kept_stems_are_the_visible_markdown_names_even_with_a_newline_in_one(
    tmp_path: Path,
) -> None:
    from reader.library.entries import kept_listing

    def kept_stems(folder: Path, hidden: frozenset[str] = frozenset()) -> list[str]:
        return kept_listing(folder, hidden).stems

    (tmp_path / "articles").mkdir()
    names = ["b.md", "a.md", ".hidden.md", "c.txt.gz", "d.md.tmp", ".md", "é.md", "x.MD"]
    for name in names:
        (tmp_path / "articles" / name).write_text("x")
    assert kept_stems(tmp_path) == ["a", "b", "é"]
    assert kept_stems(tmp_path, frozenset({"b"})) == ["a", "é"]
    (tmp_path / "articles" / "two\nlines.md").write_text("x")  # the names cannot be joined
    assert kept_stems(tmp_path) == ["a", "b", "two\nlines", "é"]


def test_kept_ids_are_asked_without_a_set_and_digested_in_one_join(tmp_path: Path) -> None:
    from reader.library.entries import Membership
    from reader.library.kept_ids import joined_kept_ids
    from reader.search.folders import ids_digest, members_digest

    kept = KeptEntries(tmp_path, ["2026-a", "2026-b", "2026-c"])
    scope = Membership(Entries([], kept))
    assert ("library/2026-b" in scope, "library/2026-bb" in scope, "2026-b" in scope) == (
        True, False, False,
    )  # fmt: skip
    assert scope._ids is None and len(scope) == 3 and list(scope) == kept.ids()
    assert joined_kept_ids(kept.stems, "\0") == "\0".join(kept.ids())
    assert joined_kept_ids(KeptEntries(tmp_path, []).stems, "\0") == ""
    assert members_digest(kept) == ids_digest(kept.ids())
