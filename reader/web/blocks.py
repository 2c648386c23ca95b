"""The extracted article body as blocks, then as Markdown and as plain reading text with links.

trafilatura hands back its body as a small XML tree (``p``, ``head``, ``list``/``item``,
``quote``, ``table``/``row``/``cell``, ``ref`` for links, ``lb`` for line breaks). It is walked
once into :class:`Block` values, which postil's rules can judge paragraph by paragraph, and from
which both renderings are made in step, so a link's offsets in the plain text and its place in
the Markdown always agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from lxml import etree

from reader.web.bounds import MAX_LINKS, clean_text, safe_url
from reader.web.page import Link

_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
#: The characters a _MD_BLOCK_START match begins with.
_MD_STARTS = frozenset("#-+*0123456789>|`~=")
_MD_BLOCK_START = re.compile(r"(?:#{1,6}\s|[-+*]\s|\d{1,9}[.)]\s|>|\||```|~~~|={3,}\s*$|-{3,}\s*$)")


@dataclass
class Block:
    """One paragraph-level unit of the article.

    ``kind`` is ``p``, ``h2``..``h6``, ``ul``/``ol`` (one list item), ``quote`` or ``row`` (a
    table row, cells joined by `` | ``). ``links`` are ``(start, end, url)`` within ``text``.
    """

    kind: str
    text: str
    links: list[tuple[int, int, str]] = field(default_factory=list)
    header: bool = False  # a table's first row (the Markdown table's separator follows it)


def _folded(text: str) -> str:
    """A piece of text with white space folded as a browser shows it, and made inert."""
    # Most pieces have single spaces only: nothing to fold. Every space _SPACE folds but
    # " " is unprintable to str.isprintable, so two C scans tell (a regex scan cost 5x); a
    # printable piece is also one clean_text leaves alone.
    if "  " not in text and text.isprintable():
        return text
    return clean_text(_SPACE.sub(" ", text))  # per piece, so offsets never shift later


class _Inline:
    """Collects an element's text and links, folding whitespace as a browser would."""

    def __init__(self, base: str | None) -> None:
        self.base = base
        self.parts: list[str] = []
        self.links: list[tuple[int, int, str]] = []
        self.length = 0

    def add(self, text: str | None) -> None:
        if not text:
            return
        text = _folded(text)
        if self.length == 0 or (self.parts and self.parts[-1].endswith(" ")):
            text = text.lstrip(" ")
        self.parts.append(text)
        self.length += len(text)

    def walk(self, element: etree._Element, breaks: list[int] | None = None) -> None:
        self.add(element.text)
        for child in element:
            if child.tag == "lb":
                if breaks is not None:
                    breaks.append(self.length)
                self.add(" ")
            elif child.tag == "ref":
                start = self.length
                self.walk(child, breaks)
                url = safe_url(child.get("target"), self.base)
                end = self._trimmed_end()
                if url and end > start:
                    self.links.append((start, end, url))
            elif child.tag not in ("graphic",):
                self.walk(child, breaks)
            self.add(child.tail)

    def _trimmed_end(self) -> int:
        text = "".join(self.parts)
        return len(text.rstrip(" "))

    def result(self) -> tuple[str, list[tuple[int, int, str]]]:
        text = "".join(self.parts)
        stripped = text.rstrip(" ")
        links = [(s, min(e, len(stripped)), u) for s, e, u in self.links if s < len(stripped)]
        return stripped, links


def _split_at_breaks(kind: str, text: str, links: list[tuple[int, int, str]], breaks: list[int]):
    """A paragraph whose lines were separated by <br> becomes one block per line."""
    cuts = [0, *sorted(set(breaks)), len(text)]
    for start, end in pairwise(cuts):
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip(" "))
        piece = piece.strip(" ")
        if not piece:
            continue
        offset = start + lead
        inside = [
            (s - offset, min(e, offset + len(piece)) - offset, u)
            for s, e, u in links
            if offset <= s < offset + len(piece)
        ]
        yield Block(kind, piece, inside)


def body_blocks(body: etree._Element, base: str | None) -> list[Block]:
    """The blocks of trafilatura's body tree, in reading order."""
    blocks: list[Block] = []
    _collect(body, base, blocks, quote=False)
    return [block for block in blocks if block.text]


