"""Just enough Markdown: front matter, headings, links, emphasis and quote markers.

The reader shows prose, so Markdown syntax is removed rather than rendered: a heading keeps its
words (and may become the title), a link keeps its text, an image and a rule disappear.
"""

from __future__ import annotations

import re

_FRONT_KEY = re.compile(r"([A-Za-z_][\w-]*)\s*:\s*(.*)$")
_HEADING = re.compile(r"#{1,6}\s+(.*?)\s*#*\s*$")
_UNDERLINE = re.compile(r"=+|-+")  # setext heading underline (or, after a blank, a rule)
_RULE = re.compile(r"(?:\*\s*){3,}|(?:_\s*){3,}|(?:-\s*){3,}")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_QUOTE = re.compile(r">\s?")
_CLOSED = re.compile(r"[.!?,;:…\"”’)]$")
#: Lines that start a paragraph of their own even without a blank line before them.
_BLOCK_START = re.compile(r"(?:#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>|\||```|~~~)")


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
                    front.setdefault(match.group(1).lower(), match.group(2).strip().strip("'\""))
            return front, end + 1
    return {}, 0


def block_lines(lines: list[str]) -> list[str]:
    """``lines`` with setext headings turned into ``#`` headings and rules removed."""
    result: list[str] = []
    for line in lines:
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
    paragraphs: list[str] = []
    current: list[str] = []
    fenced = False
    if first and len(block) > 1 and len(block[0]) <= 120 and not _CLOSED.search(block[0]):
        paragraphs.append(block[0])
        block = block[1:]
    for line in block:
        fence = line.startswith(("```", "~~~"))
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


def inline(paragraph: str) -> tuple[str, bool]:
    """``(text, is_heading)``: the paragraph without Markdown syntax."""
    heading = _HEADING.match(paragraph)
    if heading:
        paragraph = heading.group(1)
    elif paragraph.startswith(">"):
        paragraph = _QUOTE.sub("", paragraph, count=1)
    if "](" in paragraph:
        paragraph = _LINK.sub(r"\1", _IMAGE.sub("", paragraph))
    if "*" in paragraph or "__" in paragraph:
        paragraph = _EMPHASIS.sub(r"\1", _STRONG.sub(r"\2", paragraph))
    return paragraph.strip(), heading is not None
