"""Just enough Markdown: front matter, headings, links, emphasis and quote markers.

The reader shows prose, so Markdown syntax is removed rather than rendered: a heading keeps its
words (and may become the title), a link keeps its text (and its URL, as offsets beside the
text, for the reader to style and list), an image and a rule disappear. Backslash escapes
(``\\*``) give the character itself, as in CommonMark, so literal text written out as Markdown
(an article added from a .txt file) reads back exactly.
"""

from __future__ import annotations

import json
import re
from typing import NamedTuple

_FRONT_KEY = re.compile(r"([A-Za-z_][\w-]*)\s*:\s*(.*)$")
#: The inside of a JSON string with nothing to decode: no escape, quote or control character.
_JSON_PLAIN = re.compile(r'[^\\"\x00-\x1f]*')
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
#: Escaped characters are parked in a private-use plane while emphasis and links are parsed.
_PARKED = re.compile("[\U000f0000-\U000f007f]")
_OPEN, _CLOSE = "\ue000", "\ue001"  # the bounds of a link's text while the line is parsed
_LINKABLE = ("http://", "https://", "mailto:")
MAX_URL = 2048
_HEADING = re.compile(r"#{1,6}\s+(.*?)\s*#*\s*$")
_UNDERLINE = re.compile(r"=+|-+")  # setext heading underline (or, after a blank, a rule)
_RULE = re.compile(r"(?:\*\s*){3,}|(?:_\s*){3,}|(?:-\s*){3,}")
# A link's destination may hold balanced parentheses, one level deep, as CommonMark allows:
# https://en.wikipedia.org/wiki/Rome_(disambiguation) was cut at its first ")", which then
# showed in the text.
_DESTINATION = r"(?:[^()\n]|\([^()\n]*\))*"
_IMAGE = re.compile(rf"!\[[^\]\n]*\]\({_DESTINATION}\)")
_LINK = re.compile(rf"\[([^\]\n]+)\]\(({_DESTINATION})\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_QUOTE = re.compile(r">\s?")
_CLOSED = re.compile(r"[.!?,;:…\"”’)]$")
#: Lines that start a paragraph of their own even without a blank line before them.
_BLOCK_START = re.compile(r"(?:#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>|\||```|~~~)")
#: The characters an _UNDERLINE or a _RULE line starts with.
_RULE_STARTS = frozenset("=-*_")
_FENCES = ("```", "~~~")


def front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """The ``key: value`` pairs of a leading YAML block and how many lines it spans."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            front: dict[str, str] = {}
            for line in lines[1:end]:
                match = _FRONT_KEY.match(line.strip())
                if match and match.group(2):
                    front.setdefault(match.group(1).lower(), _front_value(match.group(2)))
            return front, end + 1
    return {}, 0


def block_lines(lines: list[str]) -> list[str]:
    """``lines`` with setext headings turned into ``#`` headings and rules removed."""
    result: list[str] = []
    for line in lines:
        if not line or line[0] not in _RULE_STARTS:  # most lines: neither pattern can match
            result.append(line)
            continue
        if _UNDERLINE.fullmatch(line) and result and result[-1] and len(line) >= 2:
            level = "#" if line[0] == "=" else "##"
            result[-1] = f"{level} {result[-1]}"
            continue
        if _RULE.fullmatch(line):
            result.append("")
            continue
        result.append(line)
    return result


def join_lines(block: list[str], first: bool = False) -> list[str]:
    """A block's paragraphs: in Markdown consecutive lines are one paragraph, except where a
    list item, heading, quote, table row or code fence starts (code lines stay as they are).

    In the ``first`` block of a file, a short first line with no closing punctuation stays on
    its own: a title typed without ``#`` above the text, not the start of a paragraph.
    """
    if len(block) == 1 and not block[0].startswith(_FENCES):
        return block  # one line (every paragraph of a page postil wrote) is one paragraph
    paragraphs: list[str] = []
    current: list[str] = []
    fenced = False
    if first and len(block) > 1 and len(block[0]) <= 120 and not _CLOSED.search(block[0]):
        paragraphs.append(block[0])
        block = block[1:]
    for line in block:
        fence = line.startswith(_FENCES)
        if fenced or fence or _BLOCK_START.match(line) or line.startswith("|"):
            if current:
                paragraphs.append(" ".join(current))
                current = []
            if fence:
                fenced = not fenced
                continue
            if fenced or line.startswith("|"):
                paragraphs.append(line)
                continue
        if _HEADING.match(line):  # a heading is one line
            paragraphs.append(line)
            continue
        current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _front_value(raw: str) -> str:
    """A front matter value: a JSON/YAML double-quoted string decoded, else quotes stripped."""
    value = raw.strip()
    if value.startswith('"') and value.endswith('"') and len(value) > 1:
        if _JSON_PLAIN.fullmatch(value, 1, len(value) - 1):  # what json.loads would return
            return value[1:-1]
        try:
            decoded = json.loads(value)
        except ValueError:
            pass
        else:
            if isinstance(decoded, str):
                return decoded
    return value.strip("'\"")


def holds_parked(text: str) -> bool:
    """Whether ``text`` holds a character of the range escapes are parked in (``inline``
    replaces a literal one, which would come back as the character it parks: U+F0000 as a
    NUL).

    Those characters lie beyond U+FFFF, which a text without them has none of: its UTF-16 form
    is then two bytes a character, found in one C pass (a regex scan of a 2 MB article cost
    ten times as much).
    """
    if text.isascii() or len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text):
        return False
    return _PARKED.search(text) is not None


