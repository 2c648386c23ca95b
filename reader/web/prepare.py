"""postil's rules on the parsed page, before trafilatura looks for the body.

Each rule fixes a page shape that misleads a block-scoring extractor:

* Layout tables (the 1990s-2000s way to build a page: navigation in one cell, the story in
  another) are read as data tables, cells and all; a table with a prose-sized cell is turned
  into plain containers so its cells are judged as blocks.
* Text written as runs separated by ``<br><br>`` (hand-made blogs, old CMSs) has no paragraph
  elements for an extractor to score; each run becomes a <p>, as browsers' reader modes do.
* "Read more" buttons that expand the rest of the story keep it in the page, hidden by an inline
  style or the ``hidden`` attribute; extractors drop hidden elements (rightly, for menus and
  dialogs), so a hidden element holding several paragraphs of prose is shown again.
* Live blogs put each entry's time in a <time> beside the entry; extractors drop it as page
  furniture, but in a live blog the time is part of the text (when did this happen?), so clock
  times are turned into paragraphs when a page has several of them.
* Embedded social posts (tweets, Instagram, TikTok) and widgets that live in the article column
  (newsletter sign-ups, share bars, pull quotes, photo credits, paywall prompts, consent banners)
  are removed when their class or role says what they are, and they are small: a class name
  alone never removes a container that holds most of the page's text.
"""

from __future__ import annotations

import re
from typing import TypeAlias

from lxml import etree, html

#: A cell with this many characters of text is prose, not data.
_PROSE_CELL = 400
_CLOCK = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\s*", re.IGNORECASE)
_MIN_LIVE_TIMES = 3
#: Class/id words (between - or _) that name furniture living inside article columns.
_FURNITURE_WORD = re.compile(
    r"(?:^|[-_\s])(?:newsletter|newsletters|signup|sign-up|subscription-widget|subscribe-box|"
    r"share|sharing|sharebar|share-tools|social-share|pullquote|pull-quote|embed-tweet|"
    r"twitter-tweet|instagram-media|tiktok-embed|paywall|regwall|consent|cookie|cookies|"
    r"gdpr|cmp|author-bio|bio-box|read-next|readnext|related|recirc|outbrain|taboola|"
    r"trust-badge|feedback)(?:$|[-_\s])",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    {
        "div", "p", "table", "ul", "ol", "dl", "blockquote", "pre", "figure", "section",
        "article", "aside", "header", "footer", "nav", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "center", "main", "address", "details",
    }
)  # fmt: skip
_LINK_FARM = 0.8
_NEVER_TEXT = ("script", "style", "noscript", "template", "svg", "canvas", "object", "embed")
#: (``@style and`` first: libxml2 then skips the two translate() calls on unstyled elements)
_HIDDEN = (
    "//*[@hidden or (@style and (contains(translate(@style,' ',''),'display:none') or "
    "contains(translate(@style,' ',''),'visibility:hidden')))]"
)
#: Elements with a <br> directly followed by another, found from the <br>s (few) rather than
#: by testing the children of every element.
_DOUBLE_BREAK_PARENTS = "//br[following-sibling::*[1][self::br]]/.."
_MIN_HIDDEN_PARAGRAPHS = 2
_BLOCK_DESCENDANT = "boolean(.//p|.//div|.//table|.//ul|.//ol|.//blockquote|.//h2|.//h3)"
_FURNITURE_TAGS = ("amp-ad", "amp-sidebar", "amp-consent", "amp-social-share", "amp-embed")
#: A furniture-named element holding more than this share of the page's text is kept.
_MAX_SHARE = 0.25


def prepare(tree: html.HtmlElement) -> None:
    """Apply the rules above to ``tree`` in place (after its metadata has been read)."""
    # what is never text goes first, in C: on a heavy page most of the bytes are scripts
    etree.strip_elements(tree, *_NEVER_TEXT, with_tail=False)
    _drop_link_farms(tree)
    _unwrap_layout_tables(tree)
    _reveal_collapsed_text(tree)
    # innermost first, so an outer run never wraps paragraphs made inside it
    for parent in reversed(tree.xpath(_DOUBLE_BREAK_PARENTS)):
        _paragraphs_from_breaks(parent)
    _keep_live_times(tree)
    _drop_furniture(tree)


def farm_candidates(tree: html.HtmlElement) -> list[html.HtmlElement]:
    """Every <nav>, and every list of at least 15 items, in document order (what
    ``//nav|//ul[count(li)>=15]|//ol[count(li)>=15]`` finds, without its three passes over a
    2 MB page's nodes, which cost 25 ms)."""
    return [e for e in tree.iter("nav", "ul", "ol") if e.tag == "nav" or len(e.findall("li")) >= 15]


