"""Authors and dates from what the page shows, for pages that declare neither.

Hand-made blogs and old CMSs put "By Jane Doe" or "posted by Jane Doe | 7 comments" in the page
and nothing in <meta>. Names are read from byline-marked elements first (class or id with
"byline"/"author", rel=author, itemprop=author), one text piece at a time so "BY JANE DOE" and
"Updated March 3" in sibling spans never run together, then from a "By ..." phrase anywhere
near the top. A name must look like one: two to four capitalised words, no digits; a photo
credit ("Photo by ...") is not a byline. The date comes from htmldate (installed with
trafilatura), which reads the page's visible dates with many locale patterns, offline.
"""

from __future__ import annotations

import re

from lxml import html

_MARKED = (
    '//*[@rel="author"]|//*[@itemprop="author"]|//*[contains(@class,"byline")]|'
    '//*[contains(@class,"author")]|//*[contains(@id,"byline")]|//*[contains(@id,"author")]'
)
_PREFIX = re.compile(
    r"^\s*(?:(?:posted|written|reported|words|text|story)\s+)?(?:by|von|par|por|door|di)\s*:?\s+",
    re.IGNORECASE,
)
_CUT = re.compile(r"\s*(?:[|·•,;/(\n—–]|\s-\s|\bon\b|\bat\b|\bin\b|\bfor\b|\d).*$", re.DOTALL)
_AND = re.compile(r"\s+(?:and|und|et|y|&)\s+", re.IGNORECASE)
_NAME = re.compile(
    r"[A-ZÀ-ÞŁŚŻ][\w'’.-]*(?:\s+(?:[A-ZÀ-ÞŁŚŻ][\w'’.-]*|van|von|de|da|del|der|le|la|bin|al)){1,3}"
)
_PHRASE = re.compile(
    r"(?<![\w])(?:posted |written |reported )?by\s+"
    r"([A-ZÀ-ÞŁŚŻ][\w'’.-]+(?:\s+[A-ZÀ-ÞŁŚŻ][\w'’.-]+){1,3})",
    re.IGNORECASE,
)
_CREDIT_BEFORE = re.compile(
    r"(?:photo|image|picture|illustration|graphic|video|edited|photographs?)\s*$", re.IGNORECASE
)
_MAX_PIECE = 200
#: The top of a page searched for a byline and a date: its first this many elements ...
_DATE_ELEMENTS = 3000
#: ... and no more than this much of their text (script and style text aside): a page of a few
#: huge paragraphs (a transcript, a <pre>) has few elements but megabytes of text, and htmldate
#: scans every character of what it is given.
_DATE_CHARS = 100_000
_CODE = frozenset({"script", "style", "noscript", "template"})
_SCAN_TEXTS = 400


class _Budget:
    """What is left to copy of the page's top: elements, and characters of text."""

    def __init__(self) -> None:
        self.elements = _DATE_ELEMENTS
        self.chars = _DATE_CHARS

    def text(self, value: str | None, tag: str) -> str | None:
        """``value`` as far as the budget allows (code is copied whole and not counted)."""
        if not value or tag in _CODE:
            return value
        value = value[: max(0, self.chars)]
        self.chars -= len(value)
        return value

    @property
    def spent(self) -> bool:
        return self.elements <= 0 or self.chars <= 0


def _bare_copy(element: html.HtmlElement) -> html.HtmlElement | None:
    """``element``'s tag and attributes, without its content; None if lxml will not make the
    tag. The HTML parser keeps names that lxml refuses to create (``<A<`` gives a tag "a<"):
    such an attribute is left out, such an element skipped with what it holds."""
    try:
        return html.Element(element.tag, dict(element.attrib))
    except ValueError:
        pass
    try:
        return html.Element(element.tag)
    except ValueError:
        return None


def _first_elements(element: html.HtmlElement, budget: _Budget) -> html.HtmlElement | None:
    """A copy of ``element`` keeping only what :class:`_Budget` allows, in document order
    (nesting is bounded by the parser's depth limit, so the recursion is too)."""
    copy = _bare_copy(element)
    if copy is None:
        return None
    copy.text = budget.text(element.text, element.tag)
    copy.tail = budget.text(element.tail, "")
    budget.elements -= 1
    for child in element:
        if budget.spent:
            break
        if isinstance(child.tag, str):
            kept = _first_elements(child, budget)
            if kept is not None:
                copy.append(kept)
    return copy


def names_in(piece: str) -> list[str]:
    """The author names in one byline text piece ("By A and B | Staff"), or []."""
    text = _PREFIX.sub("", piece.strip())
    if len(text) > _MAX_PIECE or not text:
        return []
    had_prefix = text != piece.strip()
    text = _CUT.sub("", text)
    names = []
    for part in _AND.split(text):
        part = part.strip()
        if _NAME.fullmatch(part) and not part.isupper():
            names.append(part)
        elif _NAME.fullmatch(part.title()) and part.isupper() and had_prefix:
            names.append(part.title())
    return names


def byline_authors(tree: html.HtmlElement) -> list[str]:
    """Authors named in the page's byline elements, else in a "By ..." phrase near the top."""
    for element in tree.xpath(_MARKED)[:20]:
        if element.tag in ("meta", "link", "script", "style", "html", "body"):
            continue
        for piece in element.itertext():
            names = names_in(piece)
            if names:
                return names
    body = tree.find(".//body")
    if body is None:
        return []
    for number, piece in enumerate(body.itertext()):
        if number > _SCAN_TEXTS:
            break
        match = _PHRASE.search(piece)
        if match and not _CREDIT_BEFORE.search(piece[: match.start()]) and len(piece) <= _MAX_PIECE:
            names = names_in(piece[match.start() :])
            if names:
                return names
    return []


def page_top(tree: html.HtmlElement) -> html.HtmlElement:
    """A copy of the page's first :data:`_DATE_ELEMENTS` elements (and :data:`_DATE_CHARS` of
    their text): bylines and dates are near the top, and searching a 2 MB page for them would
    cost more than extracting it."""
    top = _first_elements(tree.getroottree().getroot(), _Budget())
    return top if top is not None else html.Element("html")


def visible_date(tree: html.HtmlElement, url: str | None) -> str | None:
    """The publication date htmldate finds in ``tree`` (YYYY-MM-DD), or None; pass
    :func:`page_top` of a large page."""
    try:
        from htmldate import find_date
    except ImportError:  # pragma: no cover - installed with trafilatura
        return None
    try:
        return find_date(tree, url=url, original_date=True, extensive_search=False)
    except (ValueError, TypeError):
        return None
