"""Kept articles' ids, and the digest of a list of ids that a folder stamp vouches for.

A kept article's id is ``library/<stem>`` (stable if the folder moves). The digest is here,
beside the ids, so that the kept folder's listing (:mod:`reader.library.kept_listing`) can
remember it with the stems: hashing 50,000 ids was a fifth of every ``postil search``.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Ids of kept articles (``postil add``) are ``library/<stem>``: stable if the folder moves.
KEPT_PREFIX = "library/"


def kept_stem(article_id: str) -> str | None:
    """The stem of a kept article's id (``library/<stem>``), or ``None`` for another article's
    id (a seed's, a path's, or one that could name a file outside the kept folder)."""
    if not article_id.startswith(KEPT_PREFIX):
        return None
    stem = article_id[len(KEPT_PREFIX) :]
    return stem if stem and "/" not in stem and not stem.startswith(".") else None


def joined_kept_ids(stems: list[str], separator: str) -> str:
    """The ids of the kept articles ``stems``, joined: one join in C (the ids, made one by one
    and then joined, took 20 ms at 50,000)."""
    return KEPT_PREFIX + (separator + KEPT_PREFIX).join(stems) if stems else ""


def ids_digest(article_ids: Iterable[str]) -> str:
    """A digest of article ids, in their order."""
    return joined_digest("\0".join(article_ids))


def kept_ids_digest(stems: list[str]) -> str:
    """:func:`ids_digest` of the kept articles ``stems``, without making their ids."""
    return joined_digest(joined_kept_ids(stems, "\0"))


def joined_digest(joined: str) -> str:
    """The digest of ids already joined by NUL."""
    # Imported here: hashlib loads OpenSSL (3 ms), which a search whose digests are all
    # remembered never needs.
    from hashlib import blake2b

    return blake2b(joined.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
