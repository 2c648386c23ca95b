"""The kept folder's article stems, remembered while the folder's time says nothing changed.

Listing a kept folder of 50,000 articles (100,000 names: each article's original is kept
beside it), picking the Markdown stems and sorting them took 100-150 ms of every ``postil
search`` and of every start of the TUI. The folder's modification time changes whenever a name
in it is added, removed or renamed, so the sorted stems are written to the cache with the time
of the folder they were listed from, and read back (a few milliseconds) while that time is the
same. A time too recent to be trusted (:mod:`reader.library.settled`) is not remembered.

The cache is one file: a header line of fields, then the stems, all separated by NUL (which
no file name holds), names that are not UTF-8 kept as they were (``surrogateescape``). A file
that is not exactly that, or is for another folder or time, is ignored and written again.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from reader.library.settled import settled

FORMAT = "postil kept listing 1"
#: A cache file bigger than this is not read (50,000 stems are about 3 MB).
MOST_BYTES = 256 * 1024 * 1024


def listed_stems(articles: Path) -> list[str]:
    """Stems of the ``*.md`` files of ``articles`` not hidden, sorted (oldest first: names
    start with the time they were added). One ``listdir``; nothing is stat'ed."""
    try:
        names = os.listdir(articles)
    except OSError:
        return []
    # A slice and a character compared per name: a regex over the names joined took five
    # times as long beside the originals a kept folder holds (``*.txt.gz``, one per article).
    stems = [name[:-3] for name in names if name[-3:] == ".md" and name[0] != "."]
    stems.sort()
    return stems


def cached_stems(articles: Path, cache: Path | None) -> list[str]:
    """:func:`listed_stems`, read from ``cache`` while the folder's time is the one it was
    listed at, and remembered there when that time can be trusted."""
    if cache is None:
        return listed_stems(articles)
    try:
        mtime = os.stat(articles).st_mtime_ns
    except OSError:
        return []
    where = os.path.abspath(articles)
    remembered = _read(cache, where, mtime)
    if remembered is not None:
        return remembered
    stems = listed_stems(articles)
    if settled(mtime) is not None:
        _write(cache, where, mtime, stems)
    return stems


def _read(cache: Path, where: str, mtime: int) -> list[str] | None:
    try:
        with cache.open("rb") as file:
            data = file.read(MOST_BYTES + 1)
    except OSError:
        return None
    if len(data) > MOST_BYTES:
        return None
    fields = data.decode("utf-8", "surrogateescape").split("\0", 3)
    if fields[:3] != [FORMAT, where, str(mtime)]:
        return None
    if len(fields) == 3:
        return []
    if "/" in fields[3]:  # no file name holds one: not a listing of ours
        return None
    stems = fields[3].split("\0")
    return stems if stems == sorted(stems) else None


def _write(cache: Path, where: str, mtime: int, stems: list[str]) -> None:
    """Write the cache whole under a temporary name, then rename it over the old one (a
    reader sees one or the other); a cache that cannot be written is left as it is."""
    text = "\0".join([FORMAT, where, str(mtime), *stems])
    temporary = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        cache.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(text.encode("utf-8", "surrogateescape"))
        os.replace(temporary, cache)
    with contextlib.suppress(OSError):
        temporary.unlink(missing_ok=True)
