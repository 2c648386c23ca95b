"""What makes two articles the same: a URL (requested, final or canonical) or the same text.

Keys are short strings (``url:https://example.com/a``, ``text:3f2a...``) kept in the
library's index, so ``postil add`` of a page already in says so instead of keeping it twice.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from reader.library.words import joined_words
from reader.web.urls import normalized

if TYPE_CHECKING:
    from reader.library import Article

FINGERPRINT_CHARS = 20


#: Texts are fingerprinted this many characters at a time (cut at white space): a list of
#: every word of a 200 MB text would take about 1.7 GB. Small, because ``str.casefold`` sets
#: aside 16 bytes a character of its piece: a 1 M piece cost 16 MB for a moment, more than the
#: whole text of a 10 MB article opened in the reader grows by (and it was no faster).
FINGERPRINT_STEP = 1 << 16
_SPACE = re.compile(r"\s")


def fingerprint(text: str, step: int = FINGERPRINT_STEP) -> str:
    """A fingerprint of reading text that ignores case and white space (re-wrapping, CRLF):
    the SHA-256 of its words, case-folded, joined by one space."""
    digest = hashlib.sha256()
    position, length, separator = 0, len(text), b""
    while position < length:
        end = min(length, position + step)
        if end < length:  # a piece ends inside white space, so no word is cut in two
            space = _SPACE.search(text, end)
            end = space.start() if space is not None else length
        words = joined_words(text[position:end].casefold())
        if words:
            digest.update(separator + words.encode("utf-8"))
            separator = b" "
        position = end
    return digest.hexdigest()[:FINGERPRINT_CHARS]


def url_key(url: str) -> str:
    return f"url:{normalized(url)}"


def article_keys(urls: Iterable[str | None], text_fingerprint: str | None) -> list[str]:
    """The keys of an article: each URL it is known by, and its text."""
    keys = [url_key(url) for url in urls if url]
    if text_fingerprint:
        keys.append(f"text:{text_fingerprint}")
    return list(dict.fromkeys(keys))


def article_key(article: Article) -> str:
    """The identity a highlight is tied to: the article's canonical URL where it has one (its
    text may change), else a fingerprint of its reading text (its path may change).

    The fingerprint is kept with the article: opening one asked for it three times (its
    summary, its highlights by key, locating them), each a pass over the whole text."""
    if article.url:
        return url_key(article.url)
    return f"text:{article.fingerprint}"
