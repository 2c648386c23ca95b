"""Reading state of a kept article: unread / read / archived, and where the reader left off.

One small JSON file per article (``state/<name>.json``), replaced atomically, so marking an
article read never rewrites the article, and an add running in another shell (which only
creates new files) cannot clobber it.

Archived articles are left out of the default list, which must not open 50,000 state files to
know which: ``archived.json`` beside ``state/`` lists their names. The state files stay the
truth; the list is changed under the library lock, before a state file when an article leaves
the archive and after it when one enters, so a crash between the two can only leave an
archived article listed (harmless), never an unarchived one hidden. A missing or unreadable
list is rebuilt from the state files.
"""

from __future__ import annotations

import json
import os
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from annotations.files import atomic_write

STATES = ("unread", "read", "archived")
#: A kept article's state is ``<kept folder>/<STATE_DIR>/<stem>.json``.
STATE_DIR = "state"


@dataclass(frozen=True)
class ReadingState:
    """``state`` is one of :data:`STATES`; ``position`` an offset in the reading text."""

    state: str = "unread"
    position: int = 0
    updated: str = ""


def load_state(path: Path) -> ReadingState:
    """The state in ``path``; a missing or unreadable file is an unread article."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return ReadingState()
    if not isinstance(data, dict):
        return ReadingState()
    state = data.get("state")
    position = data.get("position")
    return ReadingState(
        state=state if state in STATES else "unread",
        position=position if isinstance(position, int) and position >= 0 else 0,
        updated=str(data.get("updated", "")),
    )


def state_path(root: Path, stem: str) -> Path:
    """The state file of the kept article ``stem`` in the kept folder ``root``."""
    return root / STATE_DIR / f"{stem}.json"


def state_of(root: Path, stem: str) -> ReadingState:
    """The state of the kept article ``stem`` in the kept folder ``root`` (the library's rows
    show it: read here, without the adding and removing machinery of the kept folder)."""
    return load_state(state_path(root, stem))


def save_state(path: Path, state: ReadingState) -> ReadingState:
    """Write ``state`` (stamped now) to ``path`` atomically; the value written."""
    if state.state not in STATES:
        raise ValueError(f"unknown reading state {state.state!r}; one of {', '.join(STATES)}")
    from annotations.model import utc_now  # the dataclass-heavy model: not on the way to a frame

    stamped = ReadingState(state.state, max(0, state.position), utc_now())
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"state": stamped.state, "position": stamped.position, "updated": stamped.updated}
    atomic_write(path, json.dumps(data).encode("utf-8"))
    return stamped


ARCHIVED = "archived.json"


def archived_stems(root: Path) -> frozenset[str]:
    """Names of the archived articles of the kept library in ``root`` (one small file)."""
    try:
        data = json.loads((root / ARCHIVED).read_bytes())
    except FileNotFoundError:
        return _archived_from_states(root) if (root / "state").is_dir() else frozenset()
    except (OSError, ValueError):
        return _archived_from_states(root)
    if not isinstance(data, list):
        return _archived_from_states(root)
    return frozenset(stem for stem in data if isinstance(stem, str))


def _archived_from_states(root: Path) -> frozenset[str]:
    """The archived names, read from every state file, and written as the list when the
    library lock is free now (once: a library from before the list, or a damaged list)."""
    from annotations.lock import LockTimeout
    from annotations.storage import file_lock

    lock = file_lock(root / "library")
    try:
        lock.acquire(timeout=0)
    except (LockTimeout, OSError):
        return _scan_states(root)
    try:
        stems = _scan_states(root)  # under the lock: no state changes meanwhile
        with suppress(OSError):
            write_archived(root, stems)
        return stems
    finally:
        lock.release()


def _scan_states(root: Path) -> frozenset[str]:
    try:
        names = [n for n in os.listdir(root / "state") if n.endswith(".json")]
    except OSError:
        return frozenset()
    return frozenset(
        name[:-5] for name in names if load_state(root / "state" / name).state == "archived"
    )


def write_archived(root: Path, stems: frozenset[str]) -> None:
    """Replace the list of archived names (call with the library lock held)."""
    atomic_write(root / ARCHIVED, json.dumps(sorted(stems), ensure_ascii=False).encode("utf-8"))