def _drop_link_farms(tree: html.HtmlElement) -> None:
    """<nav> and long lists that are nothing but links: menus, rails, archives, sitemaps."""
    for element in farm_candidates(tree):
        if element.getparent() is None:
            continue
        if element.tag != "nav":
            total = len(element.text_content())
            linked = sum(len(a.text_content()) for a in element.iter("a"))
            if linked < _LINK_FARM * total:
                continue
        element.drop_tree()


def _unwrap_layout_tables(tree: html.HtmlElement) -> None:
    for table in tree.xpath("//table"):
        rows = table.xpath("./tr|./tbody/tr|./thead/tr|./tfoot/tr")
        cells = [cell for row in rows for cell in row.xpath("./td|./th")]
        if any(len(cell.text_content()) > _PROSE_CELL for cell in cells):
            for element in [table, *table.xpath("./tbody|./thead|./tfoot"), *rows, *cells]:
                element.tag = "div"


def _reveal_collapsed_text(tree: html.HtmlElement) -> None:
    for element in tree.xpath(_HIDDEN):
        prose = [p for p in element.iter("p") if len((p.text_content() or "").split()) >= 25]
        if len(prose) >= _MIN_HIDDEN_PARAGRAPHS:
            element.attrib.pop("hidden", None)
            element.attrib.pop("style", None)
            element.attrib.pop("aria-hidden", None)


_Group: TypeAlias = tuple[str, list[html.HtmlElement]] | html.HtmlElement


def _paragraphs_from_breaks(parent: html.HtmlElement) -> None:
    """Each run of inline content between ``<br><br>`` pairs in ``parent`` becomes a <p>."""
    groups = _break_groups(parent)
    for child in list(parent):
        parent.remove(child)
    parent.text = None
    if parent.tag == "p":
        parent.tag = "div"
    for group in groups:
        if not isinstance(group, tuple):
            parent.append(group)
        elif group[0].strip() or any(_has_content(e) for e in group[1]):
            paragraph = html.Element("p")
            paragraph.text = group[0]
            paragraph.extend(group[1])
            parent.append(paragraph)


def _break_groups(parent: html.HtmlElement) -> list[_Group]:
    """``parent``'s content as (leading text, inline elements) runs and block elements."""
    groups: list[_Group] = []
    text = parent.text or ""
    inline: list[html.HtmlElement] = []
    children = list(parent)
    index = 0
    while index < len(children):
        child = children[index]
        if _double_break(children, index):
            groups.append((text, inline))
            while _double_break(children, index):
                index += 1
            text, inline = children[index].tail or "", []
        elif isinstance(child.tag, str) and (child.tag in _BLOCK_TAGS or _holds_blocks(child)):
            groups.append((text, inline))
            groups.append(child)
            text, inline = child.tail or "", []
            child.tail = None
        else:
            inline.append(child)
        index += 1
    groups.append((text, inline))
    return groups


def _has_content(element: html.HtmlElement) -> bool:
    return element.tag != "br" or bool((element.tail or "").strip())


def _holds_blocks(element: html.HtmlElement) -> bool:
    """An inline element (a <font>, a <span>) that wraps paragraphs acts as a block."""
    return bool(element.xpath(_BLOCK_DESCENDANT))


def _double_break(children: list[html.HtmlElement], index: int) -> bool:
    """True when ``children[index]`` is a <br> followed (blank text apart) by another <br>."""
    return (
        children[index].tag == "br"
        and index + 1 < len(children)
        and children[index + 1].tag == "br"
        and not (children[index].tail or "").strip()
    )


def _keep_live_times(tree: html.HtmlElement) -> None:
    times = [
        element for element in tree.iter("time") if _CLOCK.fullmatch(element.text_content() or "")
    ]
    if len(times) < _MIN_LIVE_TIMES:
        return
    for element in times:
        element.tag = "p"
        element.attrib.clear()


def _drop_furniture(tree: html.HtmlElement) -> None:
    body = tree.find(".//body")
    total = len(body.text_content()) if body is not None else 0
    doomed = []
    for element in tree.iter(etree.Element):
        classes, ident = element.get("class"), element.get("id")
        if classes is None and ident is None and element.tag not in _FURNITURE_TAGS:
            continue  # most elements: no name to read
        named = " ".join((classes or "", ident or ""))
        if element.tag in _FURNITURE_TAGS or (named.strip() and _FURNITURE_WORD.search(named)):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is None or element.tag in ("body", "html"):
            continue
        if len(element.text_content()) <= _MAX_SHARE * total:
            element.drop_tree()
