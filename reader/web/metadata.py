"""A page's metadata from what the page itself declares: JSON-LD, OpenGraph, <meta>, <time>.

Sources are ranked by how deliberately a publisher writes them: JSON-LD (for search engines,
usually exact), then OpenGraph and Twitter cards (for social previews), then plain <meta> tags
(author, article:published_time, Dublin Core, parse.ly, sailthru...), then the document itself
(<link rel=canonical>, <html lang>, <time datetime>, the <title> minus its site suffix). The
first source that has a field wins. Values are raw here; :mod:`reader.web.bounds` cleans them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import html

from reader.web.byline import byline_authors, page_top, visible_date
from reader.web.jsonld import read_jsonld

_AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author",
                "sailthru.author", "byl", "citation_author")  # fmt: skip
_DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "publication_date", "date", "dc.date", "dc.date.issued",
    "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "citation_date",
    "og:published_time", "article.published", "originalpublicationdate",
)  # fmt: skip
_SITE_META = ("og:site_name", "application-name", "apple-mobile-web-app-title", "publisher",
              "dc.publisher", "twitter:site")  # fmt: skip
_TITLE_META = ("og:title", "twitter:title", "dc.title", "title", "parsely-title",
               "sailthru.title")  # fmt: skip
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]\s+")
_AND = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_BYLINE_PREFIX = re.compile(r"^\s*(?:by|written by|words by|von|par|por)\s*:?\s+", re.IGNORECASE)


@dataclass
class PageMeta:
    """Raw metadata candidates for one page (cleaned and bounded later)."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    site: str | None = None
    published: str | None = None
    canonical_url: str | None = None
    language: str | None = None
    description: str | None = None
    body: str | None = None  # JSON-LD articleBody: a fallback when the HTML body yields nothing
    standfirst: str | None = None  # the description, when the page shows it as its dek


def meta_values(tree: html.HtmlElement) -> dict[str, str]:
    """``{name or property (lower case): content}`` for every <meta>, first one winning."""
    values: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and content.strip():
            values.setdefault(key.strip().lower(), content.strip())
    return values


def _first(values: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((values[key] for key in keys if values.get(key)), None)


def _page_title(tree: html.HtmlElement, site: str | None) -> str | None:
    """The <title> without its " | Site" part (or the <h1> when there is exactly one)."""
    headings = tree.xpath("//h1")
    if len(headings) == 1:
        text = headings[0].text_content().strip()
        if 3 <= len(text) <= 300:
            return text
    element = tree.find(".//title")
    title = element.text_content().strip() if element is not None else ""
    return strip_site(title, site) or None


def strip_site(title: str, site: str | None) -> str:
    """``title`` without a leading or trailing site name ("Title | Site", "Site - Title")."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if site:
        key = site.casefold()
        if parts[-1].casefold() == key:
            return title[: title.rfind(parts[-1])].rstrip(" |-–—:·•»")
        if parts[0].casefold() == key:
            return title[len(parts[0]) :].lstrip(" |-–—:·•»")
    return (
        title if len(parts[-1].split()) > 4 else title[: title.rfind(parts[-1])].rstrip(" |-–—:·•»")
    )


def _title_suffix_site(tree: html.HtmlElement) -> str | None:
    """The site named after the last separator of <title> ("Headline | Site"), if short."""
    element = tree.find(".//title")
    title = element.text_content().strip() if element is not None else ""
    parts = re.split(r"\s+[|–—·•»]\s+|\s+-\s+", title)
    if len(parts) < 2 or not 1 <= len(parts[-1].split()) <= 5:
        return None
    return parts[-1].strip() if len(parts[0].split()) >= 3 else None


def _authors_from_meta(values: dict[str, str]) -> list[str]:
    names: list[str] = []
    for key in _AUTHOR_META:
        value = values.get(key)
        if not value or value.startswith(("http://", "https://", "/")):
            continue  # article:author is often a profile URL
        for name in _AND.split(_BYLINE_PREFIX.sub("", value)):
            if name.strip() and name.strip() not in names:
                names.append(name.strip())
        if names:
            return names
    return names


def _time_element(tree: html.HtmlElement) -> str | None:
    """The first <time datetime> (or itemprop=datePublished) in the page."""
    for element in tree.xpath('//*[@itemprop="datePublished"]|//time[@datetime]|//time[@pubdate]'):
        value = element.get("datetime") or element.get("content") or element.text_content()
        if value and value.strip():
            return value.strip()
    return None


def _canonical(tree: html.HtmlElement) -> str | None:
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return link.get("href")
    return None


def _language(tree: html.HtmlElement, values: dict[str, str]) -> str | None:
    root = tree.getroottree().getroot()
    lang = (
        root.get("lang")
        or root.get("xml:lang")
        or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    )
    if lang and lang.strip():
        return lang.strip()
    for meta in tree.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "content-language" and meta.get("content"):
            return meta.get("content", "").split(",")[0].strip()
    return _first(values, ("og:locale", "language", "dc.language", "content-language"))


_DEK_WORD = re.compile(
    r"standfirst|dek\b|deck|subtitle|sub-?head|summary|excerpt|strap|description|lede|teaser",
    re.IGNORECASE,
)


def _standfirst(tree: html.HtmlElement, description: str | None) -> str | None:
    """``description`` when the page shows it as the summary under its headline.

    The same text is often the article's first paragraph too (og:description copied from the
    lead); only an element marked as a dek (class, id, data attribute) or sitting in a
    <header> makes it a standfirst, so a real first paragraph is never dropped for matching.
    """
    if not description or len(description) < 20:
        return None
    head = " ".join(description.split())[:40]
    for element in tree.iter("p", "h2", "h3", "div", "span"):
        if not (element.text or "").strip().startswith(head[:20]):
            continue
        if " ".join(element.text_content().split()) != " ".join(description.split()):
            continue
        for node in [element, *list(element.iterancestors())[:3]]:
            marks = " ".join(str(value) for value in node.attrib.values())
            if node.tag == "header" or _DEK_WORD.search(marks):
                return description
    return None


def read_metadata(tree: html.HtmlElement, url: str | None = None) -> PageMeta:
    """Everything the page declares about its article, best source first; what it does not
    declare, its visible byline and dates (:mod:`reader.web.byline`)."""
    values = meta_values(tree)
    linked = read_jsonld(tree)
    site = _first(values, ("og:site_name",)) or linked.site or _first(values, _SITE_META[1:])
    if site and site.startswith("@"):
        site = None  # a twitter:site handle is not a name
    site = site or _title_suffix_site(tree)
    title = linked.title or _first(values, _TITLE_META) or _page_title(tree, site)
    if title and site:
        title = strip_site(title, site)
    description = _first(values, ("og:description", "description", "twitter:description"))
    description = description or linked.description
    authors = linked.authors or _authors_from_meta(values)
    published = linked.published or _first(values, _DATE_META) or _time_element(tree)
    if not authors or not published:  # undeclared: read the top of the visible page
        top = page_top(tree)
        authors = authors or byline_authors(top)
        published = published or visible_date(top, url)
    return PageMeta(
        title=title,
        authors=authors,
        site=site,
        published=published,
        canonical_url=_canonical(tree) or values.get("og:url") or linked.url,
        language=_language(tree, values) or linked.language,
        description=description,
        body=linked.body,
        standfirst=_standfirst(tree, description),
    )
