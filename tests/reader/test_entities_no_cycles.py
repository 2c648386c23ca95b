"""The built-in recogniser makes no reference cycles: ``postil entities FILE`` turns the
cyclic garbage collector off for its one recognition (``reader.cli.entities_cmd``), which is
only safe while nothing it allocates needs that collector to be freed."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from reader.cli import main
from reader.entities.recognizer import recognize

ROOT = Path(__file__).resolve().parents[2]


def test_recognising_news_leaves_no_cyclic_garbage() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/dev3").glob("*.txt"))
    ]
    recognize(texts[0])  # static data loaded before counting
    gc.collect()
    gc.disable()
    try:
        for text in texts:
            recognize(text)
        unreachable = gc.collect()
    finally:
        gc.enable()
    assert unreachable == 0


def test_the_collector_finds_a_cycle_here() -> None:
    """The measure above can fail: a cycle made while the collector is off is found."""
    gc.collect()
    gc.disable()
    try:
        cycle: list[object] = []
        cycle.append(cycle)
        del cycle
        unreachable = gc.collect()
    finally:
        gc.enable()
    assert unreachable >= 1


def test_the_entities_command_leaves_the_collector_as_it_found_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In-process (tests, scripts), the command pauses the collector only around its
    recognition: a command that left it off broke every later test of the process."""
    monkeypatch.setenv("POSTIL_CONFIG", str(tmp_path / "none.toml"))
    sample = tmp_path / "x.txt"
    sample.write_text("Elon Musk met officials in Beijing on Friday.\n", encoding="utf-8")
    assert gc.isenabled()
    assert main(["entities", str(sample), "--json"]) == 0
    assert "Elon Musk" in capsys.readouterr().out
    assert gc.isenabled()
