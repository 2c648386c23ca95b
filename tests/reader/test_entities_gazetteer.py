"""The gazetteer: text sources that diff line by line, and a pickle that is never stale."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

from reader.entities import gazetteer as gazetteer_module
from reader.entities.gazetteer import PICKLE, gazetteer
from reader.entities.gazetteer_compile import SOURCES, compile_tables, dumps, main


def test_pickle_is_the_compiled_sources() -> None:
    assert pickle.loads(PICKLE.read_bytes()) == pickle.loads(dumps(compile_tables())), (
        "run python -m reader.entities.gazetteer_compile"
    )
    assert main(["--check"]) == 0  # byte for byte, under PYTHONHASHSEED=0


def test_sources_are_sorted_unique_lines() -> None:
    files = sorted(SOURCES.glob("*.txt"))
    assert len(files) == 11
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines == sorted(set(lines)), path.name
        assert all(line == line.strip() and line for line in lines), path.name


def test_without_the_pickle_the_tables_are_compiled(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.setattr(gazetteer_module, "PICKLE", tmp_path / "missing.pickle")
    gazetteer_module.gazetteer.cache_clear()
    try:
        gaz = gazetteer_module.gazetteer()
        assert gaz.names["Nairobi"] == "GPE"
        assert gaz.names["Kenyans"] == "NORP"  # a derived demonym
    finally:
        gazetteer_module.gazetteer.cache_clear()
    assert gazetteer().names == gaz.names


def test_compiling_again_leaves_unchanged_products_untouched() -> None:
    """Their modification times are part of the search index's recognizer stamp: a rewrite
    of the same bytes made every index analyse its whole library again."""
    from reader.entities import regex_code

    products = [PICKLE, regex_code.CODE_FILE]
    before = [p.stat().st_mtime_ns for p in products]
    done = subprocess.run(
        [sys.executable, "-m", "reader.entities.gazetteer_compile"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert [p.stat().st_mtime_ns for p in products] == before
