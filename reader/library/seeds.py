"""Where the embedded seed articles live, and the stable ids articles get."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from reader.library.errors import LibraryError

_READER = Path(__file__).resolve().parent.parent


def seeds_dir() -> Path:
    """The embedded seeds: ``<reader package>/seeds`` in a wheel, ``<project>/seeds`` editable."""
    for candidate in (_READER / "seeds", _READER.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise LibraryError("the embedded seed articles are missing (reinstall postil)")


def article_id_for(path: Path) -> str:
    """``seeds/<file name>`` for a seed, else the resolved absolute path: the same every run."""
    resolved = Path(os.path.realpath(path))
    if resolved.parent == resolved_seeds_dir():
        return f"seeds/{resolved.name}"
    return str(resolved)


@cache
def resolved_seeds_dir() -> Path | None:
    """:func:`seeds_dir` with symlinks resolved (cached), or ``None`` when there are no seeds."""
    try:
        return seeds_dir().resolve()
    except LibraryError:
        return None
