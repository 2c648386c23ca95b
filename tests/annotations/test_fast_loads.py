"""Shards and manifests are parsed by orjson when it reads them exactly as ``json`` does, and by
``json`` otherwise: a file means the same whichever parser read it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotations.storage import fast_loads, parse_base

ODD = [
    b'{"a": {"1": {"n": NaN}}}',
    b'{"a": {"1": {"n": 1e400}}}',
    b'{"a": {"1": {"n": 123456789012345678901234567890}}}',
    b'{"a": {"1": {"n": -9223372036854775809}}}',
    b'{"a": {"1": {"s": "\\ud800"}}}',
    b'{"a": {"1": {"s": "\\ud83d\\ude00"}}}',
    b'{"a": {"1": {"n": 1}, "1": {"n": 2}}}',
    b'{"a": {"1": {"s": "caf\xc3\xa9"}}}',
    b'{"a": {"1": ' + b'{"d": ' * 1100 + b"1" + b"}" * 1100 + b"}}",
]


@pytest.mark.parametrize("raw", ODD, ids=range(len(ODD)))
def test_odd_json_reads_as_json_reads_it(raw: bytes, tmp_path: Path) -> None:
    fast = fast_loads(raw)
    try:
        expected = json.loads(raw.decode("utf-8"))
    except RecursionError:
        assert fast is None
        return
    if fast is not None:
        assert repr(fast) == repr(expected)  # repr: nan != nan, and 1 vs 1.0 must differ
    assert repr(parse_base(tmp_path / "a.json", raw)) == repr(expected)


def test_long_integers_are_left_to_json() -> None:
    assert fast_loads(b'{"n": 123456789012345678901234567890}') is None
    assert fast_loads(b'{"n": 12345}') == {"n": 12345}


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children),
    max_leaves=20,
)


@given(JSON_VALUES)
def test_any_json_value_reads_the_same(value: object) -> None:
    raw = json.dumps({"t": {"1": {"v": value}}}).encode()
    fast = fast_loads(raw)
    assert fast is None or repr(fast) == repr(json.loads(raw))
