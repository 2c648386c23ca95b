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
