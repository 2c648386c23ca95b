"""An export puts articles in library order without making a kept library's entries: one
article's export must not cost what the library holds."""

from __future__ import annotations

from pathlib import Path

from reader.library.entries import KEPT_PREFIX, Entries, Entry, KeptEntries
from reader.workspace import _library_position


def _entry(name: str) -> Entry:
    return Entry(name, Path(name), name)


def test_positions_follow_the_library_and_unknown_articles_go_last(tmp_path: Path) -> None:
    kept = KeptEntries(tmp_path, [f"2026-{n:05d}" for n in range(50_000)])
    entries = Entries([_entry("/a.txt"), _entry("/b.txt")], kept)
    position = _library_position(entries)
    assert position("/b.txt") == 1
    assert position(f"{KEPT_PREFIX}2026-00007") == 2 + 7
    assert position("/elsewhere.txt") == len(entries)
    assert not kept._made, "kept entries were made to find one article's place"


def test_a_plain_list_of_entries_is_ordered_too() -> None:
    position = _library_position([_entry("/a.txt"), _entry("/b.txt"), _entry("/a.txt")])
    assert [position(a) for a in ("/a.txt", "/b.txt", "/c.txt")] == [0, 1, 3]
