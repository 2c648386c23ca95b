"""W3C Web Annotation export: postil's highlights as one JSON-LD ``AnnotationCollection``.

Shape (https://www.w3.org/TR/annotation-model/), one annotation::

    {"id": "urn:uuid:…", "type": "Annotation",
     "canonical": "urn:postil:annotation:<postil id>",
     "created": "…Z", "modified": "…Z", "creator": {"type": "Person", "name": "…"},
     "motivation": "commenting",            # "highlighting" when there is no note
     "body": [{"type": "TextualBody", "value": "<note>", "format": "text/markdown",
               "purpose": "commenting"},
              {"type": "TextualBody", "value": "<tag>", "purpose": "tagging"}],
     "target": {"source": "<article URL or urn:postil:text:…>",
                "selector": [{"type": "TextQuoteSelector", "exact": …, "prefix": …, "suffix": …},
                             {"type": "TextPositionSelector", "start": …, "end": …}],
                "postil:title": "<article title>"},
     "postil:color": "yellow"}

The collection holds one embedded ``AnnotationPage`` with every annotation (a file has nowhere
to put further pages: ``next`` must be an IRI). Colour, the article title and where an imported
note came from are extension terms under ``urn:postil:vocab#``, which other tools ignore (the
Web Annotation Vocabulary requires them to). Positions count Unicode code points of postil's
reading text, as the model asks; other tools anchor by the quote and its context.

Deterministic: the same annotations give the same JSON, so an exported file can be versioned.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from annotations.interchange.cleaning import utc_timestamp
from annotations.interchange.identity import annotation_iri, canonical_iri, group_iri
from annotations.interchange.sources import SourceDoc
from annotations.model import Annotation

#: The standard context, then postil's own namespace for the terms the model has no place for.
ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
POSTIL_VOCAB = "urn:postil:vocab#"
CONTEXT: list[Any] = [ANNO_CONTEXT, {"postil": POSTIL_VOCAB}]
#: Extension terms (compact IRIs under ``postil:``).
COLOR = "postil:color"
TITLE = "postil:title"
ORIGIN = "postil:origin"

COLLECTION_LABEL = "postil notes"


def to_w3c(
    annotations: Sequence[Annotation],
    sources: Mapping[str, SourceDoc],
    *,
    base_iri: str | None = None,
    creator: str = "",
    label: str = COLLECTION_LABEL,
) -> dict[str, Any]:
    """An ``AnnotationCollection`` of ``annotations``, articles in ``sources`` order.

    ``sources`` maps each annotation's ``article`` to what the export says about it (a
    ``KeyError`` names a missing one). ``base_iri`` names annotations under it instead of
    ``urn:uuid:``; ``creator`` is the reader's name for annotations that have none of their own.
    """
    order = {article: index for index, article in enumerate(sources)}
    ordered = sorted(
        annotations,
        key=lambda a: (order.get(a.article, len(order)), a.article, a.start, a.end, a.id),
    )
    iris = {article: doc.iri() for article, doc in sources.items()}
    items = [
        annotation_to_w3c(
            ann, sources[ann.article], base_iri=base_iri, creator=creator, iri=iris[ann.article]
        )
        for ann in ordered
    ]
    ids = [ann.id for ann in ordered]
    collection: dict[str, Any] = {
        "@context": CONTEXT,
        "id": group_iri("collection", ids),
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
    }
    if items:
        page_id = group_iri("page", ids)
        collection["first"] = {
            "id": page_id,
            "type": "AnnotationPage",
            "partOf": collection["id"],
            "startIndex": 0,
            "items": items,
        }
        collection["last"] = page_id
    return collection


def annotation_to_w3c(
    ann: Annotation,
    source: SourceDoc,
    *,
    base_iri: str | None = None,
    creator: str = "",
    iri: str | None = None,
) -> dict[str, Any]:
    """One highlight as a Web Annotation (without ``@context``: the collection carries it).

    ``iri`` is ``source.iri()`` when the caller already has it.
    """
    item: dict[str, Any] = {
        "id": annotation_iri(ann.id, base_iri),
        "type": "Annotation",
        "canonical": canonical_iri(ann.id),
    }
    for key, value in (("created", ann.created), ("modified", ann.updated)):
        stamp = utc_timestamp(value)
        if stamp:
            item[key] = stamp
    who = ann.creator or creator
    if who:
        item["creator"] = {"type": "Person", "name": who}
    item["motivation"] = "commenting" if ann.note else "highlighting"
    bodies = _bodies(ann)
    if bodies:
        item["body"] = bodies
    item["target"] = _target(ann, source, iri or source.iri())
    item[COLOR] = ann.color
    if ann.origin:
        item[ORIGIN] = ann.origin
    return item


def _bodies(ann: Annotation) -> list[dict[str, Any]]:
    bodies: list[dict[str, Any]] = []
    if ann.note:
        bodies.append(
            {
                "type": "TextualBody",
                "value": ann.note,
                "format": "text/markdown",
                "purpose": "commenting",
            }
        )
    bodies += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in ann.tags]
    return bodies


def _target(ann: Annotation, source: SourceDoc, iri: str) -> dict[str, Any]:
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": ann.selector.exact}
    if ann.selector.prefix:
        quote["prefix"] = ann.selector.prefix
    if ann.selector.suffix:
        quote["suffix"] = ann.selector.suffix
    selectors: list[dict[str, Any]] = [quote]
    if 0 <= ann.start < ann.end:  # always, unless the stored record was edited by hand
        selectors.append({"type": "TextPositionSelector", "start": ann.start, "end": ann.end})
    target: dict[str, Any] = {"source": iri, "selector": selectors}
    title = ann.article_title or source.title
    if title:
        target[TITLE] = title
    return target


_ITEMS = "\x00postil-items\x00"


def dumps(document: Mapping[str, Any]) -> str:
    """``document`` as postil writes it: indented JSON with one annotation per line.

    One line per annotation keeps a versioned export's diffs to the annotations that changed,
    and lets the C encoder do the bulk (an indented dump is several times slower). Control
    characters come out as ``\\u`` escapes (JSON requires it), so the file holds no raw
    escape sequence whatever the notes contain.
    """
    first = document.get("first")
    if not isinstance(first, Mapping) or not first.get("items"):
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    shell = {**document, "first": {**first, "items": _ITEMS}}
    lines = ",\n".join("      " + json.dumps(item, ensure_ascii=False) for item in first["items"])
    text = json.dumps(shell, ensure_ascii=False, indent=2)
    return text.replace(json.dumps(_ITEMS), f"[\n{lines}\n    ]", 1) + "\n"
