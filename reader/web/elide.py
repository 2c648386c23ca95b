"""Long runs of plain paragraphs are set aside while trafilatura looks for the body.

trafilatura costs about 100 µs per paragraph (pruning passes, link-density tests, per-element
handlers), so a book-length page of 12,000 paragraphs spent seconds there, almost all of it
confirming that paragraph after paragraph of plain prose in the article column is prose. Here
each run of consecutive plain ``<p>`` siblings (text and inline markup only, alike in their
attributes, few links) in a container that holds hundreds of them is taken out of the tree and
replaced by one stand-in ``<p>`` with the same attributes. trafilatura then judges the
container, its other blocks and the stand-in exactly as it would judge the run (same tag, same
attributes, prose text). Where it keeps the stand-in, the run's own paragraphs take its place in
the body; if any stand-in is missing or doubled in its result, the page is extracted again
without this shortcut. Small pages (every page of the evaluation set) never take it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from lxml import etree

#: A container with fewer plain paragraphs than this is left alone.
MIN_PARAGRAPHS = 200
#: Paragraphs at each end of a run stay in place, so trafilatura sees real prose around it.
KEEP_EDGE = 3
#: Runs shorter than this (after the edges) are not worth a stand-in.
MIN_RUN = 20
#: Inline elements a plain paragraph may contain.
_INLINE = frozenset(
    {
        "a", "em", "strong", "b", "i", "u", "span", "br", "sup", "sub", "small", "abbr",
        "cite", "q", "code", "mark", "time", "s", "del", "ins", "font", "var", "kbd", "dfn",
    }
)  # fmt: skip
#: More link text than this share makes a paragraph a link list, for trafilatura to judge.
_MAX_LINK_SHARE = 0.3
#: trafilatura's MIN_DUPLICATE_LENGTH: a paragraph repeating the previous one is dropped.
_MIN_DUPLICATE = 50
_STAND_IN_WORDS = (
    "this paragraph stands for a long run of the article's own paragraphs, which are set "
    "aside while the page's layout is read and put back in its place afterwards"
)


@dataclass
class Elided:
    """The runs taken out of one tree, each behind its stand-in paragraph."""

    runs: list[tuple[etree._Element, list[etree._Element]]] = field(default_factory=list)

    def restore(self) -> None:
        """Put every run back in the tree where its stand-in is (as HTML again, if it was
        spliced into a body), and drop the stand-ins."""
        for stand_in, paragraphs in self.runs:
            for paragraph in paragraphs:
                stand_in.addprevious(_as_html_paragraph(paragraph))
            parent = stand_in.getparent()
            if parent is not None:
                parent.remove(stand_in)
        self.runs = []

    def splice(self, body: etree._Element) -> bool:
        """Replace each stand-in's copy in trafilatura's ``body`` by its run; False (body
        untouched) unless every stand-in is there exactly once."""
        found: dict[str, list[etree._Element]] = {}
        for element in body.iter("p"):
            key = _key_of(element.text or "")
            if key is not None:
                found.setdefault(key, []).append(element)
        places = []
        for stand_in, paragraphs in self.runs:
            copies = found.get(_key_of(stand_in.text or "") or "", [])
            if len(copies) != 1:
                return False
            places.append((copies[0], paragraphs))
        for copy, paragraphs in places:
            before = copy.getprevious()
            previous = _raw_text(before) if before is not None else ""
            for paragraph in paragraphs:
                text = _raw_text(paragraph)
                if _same_words(text, previous) and len(" ".join(text.split())) > _MIN_DUPLICATE:
                    continue  # trafilatura drops a long paragraph repeating the one before it
                copy.addprevious(_as_body_paragraph(paragraph))
                previous = text
            parent = copy.getparent()
            if parent is not None:
                parent.remove(copy)
        return True


def _same_words(text: str, other: str) -> bool:
    """Whether the two texts are the same once white space is folded; most often decided by
    their first words, without splitting each paragraph of a long run into all of its own."""
    if text == other:
        return True
    if text.split(None, 1)[:1] != other.split(None, 1)[:1]:
        return False
    return text.split() == other.split()


def _raw_text(element: etree._Element) -> str:
    """``"".join(element.itertext())``; most paragraphs of a long run have no child element,
    and reading their .text costs a fifth of building an iterator over them."""
    if not len(element) and isinstance(element.tag, str):
        return element.text or ""
    return "".join(element.itertext())


def _key_of(text: str) -> str | None:
    """The stand-in's key in a paragraph's text (trafilatura may trim or re-space it)."""
    words = text.split()
    if len(words) < 2 or not words[0].startswith("postil-run-"):
        return None
    return words[0]


def _is_plain(paragraph: etree._Element) -> bool:
    """Text and inline markup only, and not mostly links."""
    if not len(paragraph):  # the usual case: text alone
        return bool((paragraph.text or "").strip())
    links = 0
    for element in paragraph.iterdescendants():
        if not isinstance(element.tag, str) or element.tag not in _INLINE:
            return False
        if element.tag == "a":
            links += len(element.text_content())
    text = len(paragraph.text_content().strip())
    return text > 0 and links <= _MAX_LINK_SHARE * text


def _runs(container: etree._Element) -> list[list[etree._Element]]:
    """Runs of consecutive plain paragraph children with identical attributes."""
    runs: list[list[etree._Element]] = []
    current: list[etree._Element] = []
    signature: object = None
    for child in container:
        plain = child.tag == "p" and _is_plain(child)
        attributes = dict(child.attrib) if plain else None
        if plain and current and attributes == signature:
            current.append(child)
            continue
        if len(current) >= MIN_RUN + 2 * KEEP_EDGE:
            runs.append(current[KEEP_EDGE:-KEEP_EDGE])
        current, signature = ([child], attributes) if plain else ([], None)
    if len(current) >= MIN_RUN + 2 * KEEP_EDGE:
        runs.append(current[KEEP_EDGE:-KEEP_EDGE])
    return runs


def elide(tree: etree._Element) -> Elided:
    """Take the long runs of plain paragraphs out of ``tree`` (see the module doc)."""
    counts: dict[etree._Element, int] = {}
    for paragraph in tree.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            counts[parent] = counts.get(parent, 0) + 1
    elided = Elided()
    tag = secrets.token_hex(6)
    for container, count in counts.items():
        if count < MIN_PARAGRAPHS:
            continue
        for run in _runs(container):
            stand_in = etree.Element("p", dict(run[0].attrib))
            stand_in.text = f"postil-run-{tag}-{len(elided.runs)} {_STAND_IN_WORDS}."
            stand_in.tail = run[-1].tail
            run[0].addprevious(stand_in)
            for paragraph in run:
                container.remove(paragraph)
            elided.runs.append((stand_in, run))
    return elided


def _as_body_paragraph(paragraph: etree._Element) -> etree._Element:
    """An HTML ``<p>`` in the shape of trafilatura's body: links as ``ref``, breaks as ``lb``.

    The element itself is changed and moved (it is the page's own, set aside by :func:`elide`).
    """
    for element in paragraph.iter("a", "br") if len(paragraph) else ():
        if element.tag == "a":
            element.tag = "ref"
            element.set("target", element.get("href") or "")
        else:
            element.tag = "lb"
    paragraph.tail = None
    return paragraph


def _as_html_paragraph(paragraph: etree._Element) -> etree._Element:
    """The inverse of :func:`_as_body_paragraph`, for a page extracted a second time."""
    for element in paragraph.iter("ref", "lb") if len(paragraph) else ():
        if element.tag == "ref":
            element.tag = "a"
            element.attrib.pop("target", None)
        else:
            element.tag = "br"
    return paragraph
