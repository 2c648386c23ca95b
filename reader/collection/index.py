"""The duplicate index (``index.jsonl``): which article each URL or text fingerprint belongs to.

The file only ever grows, one line per kept article (``{"id": stem, "keys": [...]}``), so a
process reads it once and afterwards only the bytes appended since (by itself or by another
``postil`` under the library lock). An add to a library of 50,000 articles costs what that one
article costs, not a re-read of 50,000 lines. A file that shrank or was replaced is read again
from its start. A torn last line (an add killed while appending) is skipped; the next append
starts on a line of its own, so it never glues a good record onto the torn one.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterable
from pathlib import Path


class KeyIndex:
    """Key -> stem, kept up to date with the file incrementally."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.keys: dict[str, str] = {}
        self.stems: set[str] = set()
        self._read = 0  # bytes of the file taken in
        self._file: tuple[int, int] | None = None  # (device, inode) of the file read
        self._ends_line = True
        self._lock = threading.Lock()

    def update(self, *, locked: bool) -> dict[str, str]:
        """Take in what was appended since the last call. ``locked``: the library lock is held,
        so a last line without its newline is torn for good (else it may be mid-append)."""
        with self._lock:
            try:
                stat = os.stat(self.path)
            except FileNotFoundError:
                self._reset(None)
                return self.keys
            except OSError:
                return self.keys
            identity = (stat.st_dev, stat.st_ino)
            if identity != self._file or stat.st_size < self._read:
                self._reset(identity)
            if stat.st_size > self._read:
                self._take_in(locked)
            return self.keys

    def _reset(self, identity: tuple[int, int] | None) -> None:
        self.keys, self.stems = {}, set()
        self._read, self._file, self._ends_line = 0, identity, True

    def _take_in(self, locked: bool) -> None:
        try:
            with self.path.open("rb") as handle:
                handle.seek(self._read)
                chunk = handle.read()
        except OSError:
            return
        complete = chunk.rfind(b"\n") + 1
        if locked:
            complete = len(chunk)  # a torn tail is consumed (skipped) under the lock
        for line in chunk[:complete].splitlines():
            self._record(line)
        self._read += complete
        if complete:
            self._ends_line = chunk[complete - 1 : complete] == b"\n"

    def _record(self, line: bytes) -> None:
        try:
            record = json.loads(line)
            stem, keys = record["id"], record["keys"]
        except (ValueError, KeyError, TypeError):
            return  # a torn line of a killed add: that article is found by Collection.check
        if not isinstance(stem, str) or not isinstance(keys, list):
            return
        self.stems.add(stem)
        for key in keys:
            self.keys.setdefault(str(key), stem)

    def append(self, records: Iterable[tuple[str, Iterable[str]]]) -> None:
        """Append ``(stem, keys)`` records (call with the library lock held, after update)."""
        lines = [
            json.dumps({"id": stem, "keys": list(keys)}, ensure_ascii=False) + "\n"
            for stem, keys in records
        ]
        if not lines:
            return
        data = "".join(lines).encode("utf-8")
        with self._lock:
            if not self._ends_line:
                data = b"\n" + data
            with self.path.open("ab") as handle:
                handle.write(data)
        self.update(locked=True)