def _collect(element: etree._Element, base: str | None, out: list[Block], quote: bool) -> None:
    for child in element:
        tag = child.tag
        if tag in ("p", "head", "code") or (tag == "item" and not len(child)):
            kind = "quote" if quote else "p"
            if tag == "head":
                level = (child.get("rend") or "h2").lstrip("h")
                kind = f"h{min(6, max(2, int(level) if level.isdigit() else 2))}"
            _paragraph(child, base, out, kind)
        elif tag == "list":
            kind = "ol" if (child.get("rend") or "").startswith("ol") else "ul"
            for item in child.iter("item"):
                inline = _Inline(base)
                inline.walk(item)
                text, links = inline.result()
                out.append(Block(kind, text, links))
        elif tag == "quote":
            _collect_quote(child, base, out)
        elif tag == "table":
            _table(child, base, out)
        elif tag in ("graphic",):
            continue
        else:
            _collect(child, base, out, quote)


def _paragraph(element: etree._Element, base: str | None, out: list[Block], kind: str) -> None:
    if not len(element):  # text alone, as most paragraphs are: what _Inline would make of it
        out.append(Block(kind, _folded(element.text).strip(" ") if element.text else ""))
        return
    inline = _Inline(base)
    breaks: list[int] = []
    inline.walk(element, breaks)
    text, links = inline.result()
    if breaks and kind in ("p", "quote"):
        out.extend(_split_at_breaks(kind, text, links, breaks))
    else:
        out.append(Block(kind, text, links))


def _collect_quote(element: etree._Element, base: str | None, out: list[Block]) -> None:
    if any(child.tag in ("p", "list", "head") for child in element):
        _collect(element, base, out, quote=True)
    else:
        _paragraph(element, base, out, "quote")


def _table(element: etree._Element, base: str | None, out: list[Block]) -> None:
    for number, row in enumerate(element.iter("row")):
        cells: list[str] = []
        links: list[tuple[int, int, str]] = []
        offset = 0
        for cell in row.iter("cell"):
            inline = _Inline(base)
            inline.walk(cell)
            text, cell_links = inline.result()
            text = text.replace("|", "/")
            links.extend((s + offset, e + offset, u) for s, e, u in cell_links)
            cells.append(text)
            offset += len(text) + 3
        header = number == 0  # GFM needs a header row: the first row is it, marked or not
        if any(cells):
            out.append(Block("row", " | ".join(cells), links, header=header))


# ------------------------------------------------------------------------------- rendering


def _md_escape_start(text: str) -> str:
    """A backslash before what would otherwise start a Markdown block (a list, a heading)."""
    if text[:1] not in _MD_STARTS:  # most paragraphs: no pattern can match
        return text
    return "\\" + text if _MD_BLOCK_START.match(text) else text


def _md_link_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _md_url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C")


def _md_inline(block: Block) -> str:
    """The block's text with its links as ``[text](url)``."""
    parts: list[str] = []
    position = 0
    for start, end, url in block.links:
        if start < position:
            continue  # overlapping link: keep the first
        parts.append(block.text[position:start])
        parts.append(f"[{_md_link_text(block.text[start:end])}]({_md_url(url)})")
        position = end
    parts.append(block.text[position:])
    return "".join(parts)


def _md_block(block: Block, number: int) -> str:
    body = _md_inline(block)
    if block.kind.startswith("h"):
        return "#" * min(int(block.kind[1]), 3) + " " + body
    if block.kind == "ul":
        return "- " + body
    if block.kind == "ol":
        return f"{number}. " + body
    if block.kind == "quote":
        return "> " + _md_escape_start(body)
    if block.kind == "row":
        return "| " + body + " |"
    return _md_escape_start(body)


def to_markdown(blocks: list[Block]) -> str:
    """Paragraphs one blank line apart; list items and table rows stay on adjacent lines."""
    lines: list[str] = []
    previous: Block | None = None
    number = 0
    for block in blocks:
        grouped = previous is not None and previous.kind == block.kind and block.kind in (
            "ul", "ol", "row",
        )  # fmt: skip
        number = number + 1 if grouped else 1
        if lines and not grouped:
            lines.append("")
        lines.append(_md_block(block, number))
        if block.kind == "row" and block.header:
            lines.append("|" + "---|" * (block.text.count(" | ") + 1))
        previous = block
    return "\n".join(lines)


def to_text(blocks: list[Block]) -> tuple[str, tuple[Link, ...]]:
    """The reading text (blocks one blank line apart) and its links as offsets into it."""
    parts: list[str] = []
    links: list[Link] = []
    offset = 0
    for block in blocks:
        if parts:
            offset += 2
        for start, end, url in block.links:
            if len(links) < MAX_LINKS:
                links.append(Link(offset + start, offset + end, url))
        parts.append(block.text)
        offset += len(block.text)
    return "\n\n".join(parts), tuple(links)
