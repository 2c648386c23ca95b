"""Untrusted page values made safe to store and show: inert text, bounded sizes, safe URLs.

Everything here comes from a page someone else wrote. Control characters and escape sequences
are made inert with the library's own :func:`make_inert` (visible stand-ins, one character for
one); bidirectional overrides, which can make a terminal line read differently from what it
holds, are removed; one-line values (title, author, site) have their whitespace folded and are
cut to a length a list row can show. Link targets must be absolute http(s) URLs: ``javascript:``,
``data:``, ``file:`` and the rest are dropped, never shown as something to follow.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from reader.library.inert import make_inert

TITLE_LIMIT = 300
AUTHOR_LIMIT = 100
MAX_AUTHORS = 10
SITE_LIMIT = 100
DESCRIPTION_LIMIT = 1000
URL_LIMIT = 2048
LANGUAGE_LIMIT = 35  # the longest BCP 47 tag in practical use is well under this
MAX_LINKS = 2000

#: Bidi embeddings/overrides/isolates, zero-width spaces and marks, BOMs, soft hyphens.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_NEEDS_CLEANING = re.compile(_INVISIBLE.pattern[:-1] + "\x00-\x09\x0b-\x1f\x7f-\x9f]")
#: ``&#NN;`` / ``&#xNN;`` naming a C0 control (tab, LF and CR aside), DEL or a C1 control.
_CONTROL_REF = re.compile(
    r"&#((?:0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|12[7-9]|1[3-5][0-9]))(?![0-9])"
    r"|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])(?![0-9a-fA-F]));?"
)
_SPACE = re.compile(r"\s+")
_SAFE_SCHEMES = ("http", "https")
_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*")


def clean_text(text: str) -> str:
    """Body text: invisible controls removed, other controls inert, newlines kept."""
    # The usual case, one C scan and no copies: every character _NEEDS_CLEANING finds is
    # unprintable to str.isprintable (controls, format characters, the soft hyphen).
    if text.isprintable() or _NEEDS_CLEANING.search(text) is None:
        return text
    return make_inert(_INVISIBLE.sub("", text))


def clean_markup(text: str) -> str:
    """Decoded HTML made safe to parse: controls inert, and numeric references to controls
    rewritten as the HTML standard reads them (``&#147;`` is the cp1252 quote "“", ``&#27;``
    is U+FFFD), since the parser would otherwise put real control characters into the tree."""
    if "&#" in text:
        text = _CONTROL_REF.sub(_control_ref, text)
    return clean_text(text)


def _control_ref(match: re.Match[str]) -> str:
    digits = match.group(1)
    code = int(digits[1:], 16) if digits[:1] in "xX" and digits else int(digits)
    if 0x80 <= code <= 0x9F:
        return bytes([code]).decode("cp1252", errors="replace")
    return "\ufffd"


def clean_line(value: object, limit: int) -> str | None:
    """A one-line value: inert, whitespace folded, cut at a word to ``limit``; None if empty."""
    if value is None:
        return None
    text = _SPACE.sub(" ", _INVISIBLE.sub("", str(value))).strip()
    text = make_inert(text, keep_newlines=False)
    if len(text) > limit:
        cut = text[: limit - 1]
        if " " in cut[limit // 2 :]:
            cut = cut.rsplit(" ", 1)[0]
        text = cut.rstrip(" ,;:-–—") + "…"
    return text or None


def clean_language(value: object) -> str | None:
    """A language tag such as ``en-GB`` (``en_GB`` as OpenGraph writes it), or None."""
    if not isinstance(value, str):
        return None
    match = _LANGUAGE.fullmatch(value.strip()[:LANGUAGE_LIMIT])
    return match.group().replace("_", "-") if match else None


def safe_url(href: object, base: str | None = None) -> str | None:
    """``href`` made absolute against ``base``; None unless it is a plain http(s) URL."""
    if not isinstance(href, str):
        return None
    href = _INVISIBLE.sub("", href).strip()
    if not href or len(href) > URL_LIMIT or href.startswith("#"):
        return None
    try:
        absolute = urljoin(base, href) if base else href
        parts = urlsplit(absolute)
    except ValueError:  # e.g. a malformed IPv6 host
        return None
    if parts.scheme.lower() not in _SAFE_SCHEMES or not parts.hostname:
        return None
    if any(ord(char) < 0x21 or 0x7F <= ord(char) <= 0x9F for char in absolute):
        return None
    return absolute if len(absolute) <= URL_LIMIT else None
