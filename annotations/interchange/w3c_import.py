"""Reading W3C Web Annotations: one annotation, a list, an ``AnnotationCollection`` or a page.

Whatever the container, each annotation becomes a record (see :mod:`assembly`) or a skip
with its reason. A postil export comes back as itself: its ``canonical`` gives the postil id,
its ``postil:`` terms the colour and the article title. From any other producer the id is
derived from the annotation's own ``id``; a target is the first one with a usable selector.

Collections whose pages are links (``first``/``next`` as IRIs) cannot be followed from a file:
what is embedded is read and the rest is noted.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from annotations.interchange import jsonld
from annotations.interchange.assembly import Pieces, assemble
from annotations.interchange.bodies import read_bodies
from annotations.interchange.identity import postil_id_in
from annotations.interchange.records import ORIGIN_W3C, ParseResult, Skip, item_label
from annotations.interchange.selectors import Passage, read_selectors
from annotations.interchange.w3c_export import COLOR, ORIGIN, POSTIL_VOCAB, TITLE

ANNOTATION = "Annotation"
CONTAINERS = ("AnnotationCollection", "AnnotationPage")
#: Containers nested deeper than this are not followed.
MAX_NESTING = 8


def is_w3c(data: Any) -> bool:
    """Whether ``data`` looks like Web Annotation JSON(-LD) (by its types or context)."""
    first = next((item for item in jsonld.as_list(data) if isinstance(item, dict)), None)
    if first is None:
        return False
    if jsonld.types_of(first).intersection((ANNOTATION, *CONTAINERS)):
        return True
    context = jsonld.as_list(first.get("@context"))
    return any(isinstance(c, str) and c.rstrip("/").endswith("ns/anno.jsonld") for c in context)


def read_w3c(data: Any, result: ParseResult) -> None:
    """Add a record or a skip to ``result`` for every annotation in ``data``."""
    for index, node in enumerate(annotation_nodes(data, result), start=1):
        if not isinstance(node, dict):
            result.skipped.append(Skip(f"annotation {index}", "not a JSON object"))
            continue
        node = jsonld.normalized(node)
        label = item_label("annotation", index, jsonld.iri(node.get("id")))
        record = read_annotation(node, label, result)
        (result.skipped if isinstance(record, Skip) else result.notes).append(record)


def annotation_nodes(data: Any, result: ParseResult, depth: int = 0) -> Iterator[Any]:
    """The annotations of ``data``, in document order, out of any lists, pages, collections."""
    if depth > MAX_NESTING:
        result.remark(f"containers nested over {MAX_NESTING} deep ignored")
        return
    if isinstance(data, list):
        for item in data:
            yield from annotation_nodes(item, result, depth + 1)
        return
    if not isinstance(data, dict):
        yield data
        return
    node = jsonld.normalized(data)
    kinds = jsonld.types_of(node)
    if ANNOTATION in kinds or not kinds.intersection(CONTAINERS):
        yield node
        return
    yield from annotation_nodes(jsonld.as_list(node.get("items")), result, depth + 1)
    for link in ("first", "next"):
        following = node.get(link)
        if isinstance(following, dict):
            yield from annotation_nodes(following, result, depth + 1)
        elif following is not None and not (link == "next" and following == node.get("id")):
            result.remark(f"pages given as links ({link}: IRI) not followed: a file has no web")


def read_annotation(node: Mapping[str, Any], label: str, result: ParseResult) -> Any:
    """The record of one (normalised) annotation, or a :class:`Skip`."""
    targets = jsonld.as_list(node.get("target"))
    if not targets:
        return Skip(label, "no target")
    source, title, passage = _first_passage(targets, result)
    if not source:
        return Skip(label, "its target names no document (no source)")
    words = read_bodies(node, result)
    canonical = jsonld.text(node.get("canonical")) or ""
    postil_id = postil_id_in(canonical)
    origin = jsonld.text(_extension(node, ORIGIN))
    pieces = Pieces(
        origin=origin if origin is not None else ("" if postil_id else ORIGIN_W3C),
        remote_id=jsonld.iri(node.get("id")) or "",
        source=source,
        title=title,
        passage=passage,
        note=words.note,
        tags=tuple(words.tags),
        color=jsonld.text(_extension(node, COLOR)) or "",
        created=jsonld.scalar(node.get("created")),
        updated=jsonld.scalar(node.get("modified")),
        creator=agent_name(node.get("creator")),
        postil_id=postil_id,
    )
    return assemble(pieces, label, result)


def _first_passage(targets: list[Any], result: ParseResult) -> tuple[str, str, Passage]:
    """Source IRI, title and passage of the first target with a usable selector.

    Without one, the first target's source is returned with an empty passage (the caller
    skips it: a whole document is not a passage).
    """
    found: list[tuple[str, str, Passage]] = []
    for raw in targets:
        if isinstance(raw, str):
            found.append((raw, "", Passage()))
            continue
        if not isinstance(raw, dict):
            continue
        target = jsonld.normalized(raw)
        source_node = target.get("source")
        source = jsonld.iri(source_node) or (jsonld.text(target.get("id")) or "")
        title = jsonld.text(_extension(target, TITLE)) or _title_of(source_node)
        passage = read_selectors(jsonld.as_list(target.get("selector")), result)
        found.append((source, title, passage))
        if passage.usable:
            if len(targets) > 1:
                result.remark("annotations with several targets: the first passage is kept")
            return found[-1]
    return found[0] if found else ("", "", Passage())


def _title_of(source: Any) -> str:
    if isinstance(source, dict):
        node = jsonld.normalized(source)
        return jsonld.text(node.get("title")) or jsonld.text(node.get("label")) or ""
    return ""


def _extension(node: Mapping[str, Any], term: str) -> Any:
    """A ``postil:`` term, written compact or as its full IRI."""
    if term in node:
        return node[term]
    return node.get(POSTIL_VOCAB + term.split(":", 1)[1])


def agent_name(value: Any) -> str:
    """A display name for a ``creator``: the first agent's name, nickname or IRI."""
    for agent in jsonld.as_list(value):
        if isinstance(agent, str):
            return agent
        if isinstance(agent, dict):
            node = jsonld.normalized(agent)
            for key in ("name", "nickname", "id"):
                name = jsonld.text(node.get(key))
                if name:
                    return name
    return ""
