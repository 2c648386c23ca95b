"""Counting the store's whole-file parses, for tests that a reader of one article parses only
what it needs (the manifest index, the shard index)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest


def count_parses(monkeypatch: pytest.MonkeyPatch, module: ModuleType) -> list[Path]:
    """The path of each file ``module`` parses whole with its ``parse_base`` from now on (the
    list grows as they happen)."""
    seen: list[Path] = []
    real = module.parse_base

    def counting(path: Path, raw: bytes) -> object:
        seen.append(path)
        return real(path, raw)

    monkeypatch.setattr(module, "parse_base", counting)
    return seen
