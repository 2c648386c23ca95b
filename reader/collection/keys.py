"""What makes two articles the same: a URL (requested, final or canonical) or the same text.

Keys are short strings (``url:https://example.com/a``, ``text:3f2a...``) kept in the
library's index, so ``postil add`` of a page already in says so instead of keeping it twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import TYPE_CHECKING

from reader.web.urls import normalized

if TYPE_CHECKING:
    from reader.library import Article

FINGERPRINT_CHARS = 20


def fingerprint(text: str) -> str:
    """A fingerprint of reading text that ignores case and white space (re-wrapping, CRLF)."""
    folded = " ".join(text.casefold().split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:FINGERPRINT_CHARS]


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
    text may change), else a fingerprint of its reading text (its path may change)."""
    if article.url:
        return url_key(article.url)
    return f"text:{fingerprint(article.text)}"
