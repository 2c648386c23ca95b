"""The documents annotations are about, as IRIs another tool can compare.

An article with a canonical URL is that URL. One without (a file, a paste) is known by a
fingerprint of its reading text: ``urn:postil:text:<fingerprint>``, the same on every machine
that has the same text, so two readers' notes on one file still meet.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import quote

#: Prefix of the IRI of an article known only by its text.
TEXT_URN = "urn:postil:text:"
#: Prefix of the IRI of an article postil can neither read nor identify any more.
ARTICLE_URN = "urn:postil:article:"

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# Characters allowed unescaped in an IRI (RFC 3987: unreserved incl. non-ASCII, gen-delims,
# sub-delims, "%"); anything else (spaces, quotes, controls, "<>{}|\\^`") is percent-encoded.
_IRI_SAFE = ":/?#[]@!$&'()*+,;=%-._~"


@dataclass(frozen=True, slots=True)
class SourceDoc:
    """What an export says about an article: its URL if it has one, else its text fingerprint.

    ``title`` is used for annotations that do not remember their article's title (the
    export carries it so an import can show which article an orphan belongs to).
    """

    url: str = ""
    fingerprint: str = ""
    title: str = ""
    #: Last resort for an article known by neither (gone, and never identified): postil's
    #: local id, exported only as a hash (a file path says too much about its owner).
    local_id: str = ""

    def iri(self) -> str:
        """The article's IRI: its URL, else ``urn:postil:text:<fingerprint>``."""
        if self.url.strip():
            return as_iri(self.url.strip())
        if self.fingerprint.strip():
            return TEXT_URN + quote(self.fingerprint.strip(), safe="-._~")
        if self.local_id:
            digest = hashlib.sha256(self.local_id.encode("utf-8", "surrogatepass")).hexdigest()
            return f"{ARTICLE_URN}{digest[:20]}"
        raise ValueError("an article needs a URL or a text fingerprint to be exported")


def as_iri(value: str) -> str:
    """``value`` with the characters an IRI cannot hold percent-encoded.

    Printable non-ASCII letters stay as they are (IRIs allow them); ASCII outside the IRI
    set, controls and any white space are encoded as UTF-8 ``%XX``.
    """
    return "".join(c if _iri_char(c) else quote(c, safe="") for c in value)


def _iri_char(char: str) -> bool:
    if char.isascii():
        return char.isalnum() or char in _IRI_SAFE
    return ord(char) > 0x9F and char.isprintable() and not char.isspace()


def is_absolute_iri(value: str) -> bool:
    """Whether ``value`` starts with a scheme (``https:``, ``urn:``) and holds no white space."""
    return bool(_SCHEME.match(value)) and not any(c.isspace() for c in value)


def fingerprint_of(iri: str) -> str | None:
    """The text fingerprint in a ``urn:postil:text:`` IRI, else ``None``."""
    if iri.lower().startswith(TEXT_URN):
        return iri[len(TEXT_URN) :] or None
    return None


def comparable_url(url: str) -> str:
    """A URL reduced for matching: scheme and host lowercased, fragment and trailing ``/`` gone.

    ``https://Example.com/a/#x`` and ``https://example.com/a`` are the same article to a
    reader; query strings are kept (they often name the article).
    """
    url = url.strip()
    match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)", url)
    if match is None:
        return url.split("#", 1)[0]
    scheme, host, rest = match.groups()
    rest = rest.split("#", 1)[0]
    if rest.endswith("/") and "?" not in rest:
        rest = rest.rstrip("/")
    return f"{scheme.lower()}://{host.lower()}{rest}"
