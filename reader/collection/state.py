"""Reading state of a kept article: unread / read / archived, and where the reader left off.

One small JSON file per article (``state/<name>.json``), replaced atomically, so marking an
article read never rewrites the article, and an add running in another shell (which only
creates new files) cannot clobber it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from annotations.model import utc_now
from annotations.storage import atomic_write

STATES = ("unread", "read", "archived")


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


def save_state(path: Path, state: ReadingState) -> ReadingState:
    """Write ``state`` (stamped now) to ``path`` atomically; the value written."""
    if state.state not in STATES:
        raise ValueError(f"unknown reading state {state.state!r}; one of {', '.join(STATES)}")
    stamped = ReadingState(state.state, max(0, state.position), utc_now())
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"state": stamped.state, "position": stamped.position, "updated": stamped.updated}
    atomic_write(path, json.dumps(data).encode("utf-8"))
    return stamped
