"""The names of the files beside a database file: apart from the modules that read them, so
that finding them (:mod:`annotations.fingerprint`) imports neither TinyDB nor hashlib."""

from __future__ import annotations

from pathlib import Path


def journal_path(path: Path) -> Path:
    """The journal beside the TinyDB file ``path``."""
    return path.with_name(path.name + ".journal")


def lock_path(path: Path) -> Path:
    """The lock file beside the TinyDB file ``path``."""
    return path.with_name(path.name + ".lock")


def shards_dir(path: Path) -> Path:
    """The folder holding the shards of the database file ``path``."""
    return path.with_name(path.name + ".shards")
