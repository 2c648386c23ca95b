"""Reading Hypothesis' API JSON: what ``/api/search`` returns, or one of its rows, or a list.

A row holds ``id``, ``uri``, ``text`` (the note, Markdown), ``tags``, ``created``/``updated``,
``user`` (``acct:name@authority``), ``document.title`` and ``target[].selector[]`` with the
same selectors as the W3C model. Replies (rows with ``references``) and page notes (no quoted
passage) are skipped with that reason: postil keeps notes on passages.

Hypothesis' positions count UTF-16 code units of the web page's text, not code points of
postil's reading text; they are kept only as a hint, the quote and its context do the finding.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from annotations.interchange import jsonld
from annotations.interchange.assembly import Pieces, assemble
from annotations.interchange.records import ORIGIN_HYPOTHESIS, ParseResult, Skip, item_label
from annotations.interchange.selectors import Passage, read_selectors


def is_hypothesis(data: Any) -> bool:
    """Whether ``data`` looks like Hypothesis API JSON: ``{"rows": […]}`` or rows."""
    if isinstance(data, dict) and isinstance(data.get("rows"), list):
        return True
    first = next((item for item in jsonld.as_list(data) if isinstance(item, dict)), None)
    if first is None or "type" in first:
        return False
    return isinstance(first.get("target"), list) and ("uri" in first or "user" in first)


def read_hypothesis(data: Any, result: ParseResult) -> None:
    """Add a record or a skip to ``result`` for every row in ``data``."""
    rows = data["rows"] if isinstance(data, dict) and "rows" in data else jsonld.as_list(data)
    for index, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            result.skipped.append(Skip(f"row {index}", "not a JSON object"))
            continue
        label = item_label("row", index, row.get("id"))
        record = read_row(row, label, result)
        (result.skipped if isinstance(record, Skip) else result.notes).append(record)


def read_row(row: Mapping[str, Any], label: str, result: ParseResult) -> Any:
    """The record of one Hypothesis row, or a :class:`Skip`."""
    if row.get("references"):
        return Skip(label, "a reply in a discussion, not a highlight")
    source, passage = _passage(row, result)
    if not passage.usable:
        return Skip(label, "a page note: it quotes no passage")
    if not source:
        return Skip(label, "no uri: the page it belongs to is unknown")
    tags = tuple(tag for tag in jsonld.as_list(row.get("tags")) if isinstance(tag, str))
    pieces = Pieces(
        origin=ORIGIN_HYPOTHESIS,
        remote_id=jsonld.text(row.get("id")) or "",
        source=source,
        title=_title(row.get("document")),
        passage=passage,
        note=jsonld.text(row.get("text")) or "",
        tags=tags,
        created=row.get("created"),
        updated=row.get("updated"),
        creator=_user(row),
    )
    return assemble(pieces, label, result)


def _passage(row: Mapping[str, Any], result: ParseResult) -> tuple[str, Passage]:
    uri = jsonld.text(row.get("uri")) or ""
    for raw in jsonld.as_list(row.get("target")):
        if not isinstance(raw, dict):
            continue
        passage = read_selectors(jsonld.as_list(raw.get("selector")), result)
        if passage.usable:
            return uri or jsonld.iri(raw.get("source")) or "", passage
    return uri, Passage()


def _title(document: Any) -> str:
    if isinstance(document, dict):
        return jsonld.text(jsonld.as_list(document.get("title"))[:1]) or ""
    return ""


def _user(row: Mapping[str, Any]) -> str:
    """``acct:alice@hypothes.is`` -> ``alice@hypothes.is`` (the display name is not unique)."""
    user = jsonld.text(row.get("user")) or ""
    return user[len("acct:") :] if user.startswith("acct:") else user
