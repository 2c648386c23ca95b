"""The kept folder's article stems, remembered while the folder's time says nothing changed.

Listing a kept folder of 50,000 articles (100,000 names: each article's original is kept
beside it), picking the Markdown stems and sorting them took 100-150 ms of every ``postil
search`` and of every start of the TUI. The folder's modification time changes whenever a name
in it is added, removed or renamed, so the sorted stems are written to the cache with the time
of the folder they were listed from, and read back while that time is the same. A time too
recent to be trusted (:mod:`annotations.settled`) is not remembered. The stems are those not
archived: the archived ones are part of the key.

Reading 50,000 stems back still took 20-25 ms of a fresh process (read, decode, split, check
the order), and a search whose library did not change needs none of them: only how many there
are and the digest of their ids (what the search index's folder stamp compares; hashing them
took another 10-15 ms). Those are in the cache's header, read alone; the stems are read when
something first asks for them (:class:`KeptListing`).

The cache is one file: header fields (the format, the folder, its time, the archived stems'
digest, the ids' digest, the count), then the stems, all separated by NUL (which no file name
holds), names that are not UTF-8 kept as they were (``surrogateescape``). A file that is not
exactly that, or is for another folder, time or archive, is ignored and written again; stems
found damaged when read later are listed from the folder instead.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable
from pathlib import Path

from annotations.files import atomic_write, make_private_dirs
from annotations.settled import settled
from reader.library.kept_ids import joined_digest, kept_ids_digest

FORMAT = "postil kept listing 3"
#: A cache file bigger than this is not read (50,000 stems are about 3 MB).
MOST_BYTES = 256 * 1024 * 1024
#: The header is read alone from the start of the file; it holds a folder's path (at most a
#: few KB on any system) and a few short fields.
HEADER_BYTES = 16 * 1024
_DIGEST = re.compile(r"[0-9a-f]{32}")


class KeptListing:
    """A kept folder's stems (sorted, ``archived`` ones left out), how many there are and the
    digest of their ids: the stems given, or read by a function when first asked for."""

    def __init__(
        self,
        stems: list[str] | Callable[[], list[str]],
        count: int | None = None,
        digest: str | None = None,
        archived: frozenset[str] = frozenset(),
    ) -> None:
        self._stems = stems if isinstance(stems, list) else None
        self._load = None if isinstance(stems, list) else stems
        self.count = count if count is not None else len(self._stems or ())
        self.digest = digest
        self.archived = archived
        #: The cache and key this listing is still to be written under (``later``).
        self.unwritten: tuple[Path, list[str]] | None = None

    @property
    def loaded(self) -> bool:
        return self._stems is not None

    def ids_digest(self) -> str:
        """The digest of the ids (:func:`reader.library.kept_ids.kept_ids_digest`): the one
        remembered, else made once from the stems."""
        if self.digest is None:
            self.digest = kept_ids_digest(self.stems)
        return self.digest

    def remember(self) -> None:
        """Write the listing :func:`cached_listing` was asked to write ``later`` (once; from
        any thread: the file is replaced atomically)."""
        unwritten, self.unwritten = self.unwritten, None
        if unwritten is not None:
            _write(*unwritten, self)

    @property
    def stems(self) -> list[str]:
        if self._stems is None:
            assert self._load is not None
            self._stems = self._load()
            self.count = len(self._stems)
        return self._stems


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


def cached_listing(
    articles: Path,
    cache: Path | None,
    archived: frozenset[str] = frozenset(),
    later: bool = False,
) -> KeptListing:
    """:func:`listed_stems` without ``archived``, known from ``cache`` while the folder's time
    is the one it was listed at (the stems read when asked for), and remembered there when
    that time can be trusted: at once, or ``later``, by :meth:`KeptListing.remember` (the
    TUI, after its first frame: hashing and writing 50,000 stems took 34 ms of it)."""

    def listed() -> list[str]:
        stems = listed_stems(articles)
        return [stem for stem in stems if stem not in archived] if archived else stems

    if cache is None:
        return KeptListing(listed(), archived=archived)
    try:
        mtime = os.stat(articles).st_mtime_ns
    except OSError:
        return KeptListing([], archived=archived)
    key = [FORMAT, os.path.abspath(articles), str(mtime), _archive_key(archived)]
    header = _read_header(cache, key)
    if header is not None:
        digest, count = header
        load = lambda: _read_stems(cache, key, count) or listed()  # noqa: E731
        return KeptListing(load, count, digest, archived)
    stems = listed()
    if settled(mtime) is None:
        return KeptListing(stems, archived=archived)
    listing = KeptListing(stems, len(stems), None, archived)
    listing.unwritten = (cache, key)
    if not later:
        listing.remember()
    return listing


def _archive_key(archived: frozenset[str]) -> str:
    return joined_digest("\0".join(sorted(archived))) if archived else "-"


def _read_header(cache: Path, key: list[str]) -> tuple[str, int] | None:
    """The digest and count ``cache`` holds for ``key``; ``None`` if it is for another key."""
    try:
        with cache.open("rb") as file:
            start = file.read(HEADER_BYTES)
    except OSError:
        return None
    fields = start.decode("utf-8", "surrogateescape").split("\0", len(key) + 2)
    if len(fields) < len(key) + 2 or fields[: len(key)] != key:
        return None
    digest, count = fields[len(key)], fields[len(key) + 1]
    if not (_DIGEST.fullmatch(digest) and count.isascii() and count.isdigit()):
        return None
    return digest, int(count)


def _read_stems(cache: Path, key: list[str], count: int) -> list[str] | None:
    """The stems of ``cache`` if it still holds them for ``key`` (it may have been written
    again since its header was read), ``count`` of them, in order, each a plain name."""
    try:
        with cache.open("rb") as file:
            data = file.read(MOST_BYTES + 1)
    except OSError:
        return None
    if len(data) > MOST_BYTES:
        return None
    text = data.decode("utf-8", "surrogateescape")
    fields = text.split("\0")  # one split: splitting the header off first copied 3 MB
    head = len(key) + 2
    if fields[: len(key)] != key or len(fields) < head or fields[head - 1] != str(count):
        return None
    if count == 0:
        return [] if len(fields) == head else None
    start = sum(len(field) + 1 for field in fields[:head])  # where the stems start
    del fields[:head]
    if len(fields) != count or text.find("/", start) != -1:  # a name holds no "/"
        return None
    return fields if fields == sorted(fields) else None


def _write(cache: Path, key: list[str], listing: KeptListing) -> None:
    """Write the cache whole, atomically (a reader sees the old one or the new one); one that
    cannot be written is left as it is."""
    header = [*key, listing.ids_digest(), str(listing.count)]
    text = "\0".join(header + listing.stems)
    with contextlib.suppress(OSError):  # private, as every cache: names tell what one reads
        make_private_dirs(cache.parent)
        atomic_write(cache, text.encode("utf-8", "surrogateescape"), durable=False)
