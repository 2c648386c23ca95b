"""Big files, read a section at a time: the same cleaning in memory near the text's own size.

Read whole, a 200 MB text costs about twenty times its size (the bytes, the decoded, the
normalised and the joined copies, a list of every word). Past :data:`SECTION_FROM` bytes the
file is instead decoded incrementally, cut into sections of about :data:`SECTION_CHARS` that
end at a blank line (a block boundary, so a section splits into the paragraphs it would have
within the whole), and only the paragraphs are kept. Cleaning then runs once over all of them,
as for a small file, because it looks across the text (the headline near the top, the last
body paragraph). One difference from reading whole: whether a two-line block is a hard-wrapped
paragraph is judged from its own section, not the whole file.

:func:`head_source` is the same reading of the file's first bytes only: what the reader shows
while the rest is read (see :func:`reader.library.article.article_preview`).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from reader.library.decoding import (
    SAMPLE_BYTES,
    decode_bytes,
    encoding_from_head,
    open_article_file,
)
from reader.library.errors import ArticleError
from reader.library.packed import PackedParagraphs
from reader.library.paragraphs import Source, normalize, split_paragraphs

#: Files larger than this are read section by section (smaller ones whole, as always).
SECTION_FROM = 2 * 1024 * 1024
#: The size of a section, in characters (decoded text).
SECTION_CHARS = 1024 * 1024
_READ_BYTES = 1024 * 1024
#: A blank line: where one block of lines ends and the next begins.
_BLANK = re.compile(r"\n[ \t]*\r?\n|\r[ \t]*\r")
#: How far back from a section's end a blank line is looked for before giving up on one.
_BLANK_WINDOW = 256 * 1024


def _read_blocks(path: Path) -> Iterator[bytes]:
    with open_article_file(path) as handle:
        while block := handle.read(_READ_BYTES):
            yield block


def _decoded(blocks: Iterable[bytes], encoding: str, errors: str) -> Iterator[str]:
    """The text of ``blocks``, decoded incrementally (a character split between two blocks is
    completed by the next)."""
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    for block in blocks:
        text = decoder.decode(block)
        if text:
            yield text
    tail = decoder.decode(b"", final=True)
    if tail:
        yield tail


def _cut(text: str) -> int:
    """Where to end a section of ``text``: after its last blank line, else its last newline
    (a file without blank lines, one paragraph a line), else nowhere (0)."""
    for start in (max(0, len(text) - _BLANK_WINDOW), 0):
        ends = [match.end() for match in _BLANK.finditer(text, start)]
        if ends:
            return ends[-1]
    return text.rfind("\n") + 1


def sections(chunks: Iterable[str]) -> Iterator[str]:
    """``chunks`` of text regrouped into sections of about :data:`SECTION_CHARS`, each ending
    at a blank line where there is one."""
    pending = ""
    for chunk in chunks:
        pending += chunk
        if len(pending) < SECTION_CHARS:
            continue
        cut = _cut(pending)
        if cut > 0:
            yield pending[:cut]
            pending = pending[cut:]
    if pending:
        yield pending


def _add(whole: Source, part: Source) -> None:
    """Append ``part``'s paragraphs to ``whole``, moving its heading and link indices along."""
    shift = len(whole.paragraphs)
    whole.paragraphs.extend(part.paragraphs)
    whole.headings.update(index + shift for index in part.headings)
    whole.links.update((index + shift, links) for index, links in part.links.items())


def source_of_sections(texts: Iterable[str], markdown: bool) -> Source:
    """The paragraphs of decoded ``texts`` (sections of one file, in order)."""
    whole = Source(PackedParagraphs())
    for number, text in enumerate(sections(texts)):
        part = split_paragraphs(normalize(text), markdown=markdown, first=number == 0)
        if number == 0:
            whole.front = part.front
        _add(whole, part)
        del part, text  # not alive while the next section is read and split
    return whole


def read_source(path: Path, name: str, markdown: bool) -> tuple[Source, str]:
    """The paragraphs of the big file at ``path`` and its encoding, read a section at a time.

    Valid UTF-8 (almost every big text) is read once; anything else is decided as
    :func:`~reader.library.decoding.decode_bytes` would, then read again in that encoding.
    """
    with open_article_file(path) as handle:
        head = handle.read(SAMPLE_BYTES)
    known = encoding_from_head(head, name)
    if known is not None:
        encoding, label = known
        return source_of_sections(
            _decoded(_read_blocks(path), encoding, "replace"), markdown
        ), label
    try:
        return source_of_sections(
            _decoded(_read_blocks(path), "utf-8", "strict"), markdown
        ), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding, errors, label = _fallback(path)
    return source_of_sections(_decoded(_read_blocks(path), encoding, errors), markdown), label


def _fallback(path: Path) -> tuple[str, str, str]:
    """Damaged UTF-8 stays UTF-8 when good sequences far outnumber bad bytes (as for a small
    file), else cp1252 if it decodes, else Latin-1 (which decodes anything)."""
    bad = good = 0
    for text in _decoded(_read_blocks(path), "utf-8", "replace"):
        bad += text.count("\ufffd")
        good += sum(1 for char in text if ord(char) > 0x7F) - text.count("\ufffd")
    if bad and good >= 4 * bad:
        return "utf-8", "replace", f"utf-8 ({bad} bad byte{'s' if bad > 1 else ''} replaced)"
    try:
        for _ in _decoded(_read_blocks(path), "cp1252", "strict"):
            pass
    except UnicodeDecodeError:
        return "latin-1", "strict", "latin-1"
    return "cp1252", "strict", "cp1252"


def head_source(path: Path, budget: int, name: str, markdown: bool) -> tuple[Source, str, bool]:
    """The paragraphs of the first ``budget`` bytes of ``path`` (whole blocks only), their
    encoding as the head shows it, and whether that is the whole file."""
    try:
        with open_article_file(path) as handle:
            head = handle.read(budget + 1)
    except OSError as error:
        raise ArticleError(f"cannot read {name}: {error.strerror or error}") from None
    whole = len(head) <= budget
    known = None if whole else encoding_from_head(head, name)
    if known is not None:  # UTF-16/32: a newline byte is half a character, decode then cut
        text = codecs.getincrementaldecoder(known[0])(errors="replace").decode(head[:budget])
        encoding = known[1]
    else:  # a one-byte newline: cut at the last one, decide the encoding as for a small file
        text, encoding = decode_bytes(head if whole else head[: head.rfind(b"\n") + 1], name)
    if not whole:
        cut = _cut(text)
        text = text[:cut] if cut > 0 else text
    if not text.strip():
        raise ArticleError(f"no text in file (only white space): {name}")
    return split_paragraphs(normalize(text), markdown=markdown), encoding, whole
