"""Stable identities across tools: the same highlight has the same IRI in every export.

A postil id is a lowercase ULID. Exported, an annotation is named ``urn:uuid:<uuid5>``
(derived from the postil id, so re-exports agree) or ``<base IRI><postil id>`` when the user
publishes under a base IRI, and carries ``canonical: urn:postil:annotation:<postil id>``: the
Web Annotation Protocol keeps ``canonical`` when a server gives an annotation a new ``id``, so
a note that went through a server still comes home as itself.

An annotation from another tool gets a postil id derived from its own id (and origin), so
importing the same file twice yields the same ids and changes nothing.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime

#: Namespace of the uuid5 annotation ids: uuid5(NAMESPACE_URL, "urn:postil:annotation"),
#: = 4ecd78c6-59d4-51a9-b420-dac7817537e7 (a test pins it): changing it would rename every export.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:postil:annotation")
#: Prefix of the canonical IRI that names a postil annotation in any export.
CANONICAL_URN = "urn:postil:annotation:"

_CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"
_POSTIL_ID = re.compile(r"[0-9a-hjkmnp-tv-z]{26}")


def annotation_iri(postil_id: str, base_iri: str | None = None) -> str:
    """The ``id`` of an exported annotation: under ``base_iri`` if given, else a ``urn:uuid:``."""
    if base_iri:
        return join_base(base_iri, postil_id)
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, postil_id)}"


def join_base(base_iri: str, name: str) -> str:
    """``name`` under ``base_iri``: right after a final ``/ # = :``, else after an added ``/``."""
    return base_iri + name if base_iri[-1:] in "/#=:" else f"{base_iri}/{name}"


def canonical_iri(postil_id: str) -> str:
    """``urn:postil:annotation:<id>``: the name that survives a change of ``id``."""
    return CANONICAL_URN + postil_id


def postil_id_in(iri: str) -> str | None:
    """The postil id named by a ``urn:postil:annotation:`` IRI, if it is a well-formed one."""
    if not iri.lower().startswith(CANONICAL_URN):
        return None
    candidate = iri[len(CANONICAL_URN) :].lower()
    return candidate if _POSTIL_ID.fullmatch(candidate) else None


def group_iri(kind: str, postil_ids: Iterable[str]) -> str:
    """A ``urn:uuid:`` for a collection or page, the same whenever it holds the same ids."""
    name = kind + "\n" + "\n".join(sorted(postil_ids))
    return f"urn:uuid:{uuid.uuid5(NAMESPACE, name)}"


def derived_id(origin: str, remote_key: str, created: str = "") -> str:
    """A postil id for an annotation from elsewhere, always the same for the same inputs.

    Shaped like a ULID (48 bits of time, then 80 bits, Crockford base 32, lowercase) so it
    sorts by ``created`` among native ids and is a valid Obsidian block id; the 80 bits come
    from a hash of ``origin`` and ``remote_key`` (the file's id for it, or its content).
    """
    millis = _millis(created)
    digest = hashlib.sha256(f"{origin}\n{remote_key}".encode("utf-8", "surrogatepass")).digest()
    value = (millis << 80) | int.from_bytes(digest[:10], "big")
    chars = []
    for _ in range(26):
        chars.append(_CROCKFORD[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def _millis(created: str) -> int:
    try:
        moment = datetime.strptime(created, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return 0
    return max(0, min(int(moment.timestamp() * 1000), (1 << 48) - 1))
