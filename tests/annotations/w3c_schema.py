"""Checks of Web Annotation JSON against the W3C's own schemas and the model's MUSTs.

Two layers, both able to fail (tests feed them broken documents to prove it):

- the Working Group's JSON Schema assertions (``w3c_schemas/``, vendored from the
  web-platform-tests): every assertion of ``annotationMusts.test`` for an annotation, and the
  ``collections.json`` definitions for a collection and its pages;
- what those schemas leave out, written here from https://www.w3.org/TR/annotation-model/:
  times in UTC with ``Z``, ``@context`` a string when single, exactly one ``exact``,
  ``start <= end``, a ``TextualBody`` value that is one string, well-formed ``urn:uuid:``.

The schemas use ``format: uri`` and ``format: date-time``; jsonschema checks formats only
with optional packages, so both are checked here (IRIs allowed, as the model uses IRIs).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT4

SCHEMAS = Path(__file__).resolve().parent / "w3c_schemas"
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"

# RFC 3987 absolute IRI, loosely: a scheme, then no white space, controls or <>"{}|\^`.
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s\x00-\x1f\x7f<>\"{}|\\^`]*")
# RFC 3339 date-time.
_DATE_TIME = re.compile(
    r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)"
    r"(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)"
)
_UTC_Z = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z")
_URN_UUID = re.compile(
    r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
)
_MOTIVATIONS = {
    "assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
    "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging",
}  # fmt: skip

_COLLECTION = [
    ("id.json", "idValueFound"),
    ("collections.json", "annotationCollectionTypeValueFound"),
    ("collections.json", "labelDefinition"),
    ("collections.json", "totalDefinition"),
    ("collections.json", "firstValidIfPresent"),
    ("collections.json", "firstRequiredIfTotalMoreThanZero"),
    ("collections.json", "lastValidIfPresent"),
]
_PAGE = [
    ("id.json", "idValueFound"),
    ("collections.json", "annotationPageTypeValueFound"),
    ("collections.json", "partOfValidIfPresent"),
    ("collections.json", "nextValidIfPresent"),
    ("collections.json", "prevValidIfPresent"),
    ("collections.json", "startIndexDefinition"),
    ("collections.json", "itemsFound"),
]
_ANNOTATION_OPTIONAL = [
    ("annotations.json", "motivationRecognizedIfPresent"),
    ("otherProperties.json", "creatorValidIfPresent"),
    ("annotations.json", "stylesheetValueDefinition"),
]
_BODY = [("bodyTarget.json", "bodyResourcesFound")]
_TEXTUAL_BODY = [
    ("bodyTarget.json", "embeddedTextTypeIncludesTextualBody"),
    ("bodyTarget.json", "optionalBodyPurposePropertyShould"),
    ("bodyTarget.json", "formatValidIfPresent"),
    ("bodyTarget.json", "resourceTypeShouldIfPresent"),
]
_TARGET = [
    ("specificResource.json", "sourceDetected"),
    ("specificResource.json", "selectorDetected"),
]
_SELECTOR = [
    ("specificResource.json", "textQuoteSelectorTypeValidIfPresent"),
    ("specificResource.json", "textPositionSelectorTypeValidIfPresent"),
]
_AGENT = [
    ("otherProperties.json", "agentTypeDefinition"),
    ("otherProperties.json", "agentNameDefinition"),
]


@cache
def _registry() -> Registry:
    resources = []
    for path in sorted((SCHEMAS / "definitions").glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((path.name, DRAFT4.create_resource(schema)))
    return Registry().with_resources(resources)


@cache
def _formats() -> FormatChecker:
    checker = FormatChecker(formats=())
    checker.checks("uri")(lambda value: not isinstance(value, str) or bool(_IRI.fullmatch(value)))
    checker.checks("date-time")(
        lambda value: not isinstance(value, str) or bool(_DATE_TIME.fullmatch(value))
    )
    return checker


def _valid(schema: dict[str, Any], instance: Any) -> bool:
    return _validator(json.dumps(schema, sort_keys=True)).is_valid(instance)


@cache
def _validator(schema: str) -> Draft4Validator:
    """One validator per schema (built once: references resolve lazily and are cached)."""
    return Draft4Validator(json.loads(schema), registry=_registry(), format_checker=_formats())


def _definitions(checks: list[tuple[str, str]], instance: Any, where: str) -> list[str]:
    return [
        f"{where}: not {file}#{name}"
        for file, name in checks
        if not _valid({"$ref": f"{file}#/definitions/{name}"}, instance)
    ]


@cache
def _must_assertions() -> list[tuple[str, dict[str, Any]]]:
    test = json.loads((SCHEMAS / "annotations" / "annotationMusts.test").read_text("utf-8"))
    return [
        (reference, json.loads((SCHEMAS / reference).read_text(encoding="utf-8")))
        for reference in test["assertions"]
    ]


def must_assertion_failures(annotation: dict[str, Any]) -> list[str]:
    """The ``annotationMusts.test`` assertions ``annotation`` fails (their error messages)."""
    failures = []
    for reference, schema in _must_assertions():
        expected = schema.get("expectedResult", "valid") == "valid"
        if _valid(schema, annotation) != expected:
            failures.append(f"{reference}: {schema.get('errorMessage', '')}")
    return failures


def annotation_failures(annotation: dict[str, Any]) -> list[str]:
    """Every schema and spec rule a standalone annotation breaks (empty if none)."""
    failures = must_assertion_failures(annotation)
    failures += _definitions(_ANNOTATION_OPTIONAL, annotation, "annotation")
    failures += _spec_annotation_failures(annotation)
    for body in _as_list(annotation.get("body")):
        failures += _definitions(_BODY, body, "body")
        if isinstance(body, dict) and "value" in body:
            failures += _definitions(_TEXTUAL_BODY, body, "body")
        failures += _spec_body_failures(body)
    for target in _as_list(annotation.get("target")):
        failures += _definitions(_TARGET, target, "target")
        for selector in _as_list(target.get("selector") if isinstance(target, dict) else None):
            failures += _definitions(_SELECTOR, selector, "selector")
            failures += _spec_selector_failures(selector)
    for agent in _as_list(annotation.get("creator")):
        if isinstance(agent, dict):
            failures += _definitions(_AGENT, agent, "creator")
    return failures


def collection_failures(collection: dict[str, Any]) -> list[str]:
    """Every rule an ``AnnotationCollection`` (with its embedded pages and items) breaks.

    Embedded annotations are checked as standalone ones with the collection's ``@context``
    (the WPT assertions expect one on every annotation).
    """
    failures = _context_failures(collection.get("@context"), "collection")
    failures += _definitions(_COLLECTION, collection, "collection")
    page = collection.get("first")
    pages = 0
    while isinstance(page, dict):
        pages += 1
        failures += _definitions(_PAGE, page, f"page {pages}")
        if page.get("partOf") not in (None, collection.get("id")):
            failures.append(f"page {pages}: partOf is not the collection")
        for index, item in enumerate(page.get("items", []), start=1):
            standalone = {"@context": collection.get("@context"), **item}
            failures += [f"item {index}: {f}" for f in annotation_failures(standalone)]
        page = page.get("next")
    items = sum(len(p.get("items", [])) for p in _pages(collection))
    if collection.get("total") != items:
        failures.append(f"collection: total {collection.get('total')} but {items} items")
    return failures


def _pages(collection: dict[str, Any]) -> list[dict[str, Any]]:
    pages, page = [], collection.get("first")
    while isinstance(page, dict):
        pages.append(page)
        page = page.get("next")
    return pages


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _context_failures(context: Any, where: str) -> list[str]:
    """3.1: 1+ @context values, anno.jsonld one of them, a string when it is the only one."""
    values = _as_list(context)
    failures = []
    if ANNO_CONTEXT not in values:
        failures.append(f"{where}: @context lacks {ANNO_CONTEXT}")
    if isinstance(context, list) and len(context) == 1:
        failures.append(f"{where}: a single @context value must be a string")
    for extra in values:
        if isinstance(extra, dict) and set(extra) & {"id", "type", "body", "target", "value"}:
            failures.append(f"{where}: an extension context redefines a Web Annotation key")
    return failures


def _spec_annotation_failures(annotation: dict[str, Any]) -> list[str]:
    failures = _context_failures(annotation.get("@context"), "annotation")
    ident = annotation.get("id")
    if isinstance(ident, str) and ident.startswith("urn:uuid:") and not _URN_UUID.fullmatch(ident):
        failures.append(f"annotation: {ident} is not an RFC 4122 urn:uuid")
    for key in ("created", "modified", "generated"):
        value = annotation.get(key)
        if value is not None and not (isinstance(value, str) and _UTC_Z.fullmatch(value)):
            failures.append(f"annotation: {key} {value!r} is not an xsd:dateTime in UTC (Z)")
    for motivation in _as_list(annotation.get("motivation")):
        if motivation not in _MOTIVATIONS:
            failures.append(f"annotation: unknown motivation {motivation!r}")
    return failures


def _spec_body_failures(body: Any) -> list[str]:
    if not isinstance(body, dict) or "value" not in body:
        return []
    failures = []
    if not isinstance(body["value"], str):
        failures.append("body: a TextualBody value must be exactly one string")
    for purpose in _as_list(body.get("purpose")):
        if purpose not in _MOTIVATIONS:
            failures.append(f"body: unknown purpose {purpose!r}")
    return failures


def _spec_selector_failures(selector: Any) -> list[str]:
    if not isinstance(selector, dict):
        return []
    kind = selector.get("type")
    if kind == "TextQuoteSelector":
        if not isinstance(selector.get("exact"), str):
            return ["selector: a TextQuoteSelector must have exactly 1 exact string"]
        return [
            f"selector: {key} must be one string"
            for key in ("prefix", "suffix")
            if key in selector and not isinstance(selector[key], str)
        ]
    if kind == "TextPositionSelector":
        start, end = selector.get("start"), selector.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
            return ["selector: TextPositionSelector needs integers 0 <= start <= end"]
    return []
