"""The text cache: an article read before is not cleaned again, and never served stale,
from another postil's cleaning code, or with text a cleaned article cannot hold."""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.library import Library, SummaryCache, text_cache, text_packs
from reader.library import article as article_module
from reader.library.text_cache import MAX_CACHED_CHARS, TextCache

TEXT = "A Headline About Courts\n\nThe court ruled on Monday that the law stands.\n"
PAGE = (
    "---\ntitle: Odd page\nurl: https://example.com/a\nauthor: Ana Reader\n---\n\n"
    "A [linked phrase](https://example.com/b) in the first paragraph of the body.\n\n"
    "A second paragraph.\n"
)


class _FlushingCache(TextCache):
    """Writes each article as it is kept, as an export's end does (tests look at the files)."""

    def put(self, article_id: str, stat: os.stat_result, article: article_module.Article) -> None:
        super().put(article_id, stat, article)
        self.flush()


def _library(folder: Path, cache: Path) -> Library:
    library = Library.from_paths([folder], SummaryCache(None))
    library.texts = _FlushingCache(cache)
    return library


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "b.md").write_text(PAGE, encoding="utf-8")
    return folder


@pytest.fixture
def no_reading(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Records every article actually read and cleaned."""
    reads: list[Path] = []
    real = article_module.read_article

    def counting(path: Path, article_id: str, *info: os.stat_result) -> article_module.Article:
        reads.append(path)
        return real(path, article_id, *info)

    monkeypatch.setattr(article_module, "read_article", counting)
    return reads


def test_an_article_read_before_comes_back_equal_without_cleaning(
    folder: Path, tmp_path: Path, no_reading: list[Path]
) -> None:
    cache = tmp_path / "texts"
    first = [_library(folder, cache).load(entry) for entry in _library(folder, cache).entries]
    assert len(no_reading) == 2
    again = _library(folder, cache)
    assert [again.load(entry) for entry in again.entries] == first
    assert len(no_reading) == 2, "a cached article was read again"
    assert first[1].links and first[1].url == "https://example.com/a"


def test_a_changed_file_is_read_again(folder: Path, tmp_path: Path, no_reading: list[Path]) -> None:
    cache = tmp_path / "texts"
    first = _library(folder, cache)
    first.load(first.entries[0])
    path = folder / "a.txt"
    path.write_text("Another Headline Entirely\n\nBody text of the new version.\n", "utf-8")
    os.utime(path, ns=(1, 1))  # a different modification time even on coarse clocks
    again = _library(folder, cache)
    assert again.load(again.entries[0]).title == "Another Headline Entirely"
    assert len(no_reading) == 2


def test_new_cleaning_code_reads_again(
    folder: Path, tmp_path: Path, no_reading: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "texts"
    first = _library(folder, cache)
    first.load(first.entries[0])
    monkeypatch.setattr(text_cache, "version", lambda page: "another postil")
    again = _library(folder, cache)
    again.load(again.entries[0])
    assert len(no_reading) == 2


@pytest.fixture
def cleaning_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """The cleaning modules as copies this test may touch (the digests made afresh)."""
    from reader.library import summaries

    copies = []
    for module in summaries.cleaning_modules():
        copy = tmp_path / "code" / module.parent.name / module.name
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(module.read_bytes())
        copies.append(copy)
    monkeypatch.setattr(summaries, "cleaning_modules", lambda: tuple(copies))
    _made_afresh()
    yield copies
    monkeypatch.undo()
    _made_afresh()


def _made_afresh() -> None:
    from reader.library import summaries

    summaries.code_digest.cache_clear()
    summaries.code_version.cache_clear()
    text_cache.version.cache_clear()


def test_the_same_code_installed_again_reads_nothing_again(
    folder: Path, tmp_path: Path, no_reading: list[Path], cleaning_copies: list[Path]
) -> None:
    """pip gives every file it installs a new time: the code is known by its bytes."""
    cache = tmp_path / "texts"
    first = _library(folder, cache)
    first.load(first.entries[0])
    for copy in cleaning_copies:
        os.utime(copy, ns=(1, 1))
    _made_afresh()
    again = _library(folder, cache)
    again.load(again.entries[0])
    assert len(no_reading) == 1
    with cleaning_copies[0].open("ab") as code:
        code.write(b"# changed\n")
    _made_afresh()
    changed = _library(folder, cache)
    changed.load(changed.entries[0])
    assert len(no_reading) == 2


def _record(cache: Path) -> Path:
    """The one pack file (holding the one record) in ``cache``."""
    (record,) = [p for p in cache.iterdir() if p.name.endswith(".pack")]
    return record


def _replace_record(cache: Path, data: bytes) -> None:
    """The one record replaced by ``data``, in a pack of its own the index points to."""
    index = json.loads((cache / text_packs.INDEX).read_bytes())
    ((name, _),) = index["records"].items()
    _record(cache).unlink()
    text_packs.Packs(cache).write({name: data}, keep=10)


@pytest.mark.parametrize(
    "change",
    [
        lambda data: data["article"].update(text="planted \x1b]0;owned\x07 text"),
        lambda data: data["article"].update(title="a title\x1b[2J"),
        lambda data: data["article"].update(words="many"),
        lambda data: data["article"].update(links=[[0, 10**9, "https://x"]]),
        lambda data: data["article"].update(authors="Ana"),
        lambda data: data["article"].pop("encoding"),
        lambda data: data.update(article=[1, 2]),
    ],
)
def test_a_planted_or_damaged_record_is_ignored(
    folder: Path, tmp_path: Path, no_reading: list[Path], change: object
) -> None:
    cache = tmp_path / "texts"
    first = _library(folder, cache)
    article = first.load(first.entries[0])
    record = _record(cache)
    data = json.loads(record.read_bytes())
    change(data)  # type: ignore[operator]
    _replace_record(cache, json.dumps(data).encode("utf-8"))
    again = _library(folder, cache)
    assert again.load(again.entries[0]) == article
    assert len(no_reading) == 2


@pytest.mark.parametrize("junk", [b"{not json", b"[1, 2]", b"", b"\xff\xfe", b'{"key": 1}'])
def test_junk_in_the_cache_is_ignored(
    folder: Path, tmp_path: Path, no_reading: list[Path], junk: bytes
) -> None:
    cache = tmp_path / "texts"
    first = _library(folder, cache)
    article = first.load(first.entries[0])
    _replace_record(cache, junk)
    again = _library(folder, cache)
    assert again.load(again.entries[0]) == article
    assert len(no_reading) == 2


@pytest.mark.parametrize(
    "index",
    [
        b"{not json",
        b"[]",
        b'{"sequence": 1, "records": []}',
        b'{"sequence": 1, "records": {"NAME": ["PACK", -1, 10, 1]}}',
        b'{"sequence": 1, "records": {"NAME": ["PACK", 0, 100000000, 1]}}',
        b'{"sequence": 1, "records": {"NAME": ["PACK", 0, "10", 1]}}',
        b'{"sequence": 1, "records": {"NAME": ["PACK", 10000, 10, 1]}}',
    ],
)
def test_a_damaged_index_is_a_miss(
    folder: Path, tmp_path: Path, no_reading: list[Path], index: bytes
) -> None:
    """An index entry that is not sound (a path, not a pack's name; numbers out of range;
    bytes that are not there) is never followed: the article is read again."""
    cache = tmp_path / "texts"
    first = _library(folder, cache)
    article = first.load(first.entries[0])
    ((name, _),) = json.loads((cache / text_packs.INDEX).read_bytes())["records"].items()
    index = index.replace(b"NAME", name.encode()).replace(b"PACK", _record(cache).name.encode())
    (cache / text_packs.INDEX).write_bytes(index)
    again = _library(folder, cache)
    assert again.load(again.entries[0]) == article


def test_an_index_entry_naming_a_file_outside_the_cache_is_not_followed(
    folder: Path, tmp_path: Path, no_reading: list[Path]
) -> None:
    cache = tmp_path / "texts"
    first = _library(folder, cache)
    article = first.load(first.entries[0])
    record = json.loads(_record(cache).read_bytes())
    record["article"]["title"] = "Planted"
    planted = json.dumps(record).encode("utf-8")
    (tmp_path / "elsewhere.pack").write_bytes(planted)
    ((name, _),) = json.loads((cache / text_packs.INDEX).read_bytes())["records"].items()
    entry = ["../elsewhere.pack", 0, len(planted), 1]
    index = {"sequence": 1, "records": {name: entry}}
    (cache / text_packs.INDEX).write_text(json.dumps(index), encoding="utf-8")
    again = _library(folder, cache)
    assert again.load(again.entries[0]) == article
    assert len(no_reading) == 2


def test_the_cache_is_private_whatever_the_umask(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "deep" / "texts"
    old = os.umask(0)
    try:
        library = _library(folder, cache)
        library.load(library.entries[0])
    finally:
        os.umask(old)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert stat.S_IMODE(_record(cache).stat().st_mode) == 0o600


def test_an_unwritable_cache_costs_only_speed(folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "texts"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    library = _library(folder, blocker)
    assert library.load(library.entries[0]).title == "A Headline About Courts"


def test_big_articles_are_not_kept(folder: Path, tmp_path: Path) -> None:
    body = "\n\n".join(f"A paragraph of the long article, number {n}." for n in range(30_000))
    (folder / "big.txt").write_text("Long One\n\n" + body, encoding="utf-8")
    cache = tmp_path / "texts"
    library = _library(folder, cache)
    big = library.load(str(folder / "big.txt"))
    assert len(big.text) > MAX_CACHED_CHARS
    assert not cache.exists() or not list(cache.iterdir())


def test_the_folder_is_trimmed_to_its_bound(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_cache, "MAX_FILES", 4)
    monkeypatch.setattr(text_packs, "_SPARE_SECONDS", -1)  # no pack is too young to go
    for n in range(10):
        (folder / f"n{n}.txt").write_text(f"Headline {n}\n\nBody {n} of it.\n", encoding="utf-8")
    cache = tmp_path / "texts"
    library = _library(folder, cache)
    for entry in library.entries:
        library.load(entry)
    records = json.loads((cache / text_packs.INDEX).read_bytes())["records"]
    assert 1 <= len(records) <= 4
    packs = {p.name for p in cache.iterdir() if p.name.endswith(".pack")}
    assert packs == {entry[0] for entry in records.values()}, "a pack no record is in was kept"


def test_an_export_writes_one_pack_and_the_next_library_finds_every_article(
    folder: Path, tmp_path: Path, no_reading: list[Path]
) -> None:
    """Records kept during an export are written together at its end (one file, not one per
    article); records of the format before packs are removed then."""
    cache = tmp_path / "texts"
    cache.mkdir()
    legacy = cache / ("0" * 32 + ".json")
    legacy.write_text("{}", encoding="utf-8")
    library = Library.from_paths([folder], SummaryCache(None))
    library.texts = TextCache(cache)
    first = [library.load(entry) for entry in library.entries]
    assert sorted(p.name for p in cache.iterdir()) == [legacy.name], "written before the end"
    library.texts.flush()
    assert len([p for p in cache.iterdir() if p.name.endswith(".pack")]) == 1
    assert not legacy.exists()
    again = _library(folder, cache)
    assert [again.load(entry) for entry in again.entries] == first
    assert len(no_reading) == 2


def test_a_second_export_reads_no_article(
    folder: Path, tmp_path: Path, no_reading: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """An export keeps the articles it reads (Workspace.export_markdown gives the library its
    text cache): exporting again reads none while the files are unchanged, and writes the
    same. Other commands keep none (a first list of thousands must not write thousands)."""
    from reader.cli import main
    from reader.library.text_cache import default_text_cache_dir

    common = ["--db", str(tmp_path / "data" / "a.json"), "-L", str(folder)]
    assert main(["annotate", "1", "--quote", "court ruled", *common]) == 0
    assert main(["list", *common]) == 0
    assert not default_text_cache_dir().exists()
    outputs, reads = [], []
    for _ in range(2):
        before = len(no_reading)
        capsys.readouterr()
        assert main(["export", *common]) == 0
        outputs.append(re.sub(r"(?m)^exported: .*$", "", capsys.readouterr().out))
        reads.append(no_reading[before:])
    assert reads == [[folder / "a.txt"], []], "an unchanged article was read again"
    assert outputs[0] == outputs[1] and "court ruled" in outputs[0]


def _names(count: int) -> list[str]:
    return [f"{n:032x}" for n in range(count)]


def test_a_pack_mostly_unused_is_folded_into_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Articles read again leave their old records unused in older packs: a pack more than
    half unused has the rest moved into the next pack and goes, so the folder stays within
    about twice what the index points to."""
    monkeypatch.setattr(text_packs, "_SPARE_SECONDS", -1)
    folder = tmp_path / "texts"
    packs = text_packs.Packs(folder)
    packs.write({name: b"old " * 25 for name in _names(4)}, keep=100)
    packs.write({name: b"new " * 25 for name in _names(1)}, keep=100)  # 3 of 4 still used
    assert len(list(folder.glob("*.pack"))) == 2
    packs.write({name: b"new " * 25 for name in _names(3)}, keep=100)  # 1 of 4 still used
    assert len(list(folder.glob("*.pack"))) == 1, "the mostly unused pack was kept"
    fresh = text_packs.Packs(folder)
    assert [fresh.read(name) for name in _names(4)] == [b"new " * 25] * 3 + [b"old " * 25]


def test_kept_articles_are_written_once_they_pass_the_memory_bound(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An export of thousands of articles does not hold them all until it ends."""
    monkeypatch.setattr(text_cache, "_FLUSH_BYTES", 1)
    cache = tmp_path / "texts"
    library = Library.from_paths([folder], SummaryCache(None))
    library.texts = TextCache(cache)
    library.load(library.entries[0])
    assert len(list(cache.glob("*.pack"))) == 1, "not written at the bound"
