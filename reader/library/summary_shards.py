"""The summary cache on disk: shards of a few thousand records, in library order.

The first screen needs the summaries of the first rows only. One JSON file of 50,000 records
(11.5 MB) had to be parsed whole before it; here the records are written in the order they were
last asked for (the library's order) into shards of :data:`SHARD_RECORDS`, named by a small
manifest, and read one shard at a time, only as far as the rows asked for so far. ``postil list``
reads them all, each with one ``orjson.loads`` (1.5-3x faster than ``json`` on them; a record
it reads otherwise than ``json`` would is at worst rejected by the summary's checks, a cache
miss). They are written by ``orjson.dumps`` too: compact, and several times faster. What a
shard holds is its writer's business (:mod:`summary_columns`: a list per field).

Writing: new shard files under fresh names, then the manifest replaced atomically, then the old
shards deleted; a reader that loses a shard to a concurrent save sees fewer records (a cache
miss, never a wrong summary). Anything unreadable is skipped; the cache is rebuilt as articles
are read again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path

import orjson

from annotations.files import atomic_write, make_private_dirs
from annotations.inert import utf8_json_strings_are_inert

#: Records per shard: the first shard (the first screen) parses in a few milliseconds.
SHARD_RECORDS = 2_000


class Shards:
    """Read ``manifest`` (a JSON file) and its shards lazily; write them anew."""

    def __init__(self, manifest: Path, version: str, code: Callable[[], str] | None = None) -> None:
        self.manifest = manifest
        self.folder = manifest.with_name(manifest.stem + ".shards")
        #: The records' version (cheap to make: the code's files' times), and the maker of
        #: what it stands for (the code's bytes: made only when a version differs).
        self.version, self._code = version, code
        self._pending: list[str] | None = None  # shard names not read yet

    def _names(self) -> list[str]:
        if self._pending is None:
            self._pending = []
            try:
                data = json.loads(self.manifest.read_bytes())
            except (OSError, ValueError):
                return self._pending
            if not isinstance(data, dict):
                return self._pending
            if data.get("version") != self.version and not self._same_code(data):
                return self._pending
            shards = data.get("shards")
            if isinstance(shards, list):
                self._pending = [n for n in shards if isinstance(n, str) and _safe_name(n)]
        return self._pending

    def _same_code(self, data: dict[str, object]) -> bool:
        """Whether a manifest of another version was written by the same code (installed
        again: new times, the same bytes). Then its version is brought up to date, so the
        next start does not make the digest again (a manifest replaced meanwhile by another
        process may be replaced by this one: a cache, its records are only made again)."""
        if self._code is None or data.get("code") != self._code():
            return False
        with suppress(OSError):
            atomic_write(self.manifest, json.dumps({**data, "version": self.version}).encode())
        return True

    def more(self) -> bool:
        """True while shards remain unread."""
        return bool(self._names())

    def next_shard(self) -> tuple[object, bool]:
        """The parsed JSON of the next unread shard (None if it is gone or damaged), and
        whether its text was seen to hold no character a summary must not have."""
        names = self._names()
        if not names:
            return None, True
        name = names.pop(0)
        try:
            raw = (self.folder / name).read_bytes()
            data = orjson.loads(raw)
        except (OSError, ValueError):
            return None, True
        return data, utf8_json_strings_are_inert(raw)  # orjson's keys are str; values checked

    def write(self, shards: Iterable[bytes], records: int) -> None:
        """Replace the cache with ``shards`` (each one shard's JSON text, in order) holding
        ``records`` in all (OSError if it cannot)."""
        make_private_dirs(self.folder)
        token = os.urandom(4).hex()  # what secrets.token_hex does, without importing hmac
        names: list[str] = []
        for number, shard in enumerate(shards):
            name = f"{number:05d}-{token}.json"
            atomic_write(self.folder / name, shard)
            names.append(name)
        manifest = {"version": self.version, "shards": names, "records": records}
        if self._code is not None:
            manifest["code"] = self._code()
        atomic_write(self.manifest, json.dumps(manifest).encode())
        for old in os.listdir(self.folder):
            if old.endswith(".json") and old not in names:
                with suppress(OSError):
                    os.unlink(self.folder / old)


def _safe_name(name: str) -> bool:
    """A shard name as :meth:`Shards.write` makes them (never a path elsewhere)."""
    return name.endswith(".json") and "/" not in name and "\\" not in name and ".." not in name
