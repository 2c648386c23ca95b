"""Bytes to text: BOMs, UTF-8, UTF-16/32, then the Windows/Latin-1 fallbacks; binary is refused.

Order matters: a BOM is the only reliable signal, strict UTF-8 almost never succeeds by accident
on other encodings, and cp1252 is what most legacy Western news text actually is (it differs from
Latin-1 exactly where curly quotes and dashes live). Latin-1 decodes any byte, so it comes last.
A hand-written cascade is enough here: the candidates are few and a statistical detector such as
charset-normalizer would add a dependency and guess wrongly on short texts.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

from reader.library.errors import ArticleError
from reader.library.inert import display_name

#: Files larger than this are refused rather than opened. Up to it a text opens progressively
#: (its first screen first, see :mod:`reader.library.sections`) in memory near its own size;
#: past it even the finished text and its layout would not fit a reader's laptop comfortably.
MAX_BYTES = 256_000_000

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Bytes that never occur in text: C0 controls other than tab, newlines, form feed and ESC.
_BINARY_BYTES = frozenset(set(range(0x09)) | {0x0E, 0x0F} | set(range(0x10, 0x1B)) | {0x1C})
#: How much of the start of a file decides UTF-16 without a BOM, and binary.
SAMPLE_BYTES = 8192
_BINARY_TABLE = bytes(sorted(_BINARY_BYTES))  # for bytes.translate: counted in C


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs sit in every other byte, as in ASCII-heavy UTF-16."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(sample: bytes) -> bool:
    """True when the sample has more bytes that plain text never contains than a stray few."""
    odd = len(sample) - len(sample.translate(None, _BINARY_TABLE))
    # a few stray controls in real text are shown inert; binaries are full of them
    return odd > 4 + len(sample) // 50


_NON_ASCII = re.compile(r"[^\x00-\x7f\ufffd]")


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few damaged bytes (a bad copy, a truncated download) stays UTF-8.

    Falling back to cp1252 for one bad byte would turn every other accent and curly quote in
    the text into mojibake, so when valid multi-byte sequences far outnumber the bad bytes the
    bad bytes alone are replaced (U+FFFD) and the encoding says so.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = len(_NON_ASCII.findall(text))
    if bad <= 0 or good < 4 * bad:
        return None
    return text, f"utf-8 ({bad} bad byte{'s' if bad > 1 else ''} replaced)"


def encoding_from_head(head: bytes, name: str) -> tuple[str, str] | None:
    """``(codec, label)`` when a file's first bytes decide its encoding (a BOM, NUL-spaced
    UTF-16), ``None`` when the whole must be tried (UTF-8, else cp1252...); raises
    :class:`ArticleError` for binary. For reading a big file incrementally."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            codec = "utf-8-sig" if encoding == "utf-8" else encoding
            return codec, codec
    sample = head[:SAMPLE_BYTES]
    wide = _utf16_without_bom(sample)
    if wide is not None:
        return wide, wide
    if _looks_binary(sample):
        raise ArticleError(f"binary file (not text): {name}")
    return None


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str]:
    """``(text, encoding)`` of ``data``; newlines are left as they are.

    Raises :class:`ArticleError` for data that is not text (``name`` goes into the message).
    Empty data decodes to ``("", "utf-8")``: whether empty is acceptable is the caller's call.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding.replace("utf-8", "utf-8-sig")
            except UnicodeDecodeError:
                raise ArticleError(
                    f"damaged {encoding.upper()} text (bad bytes after its BOM): {name}"
                ) from None
    sample = data[:SAMPLE_BYTES]
    wide = _utf16_without_bom(sample)
    if wide is not None:
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError:
            pass
    if _looks_binary(sample):
        raise ArticleError(f"binary file (not text): {name}")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = _mostly_utf8(data)
    if damaged is not None:
        return damaged
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def refuse_oversized(size: int, name: str) -> None:
    """Raise the one-line refusal for a file of ``size`` bytes over :data:`MAX_BYTES`."""
    if size > MAX_BYTES:
        raise ArticleError(
            f"file too large to open as an article ({size / 1e6:.1f} MB, "
            f"limit {MAX_BYTES / 1e6:.0f} MB): {name}"
        )


def checked_size(path: Path, info: os.stat_result | None = None) -> int:
    """The size of the regular file ``path``; refuses what :func:`read_bytes` refuses.

    ``info``: its ``os.stat`` already taken (listing 50,000 articles stats each once)."""
    name = display_name(str(path))
    if info is None:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            raise ArticleError(f"file not found (moved or deleted?): {name}") from None
        except OSError as error:
            raise ArticleError(f"cannot read {name}: {error.strerror or error}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(f"is a folder, not an article: {name}")
    if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
        raise ArticleError(f"not a regular file: {name}")
    refuse_oversized(info.st_size, name)
    return info.st_size


#: Opening never waits: a FIFO put where a file was stat'ed opens at once (and is then refused).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
_OPEN_FLAGS |= getattr(os, "O_BINARY", 0)  # (no FIFOs, and no O_NONBLOCK, on Windows)


def open_article_file(path: Path) -> BinaryIO:
    """``path`` opened for reading, if it is still a regular file once open.

    A stat before the open is not enough: the file can be swapped for a FIFO between the two,
    and a plain ``open`` of a FIFO waits for a writer forever (the list or the reader would
    hang). Opened without waiting, then checked on the open descriptor, nothing can change in
    between. Raises :class:`ArticleError` with the same one-line reasons as :func:`checked_size`
    (the store's :func:`annotations.files.open_regular` does the same for its files, with the
    store's errors).
    """
    name = display_name(str(path))
    try:
        handle = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise ArticleError(f"file not found (moved or deleted?): {name}") from None
    except IsADirectoryError:
        raise ArticleError(f"is a folder, not an article: {name}") from None
    except OSError as error:
        raise ArticleError(f"cannot read {name}: {error.strerror or error}") from None
    try:
        mode = os.fstat(handle).st_mode
    except OSError as error:
        os.close(handle)
        raise ArticleError(f"cannot read {name}: {error.strerror or error}") from None
    if not stat.S_ISREG(mode):
        os.close(handle)
        kind = "is a folder, not an article" if stat.S_ISDIR(mode) else "not a regular file"
        raise ArticleError(f"{kind}: {name}")
    return os.fdopen(handle, "rb")  # O_NONBLOCK does nothing to a regular file's reads


def read_bytes(path: Path, size: int | None = None) -> bytes:
    """The bytes of ``path``, refusing what is missing, not a file, unreadable or too large
    (``size``: what :func:`checked_size` said of it, not asked again)."""
    size = checked_size(path) if size is None else size
    try:
        with open_article_file(path) as handle:
            # its size and a byte more, then the rest if it grew (asking for MAX_BYTES at once
            # makes every read of an 8 kB file allocate and free a 256 MB buffer)
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(MAX_BYTES + 1 - len(data))
    except FileNotFoundError:
        raise ArticleError(f"file not found (moved or deleted?): {_shown(path)}") from None
    except OSError as error:
        raise ArticleError(f"cannot read {_shown(path)}: {error.strerror or error}") from None
    if len(data) > MAX_BYTES:
        raise ArticleError(f"file grew too large while being read: {_shown(path)}")
    return data


def _shown(path: Path) -> str:
    return display_name(str(path))


def read_text(path: Path) -> str:
    """The decoded text of ``path``, newlines exactly as in the file (offsets index this).

    Used by ``postil entities PATH``. Raises :class:`ArticleError` like :func:`read_bytes` and
    :func:`decode_bytes`.
    """
    path = Path(path)
    text, _ = decode_bytes(read_bytes(path), display_name(path.name))
    return text
