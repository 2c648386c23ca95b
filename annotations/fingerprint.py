"""What says, without opening the annotation store, that nothing in it changed.

Opening the store imports TinyDB and its own machinery (about 10 ms) and reads its files;
``postil search`` did that on every run only to find the search index's copy of the highlights
already in step. Every change of the annotations changes one of three things on disk: a save
appends to the main journal (its size grows); a checkpoint rewrites the database file (a new
file, renamed into place) and starts the journal again; a file of another layout, or one put
back from a backup, is another file. So the identity, size and time of the database file, its
journal and its shards' folder, read by three ``stat`` calls, change whenever the annotations
do. A time too recent to vouch for that (:mod:`annotations.settled`) gives no fingerprint:
the store is then opened and read as before.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from annotations.file_names import journal_path, shards_dir
from annotations.settled import settled

if TYPE_CHECKING:
    from annotations.store import AnnotationStore


class ClosedStore(NamedTuple):
    """An annotation store not opened yet: its database file, and how to open it."""

    path: Path
    open: Callable[[], AnnotationStore]


def store_fingerprint(path: Path) -> str | None:
    """The fingerprint of the store whose database file is ``path`` (one not created yet has
    one too), or ``None`` when a file's time is too recent to vouch for it or cannot be read."""
    parts = [os.path.abspath(path)]
    for file in (path, journal_path(path), shards_dir(path)):
        try:
            found = os.stat(file)
        except FileNotFoundError:
            parts.append("-")
            continue
        except OSError:
            return None
        if settled(found.st_mtime_ns) is None:
            return None
        parts.append(f"{found.st_dev}:{found.st_ino}:{found.st_size}:{found.st_mtime_ns}")
    return "|".join(parts)
