"""A W3C annotation's bodies as postil's note and tags.

A body in any allowed shape is read: ``bodyValue``, a ``TextualBody`` (``value``), a link (an
IRI string or an object with only an ``id``), a ``SpecificResource`` and the ``Choice`` /
``Composite`` / ``List`` / ``Independents`` sets. Bodies with ``purpose: tagging`` (or without
a purpose in an annotation motivated only by ``tagging``) are tags; every other text is note,
several joined by blank lines. A linked body's IRI goes into the note as ``<IRI>`` (an
autolink), so nothing the author pointed to is lost. Text is kept as written: HTML in a
``text/html`` body stays text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from annotations.interchange import jsonld
from annotations.interchange.records import ParseResult

TAGGING = "tagging"
_SETS = ("Composite", "List", "Independents")
#: Sets nested deeper than this are not followed (a body is rarely more than one level deep).
MAX_DEPTH = 4


@dataclass
class Words:
    """The note parts and tags read from an annotation's bodies, in document order."""

    notes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    @property
    def note(self) -> str:
        """The note: one part as written, several joined by a blank line (empty ones dropped)."""
        parts = [part for part in self.notes if part]
        if len(parts) == 1:
            return parts[0]
        return "\n\n".join(part.strip("\n") for part in parts)


def read_bodies(node: Mapping[str, Any], result: ParseResult) -> Words:
    """Note and tags of the (normalised) annotation ``node``."""
    motivations = {m for m in jsonld.as_list(node.get("motivation")) if isinstance(m, str)}
    default = TAGGING if motivations == {TAGGING} else ""
    words = Words()
    body_value = jsonld.text(node.get("bodyValue"))
    if body_value is not None:
        words.notes.append(body_value)
    for body in jsonld.as_list(node.get("body")):
        _read(body, default, words, result, 0)
    return words


def _read(body: Any, default: str, words: Words, result: ParseResult, depth: int) -> None:
    if isinstance(body, str):
        _link(body, words, result)
        return
    if not isinstance(body, dict) or depth > MAX_DEPTH:
        result.remark("bodies that are neither text nor a link ignored")
        return
    node = jsonld.normalized(body)
    kinds = jsonld.types_of(node)
    items = jsonld.as_list(node.get("items"))
    if "Choice" in kinds and items:
        result.remark("Choice bodies: the first alternative is kept")
        _read(items[0], default, words, result, depth + 1)
        return
    if kinds.intersection(_SETS) and items:
        for item in items:
            _read(item, default, words, result, depth + 1)
        return
    purposes = {p for p in jsonld.as_list(node.get("purpose")) if isinstance(p, str)}
    is_tag = TAGGING in purposes or (not purposes and default == TAGGING)
    value = _value(node.get("value"))
    if value is not None:
        (words.tags if is_tag else words.notes).append(value)
        return
    target = jsonld.iri(node.get("source")) or jsonld.text(node.get("id"))
    if target is None:
        result.remark("bodies without a value or a link ignored")
    elif is_tag:
        result.remark("tags given as links (semantic tags) ignored: postil tags are words")
    else:
        _link(target, words, result)


def _value(raw: Any) -> str | None:
    """A body's text: a string, or the strings of a (non-conforming) list joined."""
    value = jsonld.text(raw)
    if value is None and isinstance(raw, list):
        parts = [part for part in (jsonld.text(item) for item in raw) if part is not None]
        value = "\n\n".join(parts) if parts else None
    return value


def _link(iri: str, words: Words, result: ParseResult) -> None:
    result.remark("linked bodies (IRIs) kept in the note as <links>")
    words.notes.append(f"<{iri}>")
