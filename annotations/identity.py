"""Highlights tied to what an article is, not where its file is: the schema 1 -> 2 migration.

Up to schema 1 a highlight named its article by id only: a seed's ``seeds/<name>`` or a file's
absolute path, so copying, moving or renaming the file lost its highlights. From schema 2 each
highlight also carries ``article_key``: the article's canonical URL, else a fingerprint of its
text. Computing a key needs the article, which only the reader side can load, so the store is
given an ``identify`` function; an article that cannot be loaded now (a file gone) keeps no key
and its highlights keep their id, found as before, and keyed the next time it is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: ``identify(article_id)`` -> the article's key, or None when it cannot be read now.
Identify = Callable[[str], str | None]


def fill_article_keys(docs: dict[str, dict[str, Any]], identify: Identify | None) -> int:
    """Give each annotation document without a key its article's key; how many were keyed.

    Each article is identified once, however many highlights it has.
    """
    if identify is None:
        return 0
    keys: dict[str, str | None] = {}
    filled = 0
    for doc in docs.values():
        article = doc.get("article")
        if doc.get("article_key") or not isinstance(article, str):
            continue
        if article not in keys:
            keys[article] = identify(article)
        if keys[article]:
            doc["article_key"] = keys[article]
            filled += 1
    return filled
