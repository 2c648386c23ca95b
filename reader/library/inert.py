"""Terminal safety: control characters from an article are shown, never obeyed.

An article is untrusted input. An ESC byte in it could start an ANSI/OSC sequence that recolours,
retitles or scrolls the user's terminal, so every C0/C1 control character except ``"\\n"`` is
replaced by a visible, inert stand-in before any text leaves this package.
"""

from __future__ import annotations

import re

#: C0 controls become their Unicode "control picture" (ESC -> U+241B), DEL becomes U+2421, C1
#: controls (which have no pictures) become U+FFFD and tab a space. Every replacement is one
#: character, so offsets computed on the raw text stay valid on the inert one.
_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}
_TABLE[0x09] = " "
_TABLE[0x7F] = "\u2421"
_TABLE.update({code: "\ufffd" for code in range(0x80, 0xA0)})


def make_inert(text: str, keep_newlines: bool = True) -> str:
    """``text`` with every control character replaced by a visible, harmless form.

    With ``keep_newlines`` (the default) ``"\\n"`` is kept as the paragraph separator; without
    it (for one-line values such as file names in messages) it becomes U+2424 like the rest.
    Text without controls (the usual case) is returned after one fast regex scan.
    """
    pattern = _CONTROLS if keep_newlines else _CONTROLS_AND_NEWLINE
    if pattern.search(text) is None:
        return text
    return pattern.sub(_replace, text)


def _replace(match: re.Match[str]) -> str:
    return _TABLE[ord(match.group())]


_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_CONTROLS_AND_NEWLINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def display_name(name: str) -> str:
    """A file name safe to print on one terminal line.

    Names that are not valid UTF-8 reach Python with lone surrogates, which ``print`` cannot
    encode; they are shown with U+FFFD instead.
    """
    if not name.isprintable():
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return make_inert(name, keep_newlines=False)
