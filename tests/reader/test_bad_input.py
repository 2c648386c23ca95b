"""Bad article input: each file opens sensibly or fails with a clear one-line reason."""

from __future__ import annotations

import codecs
import os
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.library import (
    MAX_BYTES,
    ArticleError,
    Library,
    LibraryError,
    decode_bytes,
    load_article,
    read_text,
)
from reader.library.article import read_article
from reader.library.bulk_summaries import listed_summary
from reader.library.summaries import Summary

_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
BODY = "The council approved the budget on Tuesday after a long debate.\n"


def _write(tmp_path: Path, data: bytes, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _one_line(error: pytest.ExceptionInfo[Exception]) -> str:
    message = str(error.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_empty_file_is_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(ArticleError) as error:
        load_article(_write(tmp_path, b"", "empty.txt"))
    assert _one_line(error) == "empty file: empty.txt"


def test_white_space_only_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="only white space"):
        load_article(_write(tmp_path, b" \r\n\t\n  \n"))


def test_only_furniture_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="only page furniture"):
        load_article(_write(tmp_path, b"Advertisement\nShare\nLeave a Reply\n"))


def test_binary_file_is_refused(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
    with pytest.raises(ArticleError) as error:
        load_article(_write(tmp_path, png, "x.bin"))
    assert _one_line(error) == "binary file (not text): x.bin"


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [
        ("Café “Noël” – 5 €".encode("cp1252"), "cp1252", "Café “Noël” – 5 €"),
        ("Zürich à Genève".encode("latin-1"), "cp1252", "Zürich à Genève"),
        # 0x81 is undefined in cp1252: only Latin-1 can decode it
        (b"Stra\xdfe \x81", "latin-1", "Straße \x81"),
        (codecs.BOM_UTF8 + "Ünïcode".encode(), "utf-8-sig", "Ünïcode"),
        (codecs.BOM_UTF16_LE + "TikTok 北京".encode("utf-16-le"), "utf-16-le", "TikTok 北京"),
        (codecs.BOM_UTF16_BE + "TikTok 北京".encode("utf-16-be"), "utf-16-be", "TikTok 北京"),
        (codecs.BOM_UTF32_LE + "wide".encode("utf-32-le"), "utf-32-le", "wide"),
        (
            "no BOM at all, still UTF-16".encode("utf-16-le"),
            "utf-16-le",
            "no BOM at all, still UTF-16",
        ),
        ("plain “utf-8”".encode(), "utf-8", "plain “utf-8”"),
        # one damaged byte in otherwise good UTF-8 is replaced, not a reason for mojibake
        (
            "“Zoë’s café” – naïve ".encode() + b"\xff" + " déjà vu".encode(),
            "utf-8 (1 bad byte replaced)",
            "“Zoë’s café” – naïve \ufffd déjà vu",
        ),
    ],
)
def test_decoding(data: bytes, encoding: str, expected: str) -> None:
    assert decode_bytes(data) == (expected, encoding)


def test_utf16_article_loads(tmp_path: Path) -> None:
    text = "Flood warning issued for the valley\r\n" + BODY.replace("\n", "\r\n")
    article = load_article(_write(tmp_path, codecs.BOM_UTF16_LE + text.encode("utf-16-le")))
    assert (article.title, article.text, article.encoding) == (
        "Flood warning issued for the valley",
        BODY.strip(),
        "utf-16-le",
    )


def test_crlf_and_lone_cr_newlines(tmp_path: Path) -> None:
    data = b"A headline about the port strike\r\rFirst paragraph here.\r\nSecond one.\rThird.\r"
    article = load_article(_write(tmp_path, data))
    assert article.title == "A headline about the port strike"
    assert article.text == "First paragraph here.\nSecond one.\nThird."
    # read_text keeps the file's newlines, so offsets index the file as it is
    assert read_text(tmp_path / "a.txt") == data.decode()


def test_300_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: no 300 MB written
        handle.truncate(300 * 1024 * 1024)
    assert 200 * 1024 * 1024 < MAX_BYTES < 300 * 1024 * 1024
    with pytest.raises(ArticleError) as error:
        load_article(path)
    assert _one_line(
        error
    ) == "file too large to open as an article (314.6 MB, limit 256 MB): " + str(path)
    with pytest.raises(ArticleError, match="too large"):
        read_text(path)


def test_200_kb_line_without_spaces(tmp_path: Path) -> None:
    data = ("x" * 200_000 + "\n" + BODY + "\n" + "y" * 200_000).encode()
    article = load_article(_write(tmp_path, data))
    assert article.title == BODY.strip().rstrip(".")  # the first real sentence
    assert article.text.split("\n")[0] == "x" * 200_000
    assert article.words == 2 + len(BODY.split())
    alone = load_article(_write(tmp_path, b"z" * 200_000, "alone.txt"))
    assert alone.title == "z" * 79 + "…"


def test_one_huge_paragraph_of_words_opens(tmp_path: Path) -> None:
    data = ("word. " * 40_000 + "\n" + "a|b " * 50_000).encode()
    assert load_article(_write(tmp_path, data)).words > 0


def test_cjk_arabic_emoji_and_combining_marks(tmp_path: Path) -> None:
    text = (
        "北京宣布新的数据安全规定\n"
        "中国政府周五宣布了新的数据安全规定。\n"
        "أعلنت الحكومة عن قواعد جديدة لحماية البيانات.\n"
        "Emoji 👍🏽 and family 👨‍👩‍👧 stay; so do combining marks: e\u0301 and n\u0303.\n"
    )
    article = load_article(_write(tmp_path, text.encode()))
    assert article.title == "北京宣布新的数据安全规定"
    assert article.text == text.strip().split("\n", 1)[1]
    # each Han character counts as a word (17, not the full stop); Arabic 7; the last line 13
    assert article.words == 17 + 7 + 13


