"""The documents annotations are about, as IRIs another tool can compare.

An article with a canonical URL is that URL. One without (a file, a paste) is known by a
fingerprint of its reading text: ``urn:postil:text:<fingerprint>``, the same on every machine
that has the same text, so two readers' notes on one file still meet.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from urllib.parse import quote

#: Prefix of the IRI of an article known only by its text.
TEXT_URN = "urn:postil:text:"
#: Prefix of the IRI of an article postil can neither read nor identify any more.
ARTICLE_URN = "urn:postil:article:"

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


def fingerprint_of(iri: str) -> str | None:
    """The text fingerprint in a ``urn:postil:text:`` IRI, else ``None``."""
    if iri.lower().startswith(TEXT_URN):
        return iri[len(TEXT_URN) :] or None
    return None
