"""Whether the code an index's contents came from changed: by its files' times, then bytes.

The index keeps what the recognizer found in each content and what the cleaning code read from
each file. When that code changes, they are stale: analyses are forgotten (everything is
recognised again) or file stamps are (everything is read again). A stamp of the files' sizes
and modification times costs a ``stat`` each, cheap enough for every search; but installing
postil (``pip install``, a new virtual environment, the same release again) gives every file
a new time, and a recognizer whose code did not change would recognise the whole library
again: 10 CPU-minutes at 50,000 articles. So a stamp that changed is checked against a digest
of the files' bytes (:mod:`reader.library.code_files`), kept beside it, and the contents are
forgotten only when the bytes changed (the digest is made once per new stamp).
"""

from __future__ import annotations

from collections.abc import Callable

from reader.search.catalog import Catalog


def stale_code(catalog: Catalog, key: str, stamp: str, digest: Callable[[], str]) -> str | None:
    """The digest of the code the catalogue's meta ``key`` stamps, if that code changed since
    it was recorded (``stamp``: its files' times now; ``digest``: makes the digest of their
    bytes); ``None`` if it did not. Its contents are stale: forget them, then
    :func:`record_code` (recorded first, a crash in between would leave them under the new
    stamp). A new stamp of the same bytes, or a new catalogue's, is recorded here; so is the
    digest of a catalogue written before digests were kept, once, while its stamp holds
    (with a new stamp, it could not tell a new install from new code)."""
    known = catalog.meta(key)
    if known == stamp:
        if catalog.meta(_bytes_key(key)) is None:
            record_code(catalog, key, stamp, digest())
        return None
    now = digest()
    if known is None or catalog.meta(_bytes_key(key)) == now:
        record_code(catalog, key, stamp, now)
        return None
    return now


def record_code(catalog: Catalog, key: str, stamp: str, digest: str) -> None:
    """Record ``stamp`` under meta ``key``, with the ``digest`` of the bytes it stamps."""
    with catalog.transaction() as db:
        Catalog.put_meta(db, [(key, stamp), (_bytes_key(key), digest)])


def _bytes_key(key: str) -> str:
    return f"{key} bytes"
