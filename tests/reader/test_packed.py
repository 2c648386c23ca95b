"""A big file's packed paragraphs: read back as they went in, joined as the text joins them,
and the join never holds the text twice (the reader's memory peaks there)."""

from __future__ import annotations

import sys
import tracemalloc
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.library import packed as packed_module
from reader.library.packed import PackedParagraphs, appends_in_place
from tests.scale import examples

_PARAGRAPH = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\n"), max_size=40
)


def _packed(paragraphs: list[str], batch: int) -> PackedParagraphs:
    packed = PackedParagraphs()
    for start in range(0, len(paragraphs), batch):  # a section's paragraphs at a time
        packed.extend(paragraphs[start : start + batch])
    return packed


@settings(max_examples=examples(300), deadline=None)
@given(
    paragraphs=st.lists(_PARAGRAPH, max_size=60),
    keep=st.lists(st.booleans(), min_size=60, max_size=60),
    chunk=st.sampled_from([1, 7, 50, 1 << 20]),
    piece=st.sampled_from([1, 5, 64, 1 << 16]),
    batch=st.integers(1, 9),
)
def test_paragraphs_read_back_and_join_as_a_list_would(
    paragraphs: list[str], keep: list[bool], chunk: int, piece: int, batch: int
) -> None:
    with (
        mock.patch.object(packed_module, "CHUNK_BYTES", chunk),
        mock.patch.object(packed_module, "PIECE_BYTES", piece),
    ):
        packed = _packed(paragraphs, batch)
        assert len(packed) == len(paragraphs)
        assert list(packed) == paragraphs
        assert [packed[-i] for i in range(1, len(paragraphs) + 1)] == paragraphs[::-1]
        assert packed[1:4] == paragraphs[1:4]
        kept = [index for index in range(len(paragraphs)) if keep[index]]
        visible = packed.kept(kept)
        assert list(visible) == [paragraphs[index] for index in kept]
        assert visible.join() == "\n".join(paragraphs[index] for index in kept)
        assert len(packed) == 0  # let go


def test_an_index_past_either_end_is_refused() -> None:
    packed = _packed(["one", "two"], 2)
    for index in (2, -3):
        with pytest.raises(IndexError):
            packed[index]


def test_the_join_never_holds_the_text_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    """Its memory peak over what was held before is under the text's own size: the chunks are
    let go as the text grows in place. Joined into one buffer and decoded whole, it was about
    1.6x the text (the buffer, the decoder's one-byte draft, the text)."""
    monkeypatch.setattr(packed_module, "CHUNK_BYTES", 64 * 1024)
    monkeypatch.setattr(packed_module, "PIECE_BYTES", 16 * 1024)
    paragraph = "The mayor said “the budget” was fine, and the council’s vote was delayed. " * 3
    tracemalloc.start()  # before the paragraphs are packed: letting them go counts
    try:
        packed = _packed([f"{number} {paragraph}" for number in range(20_000)], 500)
        kept = packed.kept(range(0, 20_000))
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        text = kept.join()
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert text.startswith("0 The mayor") and text.count("\n") == 19_999
    assert peak < 0.75 * sys.getsizeof(text), (peak, sys.getsizeof(text))


def test_under_a_trace_function_the_pieces_are_joined_at_the_end() -> None:
    """A debugger, coverage or a profiler turns appending in place off: each ``+=`` then
    copied the text so far (41 s for a 10 MB file under cProfile)."""
    untraced = sys.gettrace() is None and sys.getprofile() is None
    assert appends_in_place() is (untraced and sys.implementation.name == "cpython")
    paragraphs = [f"paragraph {number} — “quoted”" for number in range(2_000)]
    previous = sys.gettrace()
    sys.settrace(lambda *_: None)
    try:
        assert not appends_in_place()
        text = _packed(paragraphs, 100).kept(range(0, 2_000, 2)).join()
    finally:
        sys.settrace(previous)
    assert text == "\n".join(paragraphs[::2])
