"""Article metadata from a page's JSON-LD: the most explicit metadata most news sites publish.

Pages write it in every shape schema.org allows: one object, an array of objects, an ``@graph``
whose article refers to its author and publisher by ``@id``, types as a string or a list, names
as strings or objects. This module reads all of those and tolerates what breaks ``json.loads``
in the wild (HTML comments, CDATA wrappers, raw newlines inside strings). Nothing is fetched:
``@context`` URLs are names, not addresses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import html

#: schema.org types that are an article (the page's main content), most specific first.
ARTICLE_TYPES = frozenset(
    {
        "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting",
        "SocialMediaPosting", "TechArticle", "ScholarlyArticle", "Report",
        "AdvertiserContentArticle",
        "SatiricalArticle", "DiscussionForumPosting", "Review", "Posting", "Blog",
    }
)  # fmt: skip
_PAGE_TYPES = frozenset({"WebPage", "ItemPage", "CollectionPage", "AboutPage"})
_SITE_TYPES = frozenset({"WebSite", "Organization", "NewsMediaOrganization", "Corporation"})
_WRAPPER = re.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$")
_MAX_SCRIPT = 2_000_000
_MAX_NODES = 5000


@dataclass
class LinkedData:
    """What the page's JSON-LD says about its article (empty fields when it says nothing)."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    site: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None
    body: str | None = None


def read_jsonld(tree: html.HtmlElement) -> LinkedData:
    """The article's metadata from every ``application/ld+json`` script of ``tree``."""
    nodes = list(_nodes(tree))
    by_id = {node["@id"]: node for node in nodes if isinstance(node.get("@id"), str)}
    article = _first(nodes, ARTICLE_TYPES) or _first(nodes, _PAGE_TYPES)
    found = LinkedData()
    site_node = _first(nodes, {"WebSite"})
    if site_node:
        found.site = _name(site_node)
    if article is None:
        return found
    found.title = _text(article.get("headline")) or _text(article.get("name"))
    found.authors = _names(article.get("author"), by_id)
    publisher = _resolve(article.get("publisher"), by_id)
    found.site = (_name(publisher) if isinstance(publisher, dict) else None) or found.site
    found.published = _text(article.get("datePublished")) or _text(article.get("dateCreated"))
    found.url = _url(article.get("url")) or _url(article.get("mainEntityOfPage"))
    found.language = _text(article.get("inLanguage"))
    found.description = _text(article.get("description"))
    found.body = _text(article.get("articleBody"))
    return found


def _nodes(tree: html.HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD, flattened out of arrays and ``@graph``s."""
    count = 0
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        source = script.text or ""
        if len(source) > _MAX_SCRIPT:
            continue
        try:
            data = json.loads(_WRAPPER.sub("", source), strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack and count < _MAX_NODES:
            item = stack.pop(0)
            if isinstance(item, list):
                stack[:0] = item
            elif isinstance(item, dict):
                count += 1
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack[:0] = graph


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type")
    values = kind if isinstance(kind, list) else [kind]
    return {value.rsplit("/", 1)[-1] for value in values if isinstance(value, str)}


def _first(nodes: list[dict[str, Any]], wanted: frozenset[str] | set[str]) -> dict[str, Any] | None:
    return next((node for node in nodes if _types(node) & wanted), None)


def _resolve(value: Any, by_id: dict[str, dict[str, Any]]) -> Any:
    """An ``{"@id": ...}`` reference replaced by the node it names, when the page has it."""
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in by_id:
        return by_id[value["@id"]]
    return value


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = str(value).strip()
        return text or None
    return None


def _name(node: dict[str, Any]) -> str | None:
    return _text(node.get("name")) or _text(node.get("alternateName"))


def _names(value: Any, by_id: dict[str, dict[str, Any]]) -> list[str]:
    """Author names from a string, a Person, an @id reference or a list of any of those."""
    values = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in values[:50]:
        item = _resolve(item, by_id)
        name = _name(item) if isinstance(item, dict) else _text(item)
        if name and name not in names:
            names.append(name)
    return names


def _url(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    text = _text(value)
    return text if text and text.startswith(("http://", "https://", "/")) else None
