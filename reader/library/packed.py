"""A big file's paragraphs packed as UTF-8 in one buffer, read back one at a time.

Cleaning looks at every paragraph (furniture, dates, the last body paragraph) before the
displayed text can be joined, so all of them must be kept until then. As ``str`` objects they
cost as much as the text again (two bytes a character once one curly quote is in, plus ~50
bytes each), and joining them needs the text once more: a 100 MB file peaked near 8x its
size. Packed, they cost about the file's size; the text is joined into a second buffer, the
first is let go, and only then decoded: the peak is about the UTF-8 buffer plus the text.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

_CODEC = ("utf-8", "surrogatepass")


class PackedParagraphs(Sequence[str]):
    """Paragraphs appended in order; ``packed[i]`` decodes paragraph ``i`` when asked."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._ends = array("q")

    def extend(self, paragraphs: Iterable[str]) -> None:
        data, ends = self._data, self._ends
        for paragraph in paragraphs:
            data += paragraph.encode(*_CODEC)
            ends.append(len(data))

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self._ends)
        start = self._ends[index - 1] if index > 0 else 0
        return self._data[start : self._ends[index]].decode(*_CODEC)

    def __iter__(self) -> Iterator[str]:
        return (self[index] for index in range(len(self._ends)))

    def kept(self, indices: Sequence[int]) -> KeptParagraphs:
        """The paragraphs at ``indices``, still packed (cleaning's visible paragraphs)."""
        return KeptParagraphs(self, indices)

    def join_kept(self, indices: Sequence[int]) -> str:
        """The paragraphs at ``indices`` joined by ``"\\n"``; this buffer is emptied first
        (nothing can be read from it afterwards)."""
        out = bytearray()
        data, ends = self._data, self._ends
        for number, index in enumerate(indices):
            if number:
                out += b"\n"
            out += data[ends[index - 1] if index > 0 else 0 : ends[index]]
        self._data = bytearray()
        self._ends = array("q")
        del data
        return out.decode(*_CODEC)


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
