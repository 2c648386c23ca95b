"""Flat JSON rows as ``postil list --json`` writes them, encoded by orjson in one C pass.

The list's format is ``json.dumps(rows, ensure_ascii=False)`` made inert
(:func:`~reader.library.inert.inert_json`), one row per line. For 50,000 rows the stdlib
encoder, the inert scan of its text and the encoding of that text to UTF-8 took 0.5 s, a
quarter of a cached listing. orjson writes the same strings the same way (the same escapes
for quotes, backslashes and controls, other characters raw in UTF-8); only its separators
differ. Indented, every newline in its output is structural (a newline inside a string is
always escaped), so each separator is told apart by the indent after its newline and
rewritten by ``bytes.replace`` into the stdlib's ``", "`` and ``": "``.

Rows must be flat: strings, ints, None, booleans and lists of those (no floats, whose text
differs between the two encoders). Anything else orjson refuses or this module does not
recognise (a nested object, an int beyond 2**53, a lone surrogate from a file name) is
encoded by the stdlib path instead, as are rows with a character to make inert (rare).
"""

from __future__ import annotations

from typing import Any

import orjson

from annotations.inert import utf8_json_is_inert
from reader.library.inert import inert_json

#: Indented separators (longest first: a shorter one is a prefix of a longer one) and what
#: ``json.dumps`` writes there. Rows are at depth 1, their fields at 2, list items at 3.
_SEPARATORS = (
    (b",\n      ", b", "),  # between list items
    (b"[\n      ", b"["),  # a list's first item
    (b"\n    ]", b"]"),  # a list's end
    (b",\n    ", b", "),  # between a row's fields
    (b"{\n    ", b"{"),  # a row's first field
    (b"\n  }", b"}"),  # a row's end
    (b",\n  ", b"\n, "),  # between rows: one row per line
)
_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_STRICT_INTEGER


def row_lines(rows: list[dict[str, Any]]) -> bytes:
    """Each row as :func:`~reader.library.inert.inert_json` writes it, ``"\\n, "`` between
    rows, in UTF-8: one batch of the list's JSON array."""
    if not rows:
        return b""
    try:
        encoded = orjson.dumps(rows, option=_OPTIONS)
    except TypeError:  # orjson.JSONEncodeError: a surrogate, a huge int, an unknown type
        return _stdlib(rows)
    # each replace is a pass over the batch: the list ones only where a list has items
    for indented, plain in _SEPARATORS if b"[\n      " in encoded else _SEPARATORS[3:]:
        encoded = encoded.replace(indented, plain)
    body = encoded[len(b"[\n  ") : -len(b"\n]")]
    if body.count(b"\n") != len(rows) - 1:
        return _stdlib(rows)  # a nested object or list left a newline: not a flat row
    if not utf8_json_is_inert(body):
        return _stdlib(rows)  # rare: let the one implementation of the escapes do it
    return body


def _stdlib(rows: list[dict[str, Any]]) -> bytes:
    """Row by row: replacing ``}, {"`` in the whole batch's text (as this once did) also broke
    a string ending in ``}, {`` over two lines."""
    return "\n, ".join(inert_json(row) for row in rows).encode()  # no surrogate left
