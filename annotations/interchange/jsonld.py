"""Reading JSON-LD the way annotation tools write it, without a JSON-LD processor.

Producers compact with the standard context (``"target"``, ``"TextQuoteSelector"``) but some
use the keywords (``"@id"``), the ``oa:`` prefix or full IRIs, wrap values as
``{"@value": …}``, or give one value where another gives a list. These helpers fold those
variants into the standard terms so the readers deal with one shape. Unknown terms are left
alone (the Web Annotation Vocabulary says to ignore them), never an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

OA = "http://www.w3.org/ns/oa#"
_DCTERMS = "http://purl.org/dc/terms/"
_RDF_VALUE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value"
_AS = "http://www.w3.org/ns/activitystreams#"

# Other spellings of the standard terms -> the compact term.
_OA_PROPERTIES = {
    "hasBody": "body",
    "hasTarget": "target",
    "hasSource": "source",
    "hasSelector": "selector",
    "hasPurpose": "purpose",
    "motivatedBy": "motivation",
    "bodyValue": "bodyValue",
    "canonical": "canonical",
    "exact": "exact",
    "prefix": "prefix",
    "suffix": "suffix",
    "start": "start",
    "end": "end",
    "refinedBy": "refinedBy",
    "styleClass": "styleClass",
}
_KEY_ALIASES: dict[str, str] = {"@id": "id", "@type": "type", _RDF_VALUE: "value"}
for _name, _term in _OA_PROPERTIES.items():
    _KEY_ALIASES[f"oa:{_name}"] = _term
    _KEY_ALIASES[OA + _name] = _term
for _name in ("created", "modified", "creator", "format", "title"):
    _KEY_ALIASES[f"dcterms:{_name}"] = _name
    _KEY_ALIASES[_DCTERMS + _name] = _name
for _name in ("items", "first", "next", "partOf", "totalItems"):
    _KEY_ALIASES[f"as:{_name}"] = _name
    _KEY_ALIASES[_AS + _name] = _name
_KEY_ALIASES["rdf:value"] = "value"
_KEY_ALIASES["schema:name"] = "name"
_KEY_ALIASES["foaf:name"] = "name"

# Class names as the anno.jsonld context maps them.
_TYPE_ALIASES = {
    "OrderedCollection": "AnnotationCollection",
    "OrderedCollectionPage": "AnnotationPage",
    "SpecificResource": "SpecificResource",
}


def normalized(node: Mapping[str, Any]) -> Mapping[str, Any]:
    """``node`` with its keys as standard compact terms (the first spelling met wins).

    A node already in standard terms (the usual case) is returned as it is, not copied.
    """
    if not any(key in _KEY_ALIASES for key in node):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if not isinstance(key, str):
            continue
        term = _KEY_ALIASES.get(key, key)
        out.setdefault(term, value)
    return out


def as_list(value: Any) -> list[Any]:
    """``value`` as a list: ``None`` -> ``[]``, a list as is, anything else in a list.

    A JSON-LD ``{"@list": …}`` or ``{"@set": …}`` object is unwrapped.
    """
    if value is None:
        return []
    if isinstance(value, dict):
        for keyword in ("@list", "@set"):
            if keyword in value:
                return as_list(value[keyword])
    return list(value) if isinstance(value, list) else [value]


def scalar(value: Any) -> Any:
    """A plain value: ``{"@value": x}`` -> ``x``, a one-item list -> its item."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, dict) and "@value" in value:
        value = value["@value"]
    return value


def text(value: Any) -> str | None:
    """A string value, or ``None`` if ``value`` is not (after :func:`scalar`) a string."""
    value = scalar(value)
    return value if isinstance(value, str) else None


def integer(value: Any) -> int | None:
    """A non-negative integer value (``3``, ``3.0`` or ``"3"``), else ``None``."""
    value = scalar(value)
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    return value if isinstance(value, int) and value >= 0 else None


def iri(value: Any) -> str | None:
    """The IRI a value names: a string, or the ``id`` of an object."""
    value = scalar(value)
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return text(normalized(value).get("id"))
    return None


def types_of(node: Mapping[str, Any]) -> set[str]:
    """The node's classes as compact names: ``oa:TextQuoteSelector`` -> ``TextQuoteSelector``."""
    names: set[str] = set()
    for raw in as_list(node["type"] if "type" in node else node.get("@type")):
        if not isinstance(raw, str):
            continue
        name = raw
        for prefix in (OA, _AS, "oa:", "as:"):
            if name.startswith(prefix):
                name = name[len(prefix) :]
                break
        names.add(_TYPE_ALIASES.get(name, name))
    return names
