"""The catalogue's packed named things: written by orjson, byte for byte what the json encoder
wrote before (so a catalogue of either is read alike and nothing is re-packed), and read back
as they were packed."""

from __future__ import annotations

import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.search.catalog import _ENCODE, pack_rows
from reader.search.things import packed_rows

# Any text but lone surrogates (which no reading text holds: files are decoded with
# replacement), control characters, quotes, backslashes and non-BMP characters included.
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
OFFSET = st.integers(min_value=0, max_value=2**40)
ROW = st.tuples(TEXT, TEXT, TEXT, st.lists(OFFSET, max_size=6)).map(
    lambda r: [r[0], r[1], r[2], *r[3]]
)


@given(st.lists(ROW, max_size=8))
def test_packed_bytes_are_the_json_encoders_and_read_back(rows: list[list[object]]) -> None:
    blob = pack_rows(rows)
    assert zlib.decompress(blob) == _ENCODE(rows).encode()
    assert packed_rows(blob) == rows


def test_rows_as_the_grouping_makes_them_tuples_included() -> None:
    rows = [
        ("PERSON", "Zoë “Z” O\\Brien", "zoe z o brien", 3, 9, 40, 46),
        ("GPE", "東京", "東京", 0, 2),
    ]
    assert zlib.decompress(pack_rows(rows)) == _ENCODE(rows).encode()


def test_a_lone_surrogate_fails_as_it_did() -> None:
    with pytest.raises(UnicodeEncodeError):
        pack_rows([["PERSON", "bad \udc80", "bad", 0, 5]])
