"""Reading a database's files as plain JSON, the way a person or another program would,
independently of the store (the oracle of the layout tests)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def shard_files(path: Path) -> list[Path]:
    """The shard files of the database ``path`` (``annotations.json.shards/*.json``)."""
    return sorted(path.with_name(path.name + ".shards").glob("*.json"))


def shard_docs(path: Path) -> dict[str, dict[str, Any]]:
    """Every annotation document in the shard files (their journals not replayed), by doc id."""
    docs: dict[str, dict[str, Any]] = {}
    for shard in shard_files(path):
        docs.update(json.loads(shard.read_bytes()).get("annotations", {}))
    return docs


def shard_journal_lines(path: Path) -> list[bytes]:
    """The transaction lines of every shard journal (headers left out)."""
    lines: list[bytes] = []
    for shard in shard_files(path):
        journal = shard.with_name(shard.name + ".journal")
        if journal.exists():
            lines += journal.read_bytes().splitlines()[1:]
    return lines
