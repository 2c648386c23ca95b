"""Summaries made for a whole list equal the ones the TUI shows, and the shortcuts taken to
make them fast decide exactly what the long way decides."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.library import Library, SummaryCache, bulk_summaries, decoding
from reader.library import library as library_module
from reader.library import markdown as md
from reader.library.bulk_summaries import library_summaries, summary_of_file
from reader.library.cleaning import _key, _same_key
from reader.library.dates import _WIRE, _WIRE_AGENCY, wire_dateline
from reader.library.errors import ArticleError
from reader.library.markdown import _front_value
from reader.library.summaries import Summary, record_of, trusted_summary
from tests.reader import list_fixture


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The seeds and test articles, a Markdown article, and files that cannot be opened."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in list_fixture.corpus():
        (folder / f"{path.parent.name}-{path.name}").write_bytes(path.read_bytes())
    (folder / "council.md").write_text(list_fixture.MARKDOWN, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "blank.md").write_text("\n   \n")
    return folder


def test_each_summary_is_the_one_the_library_shows(folder: Path) -> None:
    library = Library.from_paths([folder])
    for entry in library.entries:
        assert summary_of_file(entry.path, entry.id, entry.name) == library.summary(entry)


def test_a_list_of_summaries_equals_them_one_by_one_and_fills_the_cache(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache" / "library.json"
    listed = Library.from_paths([folder], SummaryCache(cache))
    one_by_one = Library.from_paths([folder])
    expected = [one_by_one.summary(entry) for entry in one_by_one.entries]
    assert list(library_summaries(listed, listed.entries)) == expected
    listed.summaries.save()

    def no_reading(*args: object) -> None:
        raise AssertionError("a cached summary was read again")

    monkeypatch.setattr(bulk_summaries, "summary_of_file", no_reading)
    monkeypatch.setattr(Library, "load", no_reading)
    again = Library.from_paths([folder], SummaryCache(cache))
    assert list(library_summaries(again, again.entries)) == expected


def test_big_files_and_vanished_ones_are_listed_as_the_library_lists_them(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library_module, "BIG_FILE", 4_000)  # the longer articles are "big"
    library = Library.from_paths([folder])
    reference = Library.from_paths([folder])
    (folder / "council.md").unlink()
    expected = [reference.summary(entry) for entry in reference.entries]
    assert list(library_summaries(library, library.entries)) == expected
    gone = library.entries.index(library.find("council.md"))
    assert (expected[gone].error or "").startswith("file not found")
    big = [e for e in library.entries if e.path.exists() and e.path.stat().st_size > 4_000]
    assert big and all(library.summaries.get(e.id, os.stat(e.path)) is None for e in big)


def test_a_record_the_cache_keeps_is_trusted_in_the_same_process() -> None:
    summary = Summary("T", "S", None, 3, 1, authors=("A", "B"), key="text:x")
    assert trusted_summary(record_of(summary)) == summary
    assert trusted_summary(json.loads(json.dumps(record_of(summary)))) == summary


_GOOD = record_of(Summary("Title", "Site", "2024", 10, 2, authors=("Ana",), url="https://x"))
_BAD_VALUES: list[object] = [
    None,
    True,
    1.5,
    -1,
    2**53,
    7,
    "ok",
    "\x1b[31m",
    [],
    ["\x1b]0;x"],
    [1],
    {},
]
_TYPES: dict[str, tuple[type, ...]] = {"title": (str,), "words": (int,), "hidden_lines": (int,),
                                       "authors": (list,)}  # fmt: skip


def _acceptable(field: str, value: object) -> bool:
    if type(value) not in _TYPES.get(field, (str, type(None))):
        return False
    if isinstance(value, int):
        return 0 <= value < 2**53
    items = value if isinstance(value, list) else [value]
    return all(type(v) is str and "\x1b" not in v for v in items if v is not None)


@given(field=st.sampled_from(sorted(_GOOD)), value=st.sampled_from(_BAD_VALUES))
def test_a_record_is_trusted_only_with_every_field_of_its_type_and_inert(
    field: str, value: object
) -> None:
    trusted = trusted_summary({**_GOOD, field: value})
    assert (trusted is not None) == _acceptable(field, value)
    assert trusted_summary({k: v for k, v in _GOOD.items() if k != field}) is None
    assert trusted_summary({**_GOOD, "extra": 1}) is None


_TEXT = st.text(alphabet="aAßİΣς_ -.,!éÉ1ﬁ\u0307x(|)", max_size=60)


@given(text=_TEXT, key_text=_TEXT, repeat=st.booleans())
def test_a_paragraph_is_compared_with_the_title_as_before(
    text: str, key_text: str, repeat: bool
) -> None:
    key = _key(key_text)
    text = key_text + text[:3] if repeat else text
    assert _same_key(text, key) == (_key(text) == key)


@given(text=st.text(alphabet="AZaz(),.- 0123:—\n", max_size=200))
def test_the_wire_dateline_shortcut_only_skips_what_the_pattern_cannot_match(text: str) -> None:
    if _WIRE.match(text[:160]) is not None:
        assert _WIRE_AGENCY.search(text[:160]) is not None


def test_a_wire_dateline_is_still_found() -> None:
    assert wire_dateline("LAGOS, March 3, 2024 (Reuters) - The court ruled.") == (
        "Reuters",
        "March 3, 2024",
    )


@given(raw=st.text(alphabet=['"', "\\", "a", " ", "\x01", "é", "u", "0", "'", "\u2028"]))
def test_a_front_matter_value_decodes_as_json_would(raw: str) -> None:
    value = raw.strip()
    expected = None
    if value.startswith('"') and value.endswith('"') and len(value) > 1:
        try:
            decoded = json.loads(value)
        except ValueError:
            decoded = None
        expected = decoded if isinstance(decoded, str) else None
    assert _front_value(raw) == (expected if expected is not None else value.strip("'\""))


def _block_lines_the_long_way(lines: list[str]) -> list[str]:
    result: list[str] = []
    for line in lines:
        if md._UNDERLINE.fullmatch(line) and result and result[-1] and len(line) >= 2:
            result[-1] = f"{'#' if line[0] == '=' else '##'} {result[-1]}"
        elif md._RULE.fullmatch(line):
            result.append("")
        else:
            result.append(line)
    return result


@given(lines=st.lists(st.text(alphabet="=-*_ a", max_size=6), max_size=8))
def test_setext_headings_and_rules_are_found_as_before(lines: list[str]) -> None:
    assert md.block_lines(lines) == _block_lines_the_long_way(lines)


def test_a_file_read_at_its_size_is_still_read_whole_if_it_grew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.txt"
    path.write_bytes(b"x" * 50)
    monkeypatch.setattr(decoding, "checked_size", lambda _: 5)  # as stat'ed before it grew
    assert decoding.read_bytes(path) == b"x" * 50
    monkeypatch.setattr(decoding, "MAX_BYTES", 20)
    with pytest.raises(ArticleError, match="grew too large"):
        decoding.read_bytes(path)


def test_an_article_edited_in_place_is_summarised_again_and_only_it(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache" / "library.json"
    first = Library.from_paths([folder], SummaryCache(cache))
    list(library_summaries(first, first.entries))
    first.summaries.save()
    edited = folder / "council.md"
    with edited.open("a", encoding="utf-8") as handle:  # same file, same folder mtime
        handle.write("\nOne more sentence was added to the story today.\n")
    read: list[str] = []
    real = bulk_summaries.summary_of_file

    def counting(path: Path, article_id: str, name: str, *info: os.stat_result) -> Summary:
        read.append(path.name)
        return real(path, article_id, name, *info)

    monkeypatch.setattr(bulk_summaries, "summary_of_file", counting)
    again = Library.from_paths([folder], SummaryCache(cache))
    listed = list(library_summaries(again, again.entries))
    assert read == ["council.md"]
    fresh = Library.from_paths([folder])
    assert listed == [fresh.summary(entry) for entry in fresh.entries]


def test_a_file_rewritten_at_the_same_size_is_summarised_again_by_its_time(
    folder: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache" / "library.json"
    first = Library.from_paths([folder], SummaryCache(cache))
    before = list(library_summaries(first, first.entries))
    first.summaries.save()
    path = folder / "council.md"
    old = path.read_text(encoding="utf-8")
    body = old.rsplit("\n\n", 1)[-1]
    new = (
        old[: len(old) - len(body)]
        + "x " * (len(body.encode()) // 2)
        + " " * (len(body.encode()) % 2)
    )
    path.write_text(new, encoding="utf-8")
    assert path.stat().st_size == len(old.encode())
    os.utime(path, ns=(1, 1))
    again = Library.from_paths([folder], SummaryCache(cache))
    listed = list(library_summaries(again, again.entries))
    index = [e.path.name for e in again.entries].index("council.md")
    assert listed[index] != before[index]
    assert listed == [Library.from_paths([folder]).summary(e) for e in again.entries]
