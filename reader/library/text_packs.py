"""Where the text cache keeps its records: a few pack files and one index, not a file each.

Creating a file is dear for the kernel (an inode and a directory entry): measured on this
project's ext4 machine, 200 new files of 10 KB cost 53 ms of CPU, one file of the same 2 MB
3.5 ms; with ``mkstemp`` and the rename, a first export of 200 articles spent ~85 ms keeping
them, more than on anything but cleaning and the Markdown. So the records one export makes are
written together: one pack (``<random>.pack``, the records one after another) and the index
(``index.json``: for each record's name, its pack, offset, length and age), rewritten once.
A reader parses the index once and reads only its record's bytes.

Still only a cache, and not trusted: a damaged index is an empty one, an entry that is not of
its types or a record that is not where it says is a miss, and the caller checks each record
(:mod:`reader.library.text_cache`). Two writers at once may each replace the index without the
other's records: those are read again another time. A pack more than half unused (its articles
read again since, or trimmed) has the rest of its records moved into the next pack written, so
the packs hold at most about twice what the index points to. Packs the index no longer points
to are removed by the next writer (those younger than :data:`_SPARE_SECONDS` spared: another
writer's index may not be written yet), as are records of the format before packs.
"""

from __future__ import annotations

import os
import re
import time
from contextlib import suppress
from functools import lru_cache
from pathlib import Path

import orjson

from annotations.files import atomic_write, make_private_dirs

INDEX = "index.json"
#: A pack is removed only this long after it was written, once no index entry points to it.
_SPARE_SECONDS = 60
_PACK_NAME = re.compile(r"[0-9a-f]{16}\.pack")
_RECORD_NAME = re.compile(r"[0-9a-f]{32}\.json")
#: No record is longer (the text cache keeps articles up to 1 M characters, 4 bytes each).
MAX_RECORD_BYTES = 8 * 1024 * 1024

#: An index entry: pack file name, offset, length, and the sequence number of its write.
Entry = tuple[str, int, int, int]


class Packs:
    """Records by name (hex strings), written in batches and read one at a time."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._index: dict[str, object] | None = None  # parsed on the first read
        self._made = False  # the folder made private once a process, not before every write

    def read(self, name: str) -> bytes | None:
        """The record called ``name``, or None if the index has no sound entry for it."""
        if self._index is None:
            self._index = _load_index(self.folder)[1]
        entry = _entry(self._index.get(name))
        return None if entry is None else _read_at(self.folder, entry)

    def write(self, records: dict[str, bytes], keep: int) -> None:
        """Add ``records`` (name: bytes) in one new pack; the index keeps the newest ``keep``
        (a quarter fewer once it passes them, so this trims rarely). OSError if it cannot.

        The records still used in a pack that is more than half records no longer used (their
        articles read again since, or trimmed) move into the new pack, and the old one goes:
        the packs never hold much more than twice what the index points to."""
        if not records:
            return
        if not self._made:
            make_private_dirs(self.folder)
            self._made = True
        pack = f"{os.urandom(8).hex()}.pack"
        sequence, index = _load_index(self.folder)  # read now: other writers' records kept
        sequence += 1
        for name, data in records.items():
            index[name] = [pack, 0, len(data), sequence]  # placed below
        if len(index) > keep:
            index = _newest(index, keep * 3 // 4)
        placed = {name: (data, sequence) for name, data in records.items() if name in index}
        by_pack = _by_pack(index, pack)
        placed.update(_salvaged(self.folder, index, by_pack))
        offset = 0
        for name, (data, age) in placed.items():
            index[name] = [pack, offset, len(data), age]
            offset += len(data)
        body = b"".join(data for data, _ in placed.values())
        atomic_write(self.folder / pack, body, durable=False)
        document = {"sequence": sequence, "records": index}
        atomic_write(self.folder / INDEX, orjson.dumps(document), durable=False)
        self._index = index
        _remove_unused(self.folder, {pack, *by_pack})


def _read_at(folder: Path, entry: Entry) -> bytes | None:
    """The bytes an index entry points to, or None if they are not all there."""
    pack, offset, length, _ = entry
    try:
        fd = os.open(folder / pack, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        data = os.pread(fd, length, offset)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data if len(data) == length else None


def _by_pack(index: dict[str, object], new: str) -> dict[str, list[tuple[str, Entry]]]:
    """The sound entries of each pack but ``new``, by pack; unsound ones leave ``index``."""
    by_pack: dict[str, list[tuple[str, Entry]]] = {}
    unsound = []
    for name, value in index.items():
        entry = _entry(value)
        if entry is None:
            unsound.append(name)
        elif entry[0] != new:
            by_pack.setdefault(entry[0], []).append((name, entry))
    for name in unsound:
        del index[name]
    return by_pack


def _salvaged(
    folder: Path, index: dict[str, object], by_pack: dict[str, list[tuple[str, Entry]]]
) -> dict[str, tuple[bytes, int]]:
    """The records (bytes and age) of the packs in ``by_pack`` that are more than half unused,
    those packs taken out of it; an entry whose bytes cannot be read leaves ``index``."""
    moved: dict[str, tuple[bytes, int]] = {}
    for pack, entries in list(by_pack.items()):
        try:
            size = os.stat(folder / pack).st_size
        except OSError:
            continue
        if 2 * sum(entry[2] for _, entry in entries) >= size:
            continue
        del by_pack[pack]
        for name, entry in entries:
            data = _read_at(folder, entry)
            if data is None:
                del index[name]
            else:
                moved[name] = (data, entry[3])
    return moved


def _load_index(folder: Path) -> tuple[int, dict[str, object]]:
    """The last sequence number and the entries (unchecked: see :func:`_entry`); an index
    that is missing or not of its shape is empty."""
    try:
        document = orjson.loads((folder / INDEX).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return 0, {}
    if not isinstance(document, dict):
        return 0, {}
    sequence, records = document.get("sequence"), document.get("records")
    if type(sequence) is not int or not isinstance(records, dict):
        return 0, {}
    return sequence, records


def _entry(value: object) -> Entry | None:
    """An index entry if it is one (a pack's name, never a path; numbers in range). Asked of
    every entry (5,000) when a pack is written: a handful of type tests, the name's pattern
    remembered per name (an index names a few packs)."""
    if type(value) is not list or len(value) != 4:
        return None
    pack, offset, length, sequence = value
    if type(pack) is not str or not _is_pack_name(pack):
        return None
    if type(offset) is not int or type(length) is not int or type(sequence) is not int:
        return None
    if offset < 0 or sequence < 0 or not 0 <= length <= MAX_RECORD_BYTES:
        return None
    return pack, offset, length, sequence


@lru_cache(maxsize=1024)
def _is_pack_name(name: str) -> bool:
    return _PACK_NAME.fullmatch(name) is not None


def _newest(index: dict[str, object], count: int) -> dict[str, object]:
    """The ``count`` entries written last (unsound entries first to go)."""
    aged = [(entry[3] if (entry := _entry(value)) else -1, name) for name, value in index.items()]
    aged.sort(reverse=True)
    return {name: index[name] for _, name in aged[:count]}


def _remove_unused(folder: Path, used: set[str]) -> None:
    """Remove packs no entry points to (unless just written) and pre-pack records."""
    spare_from = time.time() - _SPARE_SECONDS
    with os.scandir(folder) as scan:
        for item in scan:
            old_record = _RECORD_NAME.fullmatch(item.name) is not None
            unused = _PACK_NAME.fullmatch(item.name) is not None and item.name not in used
            if old_record or (unused and item.stat().st_mtime < spare_from):
                with suppress(OSError):
                    os.unlink(item.path)
