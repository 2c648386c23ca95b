"""HTML bytes in, an article out: the one entry point of postil's web extraction.

The steps, each its own module: refuse what is not HTML (:mod:`sniff`); decode, trusting
declarations only as far as the bytes agree (:mod:`charset`); parse once with lxml (no
JavaScript, no network, no external entities); read the page's declared metadata
(:mod:`metadata`, :mod:`jsonld`); find the body with trafilatura (:mod:`body`); turn it into
blocks (:mod:`blocks`) and drop what postil's own rules recognise as furniture (:mod:`rules`);
bound and make inert every value (:mod:`bounds`).
"""

from __future__ import annotations

from lxml import etree, html

from reader.library import headlines
from reader.web import bounds
from reader.web.blocks import Block, body_blocks, to_markdown, to_text
from reader.web.body import find_body
from reader.web.charset import decode_html
from reader.web.elide import Elided, elide
from reader.web.errors import ExtractionError
from reader.web.isodate import normalise_date
from reader.web.metadata import PageMeta, read_metadata
from reader.web.page import ExtractedPage, Link
from reader.web.prepare import prepare
from reader.web.rules import apply_rules
from reader.web.sniff import refuse_non_html

__all__ = ["ExtractedPage", "ExtractionError", "Link", "extract_html"]

#: Larger inputs are refused before parsing (the fetcher's own limit is the same, 20 MB).
MAX_HTML_BYTES = 20 * 1024 * 1024
#: A body with fewer words than this is retried with recall favoured, then the JSON-LD body.
_MIN_WORDS = 40


def extract_html(
    data: bytes, url: str | None = None, *, content_type: str | None = None
) -> ExtractedPage:
    """The article in ``data`` (an HTML page's bytes), with its metadata.

    ``url`` is where the page came from (links are made absolute against it, and it is the
    canonical URL when the page names none); ``content_type`` is the HTTP header, whose charset
    outranks the page's own declaration. Raises :class:`ExtractionError` with a one-line reason.
    """
    if len(data) > MAX_HTML_BYTES:
        raise ExtractionError(
            f"page too large ({len(data) / 1e6:.1f} MB, limit {MAX_HTML_BYTES / 1e6:.0f} MB)"
        )
    refuse_non_html(data)
    text, encoding = decode_html(data, content_type)
    tree = _parse(text)
    base = bounds.safe_url(url) if url else None
    meta = read_metadata(tree, base)
    prepare(tree)
    canonical = bounds.safe_url(meta.canonical_url, base) if meta.canonical_url else None
    try:
        blocks = _article_blocks(tree, meta, _link_base(tree, base or canonical))
    except RecursionError:
        raise ExtractionError("page too deeply nested to read") from None
    if not any(headlines.is_body(block.text) for block in blocks):
        raise ExtractionError("no article text in page")
    markdown = to_markdown(blocks)
    plain, links = to_text(blocks)
    return ExtractedPage(
        title=bounds.clean_line(meta.title, bounds.TITLE_LIMIT),
        authors=_authors(meta),
        site=bounds.clean_line(meta.site, bounds.SITE_LIMIT),
        published=normalise_date(meta.published),
        canonical_url=canonical or base,
        language=bounds.clean_language(meta.language),
        description=bounds.clean_line(meta.description, bounds.DESCRIPTION_LIMIT),
        markdown=markdown,
        encoding=encoding,
        text=plain,
        links=links,
    )


def _parse(text: str) -> html.HtmlElement:
    """One lxml parse of the decoded page; an unparsable or empty page has no article.

    Control characters are made inert first (lxml keeps them in text nodes, and trafilatura
    then fails on them): newline forms become ``\\n``, the rest visible stand-ins.
    """
    if "\r" in text or "\f" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = bounds.clean_markup(text)
    if text.startswith("<?xml"):
        text = text[text.find("?>") + 2 :]  # lxml refuses str input with an encoding declaration
    # huge_tree stays off: libxml2 then stops nesting at depth 256, which bounds the recursion
    # of everything after it (trafilatura's tree walks and postil's own)
    parser = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        tree = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        raise ExtractionError("no article text in page (nothing parsable as HTML)") from None
    return tree


def _article_blocks(tree: html.HtmlElement, meta: PageMeta, base: str | None) -> list[Block]:
    """The article's blocks: trafilatura's body, retried for recall, else the JSON-LD body."""
    blocks: list[Block] = []
    for recall in (False, True):
        blocks = apply_rules(_body(tree, base, recall), meta)
        if _has_words(blocks, _MIN_WORDS):
            return blocks
    fallback = _jsonld_blocks(meta)
    return fallback if _words(fallback) > _words(blocks) else blocks


def _body(tree: html.HtmlElement, base: str | None, recall: bool) -> list[Block]:
    """The blocks of trafilatura's body, long runs of plain paragraphs set aside while it
    looks (:mod:`elide`), or looked at whole when its result does not keep them."""
    elided = elide(tree) if not recall else Elided()
    try:
        body = find_body(tree, recall=recall)
        if body is not None and elided.runs and not elided.splice(body):
            elided.restore()
            body = find_body(tree, recall=recall)
        return body_blocks(body, base) if body is not None else []
    finally:
        elided.restore()


def _link_base(tree: html.HtmlElement, url: str | None) -> str | None:
    """What relative links resolve against: the page's <base href> (itself resolved), or URL."""
    element = tree.find(".//base[@href]")
    declared = bounds.safe_url(element.get("href"), url) if element is not None else None
    return declared or url


def _jsonld_blocks(meta: PageMeta) -> list[Block]:
    if not meta.body:
        return []
    paragraphs = [line.strip() for line in meta.body.split("\n") if line.strip()]
    return [Block("p", bounds.clean_text(" ".join(p.split()))) for p in paragraphs]


def _has_words(blocks: list[Block], wanted: int) -> bool:
    """``_words(blocks) >= wanted``, without splitting a 2 MB body into words to know it."""
    count = 0
    for block in blocks:
        count += len(block.text.split(maxsplit=wanted - count))  # at most what is missing, +1
        if count >= wanted:
            return True
    return False


def _words(blocks: list[Block]) -> int:
    return sum(len(block.text.split()) for block in blocks)


def _authors(meta: PageMeta) -> tuple[str, ...]:
    names: list[str] = []
    for name in meta.authors[: bounds.MAX_AUTHORS * 3]:
        clean = bounds.clean_line(name, bounds.AUTHOR_LIMIT)
        if clean and clean.casefold() not in {n.casefold() for n in names}:
            names.append(clean)
    return tuple(names[: bounds.MAX_AUTHORS])
