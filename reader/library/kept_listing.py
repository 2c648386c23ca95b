"""The kept folder's article stems, remembered while the folder's time says nothing changed.

Listing a kept folder of 50,000 articles (100,000 names: each article's original is kept
beside it), picking the Markdown stems and sorting them took 100-150 ms of every ``postil
search`` and of every start of the TUI. The folder's modification time changes whenever a name
in it is added, removed or renamed, so the sorted stems are written to the cache with the time
of the folder they were listed from, and read back (a few milliseconds) while that time is the
same. A time too recent to be trusted (:mod:`annotations.settled`) is not remembered.
The digest of the articles' ids (what the search index's folder stamp compares) is remembered
with them: hashing 50,000 ids took another 10-15 ms of each search.

The cache is one file: header fields (the format, the folder, its time, the digest), then the
stems, all separated by NUL (which no file name holds), names that are not UTF-8 kept as they
were (``surrogateescape``). A file that is not exactly that, or is for another folder or time,
is ignored and written again.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path
from typing import NamedTuple

from annotations.settled import settled
from reader.library.kept_ids import kept_ids_digest

FORMAT = "postil kept listing 2"
_DIGEST = re.compile(r"[0-9a-f]{32}")
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


class KeptListing(NamedTuple):
    """A kept folder's stems, sorted, and the digest of their ids if it is known."""

    stems: list[str]
    digest: str | None = None


def cached_listing(articles: Path, cache: Path | None) -> KeptListing:
    """:func:`listed_stems`, read from ``cache`` with their ids' digest while the folder's time
    is the one it was listed at, and remembered there when that time can be trusted."""
    if cache is None:
        return KeptListing(listed_stems(articles))
    try:
        mtime = os.stat(articles).st_mtime_ns
    except OSError:
        return KeptListing([])
    where = os.path.abspath(articles)
    remembered = _read(cache, where, mtime)
    if remembered is not None:
        return remembered
    stems = listed_stems(articles)
    if settled(mtime) is None:
        return KeptListing(stems)
    listing = KeptListing(stems, kept_ids_digest(stems))
    _write(cache, where, mtime, listing)
    return listing


def _read(cache: Path, where: str, mtime: int) -> KeptListing | None:
    try:
        with cache.open("rb") as file:
            data = file.read(MOST_BYTES + 1)
    except OSError:
        return None
    if len(data) > MOST_BYTES:
        return None
    fields = data.decode("utf-8", "surrogateescape").split("\0", 4)
    if fields[:3] != [FORMAT, where, str(mtime)] or len(fields) < 4:
        return None
    if not _DIGEST.fullmatch(digest := fields[3]):
        return None
    if len(fields) == 4:
        return KeptListing([], digest)
    if "/" in fields[4]:  # no file name holds one: not a listing of ours
        return None
    stems = fields[4].split("\0")
    return KeptListing(stems, digest) if stems == sorted(stems) else None


def _write(cache: Path, where: str, mtime: int, listing: KeptListing) -> None:
    """Write the cache whole under a temporary name, then rename it over the old one (a
    reader sees one or the other); a cache that cannot be written is left as it is."""
    assert listing.digest is not None
    text = "\0".join([FORMAT, where, str(mtime), listing.digest, *listing.stems])
    temporary = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        cache.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(text.encode("utf-8", "surrogateescape"))
        os.replace(temporary, cache)
    with contextlib.suppress(OSError):
        temporary.unlink(missing_ok=True)
