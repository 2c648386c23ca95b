"""The W3C export of a workspace's highlights: each article described by URL or fingerprint.

An article the library can read is described by its canonical URL (else the fingerprint of
its text) and title; one that is gone by the identity its highlights remember
(``article_key``), so orphans and imported notes keep pointing at their page.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotations.interchange.sources import SourceDoc
from annotations.interchange.w3c_export import dumps, to_w3c
from annotations.model import Annotation
from reader.collection.keys import fingerprint
from reader.library import ArticleError, Library


def source_doc(library: Library, article_id: str, annotations: list[Annotation]) -> SourceDoc:
    """What the export says about ``article_id``, from the article or what its notes remember."""
    try:
        article = library.load(article_id)
    except (ArticleError, KeyError, LookupError, OSError):
        title = next((a.article_title for a in annotations if a.article_title), "")
        key = next((a.article_key for a in annotations if a.article_key), "")
        kind, _, value = key.partition(":")
        if kind == "url" and value:
            return SourceDoc(url=value, title=title)
        if kind == "text" and value:
            return SourceDoc(fingerprint=value, title=title)
        if "://" in article_id:  # an imported orphan waits under its page's URL
            return SourceDoc(url=article_id, title=title)
        return SourceDoc(local_id=article_id, title=title)
    return SourceDoc(
        url=article.url or "", fingerprint=fingerprint(article.text), title=article.title
    )


def export_w3c(
    library: Library, annotations: Iterable[Annotation], *, creator: str = "", base_iri: str = ""
) -> str:
    """The W3C Web Annotation JSON-LD of ``annotations``, articles in library order."""
    by_article: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        by_article.setdefault(annotation.article, []).append(annotation)
    order = {entry.id: index for index, entry in enumerate(library.entries)}
    ordered = sorted(by_article, key=lambda a: (order.get(a, len(order)), a))
    sources = {article: source_doc(library, article, by_article[article]) for article in ordered}
    notes = [a for article in ordered for a in by_article[article]]
    return dumps(to_w3c(notes, sources, creator=creator, base_iri=base_iri or None))