def test_terminal_escapes_and_controls_are_inert(tmp_path: Path) -> None:
    evil = (
        "Headline with \x1b[31mcolour\x1b[0m inside\n"
        "Body with an OSC title \x1b]0;pwned\x07 and CSI \x9b2J and DEL \x7f and\ttab.\n"
        "Backspace\x08 and bell\x07 and NUL\x00 too.\n"
    )
    article = load_article(_write(tmp_path, evil.encode()))
    for value in (article.title, article.text):
        assert not _CONTROL.search(value)
    assert article.title == "Headline with ␛[31mcolour␛[0m inside"
    assert "␛]0;pwned␇" in article.text and "\ufffd2J" in article.text
    assert "DEL ␡ and tab." in article.text and "NUL␀ too." in article.text


def test_file_name_with_escape_is_shown_inert(tmp_path: Path) -> None:
    path = _write(tmp_path, b"", "bad\x1b]0;x\x07.txt")
    entry = Library.from_paths([tmp_path]).entries[0]
    assert not _CONTROL.search(entry.name)
    with pytest.raises(ArticleError) as error:
        load_article(path)
    assert not _CONTROL.search(_one_line(error))


def test_file_name_that_is_not_utf8_can_be_printed(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw, "wb") as handle:
        handle.write(b"")
    entry = Library.from_paths([tmp_path]).entries[0]
    assert entry.name == "caf\ufffd.txt"
    entry.name.encode("utf-8")  # printable: no lone surrogates
    with pytest.raises(ArticleError) as error:
        Library.from_paths([tmp_path]).load(entry)
    str(error.value).encode("utf-8")


def test_a_big_folder_is_listed_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """2,000 files (10,000 and the time it takes: tests/benchmarks/bench_big_inputs.py)."""
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(2_000):
        (folder / f"{number:05d}.txt").touch()
    (folder / ".hidden.txt").touch()
    (folder / "notes.json").touch()
    with monkeypatch.context() as patch:
        patch.setattr("builtins.open", _no_reading)
        patch.setattr("io.open", _no_reading)
        library = Library.from_paths([folder])
    assert len(library.entries) == 2_000
    assert library.entries[0].name == "00000.txt" and library.entries[-1].name == "01999.txt"


def _no_reading(*args: object, **kwargs: object) -> None:
    raise AssertionError(f"a file was opened: {args}")


def test_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(ArticleError, match="not a regular file"):
        load_article(tmp_path / "pipe.txt")


def _swapped_for_a_fifo(path: Path, content: bytes, size: int | None = None) -> os.stat_result:
    """Write ``path``, stat it, then put a FIFO in its place: the race of a file replaced
    between the stat a listing takes and the open that reads it. The stat is returned
    (with ``size`` as its size if given)."""
    path.write_bytes(content)
    info = os.stat(path)
    path.unlink()
    os.mkfifo(path)
    if size is None:
        return info
    fields = list(info[:10])
    fields[6] = size
    return os.stat_result(fields)


def _finishes(action: Callable[[], object]) -> object:
    """``action()``'s result or exception; fails (rather than hanging the suite) if it waits."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(action())
        except Exception as error:  # the outcome under test
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=10)
    assert outcome, "waited on a FIFO (no writer will ever come)"
    return outcome[0]


@pytest.mark.parametrize("size", [None, 20_000_000], ids=["whole", "in-sections"])
def test_a_file_swapped_for_a_fifo_after_its_stat_is_refused_not_waited_on(
    tmp_path: Path, size: int | None
) -> None:
    path = tmp_path / "swapped.txt"
    info = _swapped_for_a_fifo(path, ("A headline\n" + BODY).encode(), size)
    error = _finishes(lambda: read_article(path, "swapped", info))
    assert isinstance(error, ArticleError)
    assert str(error) == f"not a regular file: {path}"


def test_a_listed_file_swapped_for_a_fifo_is_listed_as_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "kept.md"
    info = _swapped_for_a_fifo(path, b"---\ntitle: Kept\n---\n\n" + BODY.encode())
    summary = _finishes(lambda: listed_summary("kept", str(path), "kept.md", info))
    assert isinstance(summary, Summary)
    assert summary.error == f"not a regular file: {path}"


def test_file_that_disappears_while_open(tmp_path: Path) -> None:
    path = _write(tmp_path, ("A headline for a short life\n" + BODY).encode())
    library = Library.from_paths([path])
    assert library.load(library.entries[0]).title == "A headline for a short life"
    path.unlink()
    with pytest.raises(ArticleError) as error:
        library.load(library.entries[0])
    assert _one_line(error) == "file not found (moved or deleted?): a.txt"


def test_file_that_changes_while_open_is_reloaded(tmp_path: Path) -> None:
    path = _write(tmp_path, ("A headline for version one\n" + BODY).encode())
    library = Library.from_paths([tmp_path])
    first = library.load(library.entries[0])
    assert library.load(library.entries[0]) is first  # cached
    path.write_bytes(("A new headline for version two\n" + BODY).encode())
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 1_000_000))
    assert library.load(library.entries[0]).title == "A new headline for version two"


def test_folder_or_missing_path_given_as_article(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="is a folder"):
        load_article(tmp_path)
    with pytest.raises(ArticleError, match="file not found"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(LibraryError) as error:
        Library.from_paths([tmp_path / "nope"])
    assert _one_line(error) == f"no such file or folder: {tmp_path / 'nope'}"
    with pytest.raises(LibraryError, match=r"no \.txt, \.md or \.html articles"):
        Library.from_paths([tmp_path])
