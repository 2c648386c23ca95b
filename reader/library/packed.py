"""A big file's paragraphs packed as UTF-8 in chunks, read back one at a time.

Cleaning looks at every paragraph (furniture, dates, the last body paragraph) before the
displayed text can be joined, so all of them must be kept until then. As ``str`` objects they
cost as much as the text again (two bytes a character once one curly quote is in, plus ~50
bytes each), and joining them needs the text once more: a 100 MB file peaked near 8x its
size. Packed, they cost about the file's size.

The join is where the reader's memory peaked. Joined into one UTF-8 buffer and decoded, a
10 MB file held the packed paragraphs, the joined buffer, the decoder's one-byte draft of the
text and the text itself (about 4x the file, the text alone being 1.9x). Instead the text is
built a piece of :data:`PIECE_BYTES` at a time, each appended in place, and each chunk of
:data:`CHUNK_BYTES` is let go once read: the peak is the text plus a chunk.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

_CODEC = ("utf-8", "surrogatepass")
#: Paragraphs are packed in chunks of about this many bytes: the join frees one once read.
CHUNK_BYTES = 1 << 20
#: The join decodes this many bytes of paragraphs at a time (one paragraph if longer): small
#: enough that the decoder's drafts cost nothing, many enough that appending goes in place.
PIECE_BYTES = 1 << 16
_NEWLINE = ord("\n")


def appends_in_place() -> bool:
    """Whether ``text += piece`` grows ``text`` in place here: CPython 3.11+ does it in the
    specialised form of ``+=``, which a trace or profile function (a debugger, coverage,
    cProfile) turns off, and then each ``+=`` copies the text so far: 41 s for 10 MB."""
    return (
        sys.implementation.name == "cpython"
        and sys.version_info >= (3, 11)
        and sys.gettrace() is None
        and sys.getprofile() is None
    )


class PackedParagraphs(Sequence[str]):
    """Paragraphs appended in order; ``packed[i]`` decodes paragraph ``i`` when asked.

    Each paragraph is stored after a ``"\\n"``, so consecutive paragraphs are one slice of
    their chunk already joined as the displayed text joins them.
    """

    def __init__(self) -> None:
        self._chunks: list[bytearray] = []
        #: Where each paragraph ends, counted over all chunks, and the chunk it is in.
        self._ends = array("q")
        self._chunk_of = array("i")
        #: Where each chunk starts, counted over all chunks.
        self._chunk_start = array("q")

    def extend(self, paragraphs: Iterable[str]) -> None:
        ends, chunk_of, chunks, starts = self._ends, self._chunk_of, self._chunks, self._chunk_start
        for paragraph in paragraphs:
            if not chunks or len(chunks[-1]) >= CHUNK_BYTES:
                starts.append(ends[-1] if ends else 0)
                chunks.append(bytearray())
            chunk = chunks[-1]
            chunk.append(_NEWLINE)
            chunk += paragraph.encode(*_CODEC)
            ends.append(starts[-1] + len(chunk))
            chunk_of.append(len(chunks) - 1)

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        ends = self._ends
        if index < 0:
            index += len(ends)
            if index < 0:
                raise IndexError("paragraph index out of range")
        chunk = self._chunk_of[index]  # IndexError past the end
        offset = self._chunk_start[chunk]
        start = (ends[index - 1] if index else 0) - offset + 1  # past the "\n" before it
        return self._chunks[chunk][start : ends[index] - offset].decode(*_CODEC)

    def __iter__(self) -> Iterator[str]:
        return (self[index] for index in range(len(self._ends)))

    def kept(self, indices: Sequence[int]) -> KeptParagraphs:
        """The paragraphs at ``indices``, still packed (cleaning's visible paragraphs)."""
        return KeptParagraphs(self, indices)

    def join_kept(self, indices: Sequence[int]) -> str:
        """The paragraphs at ``indices`` (ascending) joined by ``"\\n"``; the packed
        paragraphs are let go meanwhile (nothing can be read from them afterwards).

        ``text += piece`` on a string nothing else holds grows it in place (CPython resizes
        it, and the C library moves a big block's pages rather than copying them): the text
        is never held twice. A piece wider than the text so far (a first curly quote after
        megabytes of ASCII) makes one copy in the wider form, as decoding whole always did.
        Where appending would copy (:func:`appends_in_place`), the pieces are joined at the
        end instead: twice the text for a moment, but no slower.
        """
        pieces = self._pieces(indices)
        if appends_in_place():
            text = ""
            for piece in pieces:
                text += piece
        else:
            text = "".join(pieces)
        self._chunks.clear()
        self._ends = array("q")
        self._chunk_of = array("i")
        self._chunk_start = array("q")
        return text

    def _pieces(self, indices: Iterable[int]) -> Iterator[str]:
        """The text of the paragraphs at ``indices``, a run of them at a time."""
        skip = 1  # the first paragraph has no "\n" before it
        for chunk, start, end in self._runs(indices):
            yield self._chunks[chunk][start + skip : end].decode(*_CODEC)
            skip = 0

    def _runs(self, indices: Iterable[int]) -> Iterator[tuple[int, int, int]]:
        """``(chunk, start, end)``: runs of consecutive ``indices`` in one chunk, as byte
        ranges of that chunk, each at most :data:`PIECE_BYTES` (or one paragraph). A chunk
        is emptied once the runs have passed it."""
        ends, chunk_of, offsets = self._ends, self._chunk_of, self._chunk_start
        chunk = -1
        run: list[int] = []  # [chunk, start, end, last index], offsets in the chunk
        for index in indices:
            if chunk_of[index] != chunk:  # in a later chunk: the earlier ones are read
                if run:
                    yield run[0], run[1], run[2]
                    run = []
                chunk = self._let_go_before(chunk, chunk_of[index])
            offset = offsets[chunk]
            start = (ends[index - 1] if index > 0 else 0) - offset
            end = ends[index] - offset
            if run and run[3] == index - 1 and end - run[1] <= PIECE_BYTES:
                run[2], run[3] = end, index
                continue
            if run:
                yield run[0], run[1], run[2]
            run = [chunk, start, end, index]
        if run:
            yield run[0], run[1], run[2]

    def _let_go_before(self, read: int, chunk: int) -> int:
        """Empty the chunks from ``read`` (the one read last, -1 for none) up to ``chunk``
        (their memory goes back: a big block has a mapping of its own, see :mod:`.heap`);
        returns ``chunk``."""
        for done in range(max(0, read), chunk):
            self._chunks[done] = bytearray()
        return chunk


class KeptParagraphs(Sequence[str]):
    """Some of a :class:`PackedParagraphs`, by index, read one at a time."""

    def __init__(self, packed: PackedParagraphs, indices: Sequence[int]) -> None:
        self._packed = packed
        self._indices = indices

    def __len__(self) -> int:
        return len(self._indices)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._packed[self._indices[index]]

    def __iter__(self) -> Iterator[str]:
        return (self._packed[index] for index in self._indices)

    def join(self) -> str:
        """All of them joined by ``"\\n"`` (the packed paragraphs are emptied)."""
        return self._packed.join_kept(self._indices)
