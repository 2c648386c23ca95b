"""The stored regex code (``reader.entities.regex_code``): the same patterns as ``re.compile``,
served without compiling, and ``re.compile`` whenever the store cannot serve."""

from __future__ import annotations

import pickle
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.entities import laws, numeric, regex_code
from reader.entities.names import tokens


@pytest.fixture
def fresh_store() -> Iterator[None]:
    regex_code._stored.cache_clear()
    yield
    regex_code._stored.cache_clear()


def test_every_stored_pattern_is_served_from_the_store_and_equals_re_compile() -> None:
    saved_engine, entries = pickle.loads(regex_code.CODE_FILE.read_bytes())
    if saved_engine != regex_code.engine():
        pytest.skip("the stored code is for another Python (re.compile is used instead)")
    patterns = regex_code.stored_patterns()
    assert len(patterns) > 40  # the builders' 7 and the modules' patterns
    for pattern, flags in patterns:
        assert (pattern, int(flags)) in entries  # else: python -m reader.entities.gazetteer_compile
        # Patterns compare equal only when their flags, text and compiled code are the same.
        assert regex_code.compiled(pattern, flags) == re.compile(pattern, flags)


def test_the_recogniser_uses_the_patterns_it_stores() -> None:
    assert numeric.numeric_re() == re.compile(*numeric.numeric_source())
    assert numeric._trigger_re() == re.compile(*numeric.trigger_source())
    assert laws._long_law_re() == re.compile(*laws.long_law_source())
    assert list(tokens.run_patterns()) == [re.compile(*s) for s in tokens.run_sources()]
    assert tokens._token_re() == re.compile(*tokens.token_source())


def test_a_pattern_not_in_the_store_is_compiled() -> None:
    pattern = r"(?P<DATE>\d{4})-never-stored"
    got = regex_code.compiled(pattern)
    assert got == re.compile(pattern)
    assert got.match("2024-never-stored").lastgroup == "DATE"


def test_a_store_from_another_engine_or_none_is_ignored(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fresh_store: None
) -> None:
    pattern, flags = numeric.numeric_source()
    other = tmp_path / "other.pickle"
    entries = {(pattern, int(flags)): regex_code.code_of(pattern, int(flags))}
    other.write_bytes(pickle.dumps(((3, 0, 0, 0), entries)))
    monkeypatch.setattr(regex_code, "CODE_FILE", other)
    assert regex_code._stored() == {}
    assert regex_code.compiled(pattern, flags) == re.compile(pattern, flags)

    regex_code._stored.cache_clear()
    monkeypatch.setattr(regex_code, "CODE_FILE", tmp_path / "missing.pickle")
    assert regex_code._stored() == {}

    regex_code._stored.cache_clear()
    other.write_bytes(b"not a pickle")
    monkeypatch.setattr(regex_code, "CODE_FILE", other)
    assert regex_code._stored() == {}
