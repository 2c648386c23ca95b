"""Terminal safety: text from outside is shown, never obeyed. The one place that does it.

Article text, titles, file names, notes, tags and ids are untrusted. An ESC byte could start an
ANSI sequence (CSI ``ESC [``, OSC ``ESC ]``, DCS ``ESC P``, APC ``ESC _``) that recolours,
retitles or clears the user's terminal; the C1 controls U+0080..U+009F are 8-bit forms of the
same; bidi overrides and isolates (U+202A..U+202E, U+2066..U+2069) make text read differently
from what it is; a lone surrogate cannot even be printed. Every such character is replaced by a
visible, harmless one-character stand-in, so offsets into the raw text stay valid.

It lives in :mod:`annotations` (which imports nothing of the reader) so the article library,
the command line, the TUI and the Markdown export all use this same function.
"""

from __future__ import annotations

import json
import re
from contextlib import suppress
from functools import cache
from typing import Any

#: C0 controls become their Unicode "control picture" (ESC -> U+241B), DEL becomes U+2421;
#: C1 controls, bidi overrides/isolates and lone surrogates become U+FFFD; tab a space.
_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}
_TABLE[0x09] = " "
_TABLE[0x7F] = "\u2421"

#: What :func:`make_inert` replaces (tab and newline apart), as the body of a regex class.
DANGER = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
#: The class body for each (keep_newlines, keep_tabs): what is replaced besides DANGER.
_CLASSES = {
    (True, False): f"[{DANGER}\t]",
    (True, True): f"[{DANGER}]",
    (False, False): f"[{DANGER}\t\n]",
    (False, True): f"[{DANGER}\n]",
}


@cache
def _pattern(keep_newlines: bool, keep_tabs: bool) -> re.Pattern[str]:
    """Compiled on first use: the five classes over wide ranges took 3 ms to compile, paid by
    every process at import (the TUI's start-up among them) whether it printed or not."""
    return re.compile(_CLASSES[(keep_newlines, keep_tabs)])


def make_inert(text: str, keep_newlines: bool = True, *, keep_tabs: bool = False) -> str:
    """``text`` with every control character replaced by a visible, harmless form.

    With ``keep_newlines`` (the default) ``"\\n"`` is kept as the paragraph separator; without
    it (for one-line values such as file names in messages) it becomes U+2424 like the rest.
    A tab becomes a space unless ``keep_tabs`` (a note's Markdown indentation). Text without
    controls (the usual case) is returned after one fast regex scan.
    """
    pattern = _pattern(keep_newlines, keep_tabs)
    if pattern.search(text) is None:
        return text
    return pattern.sub(_replace, text)


def _replace(match: re.Match[str]) -> str:
    return _TABLE.get(ord(match.group()), "\ufffd")


#: What :func:`make_inert` replaces, as UTF-8: C0 controls but the newline (the tab is one),
#: DEL ...
_UTF8_CONTROLS = bytes([*range(0x0A), *range(0x0B, 0x20), 0x7F])
#: ... and C1 controls, bidi overrides, bidi isolates: one pattern each (see below).
_UTF8_WIDE_DANGER = tuple(
    re.compile(p) for p in (rb"\xc2[\x80-\x9f]", rb"\xe2\x80[\xaa-\xae]", rb"\xe2\x81[\xa6-\xa9]")
)


def utf8_is_inert(data: bytes) -> bool:
    """Whether ``data``, valid UTF-8, decodes to text :func:`make_inert` (as called by default)
    leaves as it is: asked of a file's bytes before its text is scanned. A class scan of the
    decoded text costs ~7 ns a character (BMP classes are bitmaps looked up one by one); on the
    bytes, the controls are deleted by ``bytes.translate`` and each wider danger has a fixed
    first byte to search for, about three times quicker. (Strictly decoded UTF-8 holds no
    lone surrogate: text decoded with an error handler must not be judged by this.)"""
    if len(data.translate(None, _UTF8_CONTROLS)) != len(data):
        return False
    return not any(pattern.search(data) for pattern in _UTF8_WIDE_DANGER)


def is_inert(text: str) -> bool:
    """Whether ``text`` is one line with nothing :func:`make_inert` would change."""
    return _pattern(False, False).search(text) is None


def one_line(text: str, limit: int = 500) -> str:
    """``text`` inert, on one line, at most ``limit`` characters (an error message, a title).

    A 1 MB argument echoed in an error must not flood the terminal: the middle is cut.
    """
    line = make_inert(text, keep_newlines=False)
    if len(line) > limit:
        half = (limit - 1) // 2
        line = f"{line[:half]}…{line[-half:]}"
    return line


def display_name(name: str) -> str:
    """A file name safe to print on one terminal line.

    Names that are not valid UTF-8 reach Python with lone surrogates, which ``print`` cannot
    encode; they are shown with U+FFFD instead.
    """
    if name.isprintable():  # no control, format (bidi) or surrogate character: nothing to do
        return name
    with suppress(UnicodeEncodeError):  # a surrogate no file name decoding makes
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return make_inert(name, keep_newlines=False)


@cache
def _json_unsafe() -> re.Pattern[str]:
    """What JSON leaves raw that a terminal would obey (compiled on first use, as above)."""
    return re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def inert_json(data: Any, indent: int | None = None) -> str:
    """``data`` as JSON for a terminal: exact for a JSON reader, inert for the terminal.

    ``json.dumps`` escapes C0 controls but, keeping non-ASCII text readable, writes C1
    controls, bidi overrides and lone surrogates raw; those become ``\\uXXXX`` escapes here
    (they can only occur inside JSON strings, so the document's meaning is unchanged).
    """
    return inert_json_text(json.dumps(data, ensure_ascii=False, indent=indent))


def inert_json_text(text: str) -> str:
    """JSON text written with ``ensure_ascii=False`` made inert as :func:`inert_json` does
    (for a caller that writes its JSON piece by piece, e.g. ``postil entities --json``)."""
    return _json_unsafe().sub(lambda m: f"\\u{ord(m.group()):04x}", text)


#: In UTF-8 JSON text: the characters :func:`_json_unsafe` matches (a lone surrogate as
#: Python's "surrogatepass" would write it), one pattern each, since a pattern that starts with
#: a fixed byte is found by a fast byte search and an alternation is tried at every byte (five
#: times slower over 20 MB of rows).
_UTF8_JSON_UNSAFE = tuple(
    re.compile(p)
    for p in (rb"\x7f", rb"\xc2[\x80-\x9f]", rb"\xe2\x80[\xa8-\xae]", rb"\xe2\x81[\xa6-\xa9]",
              rb"\xed[\xa0-\xbf]")
)  # fmt: skip
#: In JSON text: an escape other than of a quote, a backslash or a slash.
_ESCAPE = re.compile(rb'\\[^"\\/]')


def utf8_json_is_inert(data: bytes) -> bool:
    """Whether UTF-8 JSON text is one :func:`inert_json_text` would leave as it is."""
    return not any(pattern.search(data) for pattern in _UTF8_JSON_UNSAFE)


def utf8_json_strings_are_inert(data: bytes) -> bool:
    """Whether every string in UTF-8 JSON text passes :func:`is_inert` for sure: no escape
    that could stand for a control (only ``\\"``, ``\\\\``, ``\\/``) and nothing
    :func:`utf8_json_is_inert` refuses. A raw control inside a string is not looked for: it
    is not JSON, and the parser these checks are for (orjson) refuses the text. False may be
    a false alarm (a backslash before a letter): the caller then checks the strings one by
    one."""
    return utf8_json_is_inert(data) and _ESCAPE.search(data) is None