class Inline(NamedTuple):
    """A paragraph without Markdown syntax, and the links in it as ``(start, end, url)``."""

    text: str
    heading: bool
    links: tuple[tuple[int, int, str], ...] = ()


def _link_target(raw: str) -> str | None:
    """The URL of ``(url "title")``, if it is one a reader may follow (absolute http(s))."""
    parts = raw.strip().split()
    url = parts[0].strip("<>") if parts else ""
    if not url.lower().startswith(_LINKABLE) or len(url) > MAX_URL:
        return None
    return _PARKED.sub(lambda m: chr(ord(m.group()) - 0xF0000), url)


def inline(paragraph: str, *, parked: bool = True) -> Inline:
    """The paragraph without Markdown syntax, whether it was a heading, and its links.

    ``parked=False`` is the caller's word that the text holds no character of the private-use
    range escapes are parked in (one scan of a whole document instead of one per paragraph).
    A literal one becomes U+FFFD (one character for one: offsets hold), so that unparking
    gives back only the escapes parked here.
    """
    if parked:
        paragraph = _PARKED.sub("\ufffd", paragraph)
        parked = False
    heading = _HEADING.match(paragraph) if paragraph[:1] == "#" else None
    if heading:
        paragraph = heading.group(1)
    elif paragraph.startswith(">"):
        paragraph = _QUOTE.sub("", paragraph, count=1)
    if "\\" in paragraph:
        paragraph = _ESCAPED.sub(lambda m: chr(0xF0000 + ord(m.group(1))), paragraph)
        parked = True
    urls: list[str | None] = []
    if "](" in paragraph:
        paragraph = paragraph.replace(_OPEN, "").replace(_CLOSE, "")

        def mark(match: re.Match[str]) -> str:
            urls.append(_link_target(match.group(2)))
            return f"{_OPEN}{match.group(1)}{_CLOSE}"

        paragraph = _LINK.sub(mark, _IMAGE.sub("", paragraph))
    if "*" in paragraph or "__" in paragraph:
        paragraph = _EMPHASIS.sub(r"\1", _STRONG.sub(r"\2", paragraph))
    if urls:
        paragraph, links = _take_links(paragraph, urls)
    else:
        links = ()
    text = paragraph.strip()
    if text != paragraph:
        shift = len(paragraph) - len(paragraph.lstrip())
        links = tuple((max(0, a - shift), min(len(text), b - shift), url) for a, b, url in links)
    if parked:
        text = _PARKED.sub(lambda m: chr(ord(m.group()) - 0xF0000), text)
    if links:
        links = tuple(link for link in links if link[0] < link[1])
    return Inline(text, heading is not None, links)


def _take_links(
    paragraph: str, urls: list[str | None]
) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """Remove the link markers from ``paragraph``; the spans they enclosed, with their URLs."""
    out: list[str] = []
    links: list[tuple[int, int, str]] = []
    length = 0
    start = 0
    number = 0
    for piece in re.split(f"([{_OPEN}{_CLOSE}])", paragraph):
        if piece == _OPEN:
            start = length
        elif piece == _CLOSE:
            url = urls[number] if number < len(urls) else None
            number += 1
            if url is not None and length > start:
                links.append((start, length, url))
        else:
            out.append(piece)
            length += len(piece)
    return "".join(out), tuple(links)
