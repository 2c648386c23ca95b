"""postil's own rules on the extracted blocks: the furniture trafilatura lets through.

trafilatura keeps a block when it looks like prose in the main column. What slips through are
short lines that sit in that column on real sites: the headline and kicker again, the standfirst,
a byline or date line, "READ MORE: <other headline>", "(Image: ...)" credits, inline newsletter
pitches, pull quotes that repeat a sentence of the body, an author bio at the end. The line-level
rules postil already has for plain-text articles (:mod:`reader.library.boilerplate`, date lines
in :mod:`reader.library.dates`, bylines in :mod:`reader.library.headlines`) are reused here;
the rules below are the ones that need what only a web page has (its metadata, its structure).

Table rows and live-blog times are never judged by the line rules: "1 | Harton | 34 | 67" looks
like a breadcrumb and "14:32" like a video duration, but in a table and a live blog they are text.
"""

from __future__ import annotations

import re

from reader.library import boilerplate, dates, headlines
from reader.web.blocks import Block
from reader.web.metadata import PageMeta

#: Blocks this close to either end of the article are where bylines, dates and bios live.
_EDGE = 3
_KEY = re.compile(r"[\W_]+")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?", re.IGNORECASE)
_MIN_LIVE_TIMES = 3
_SHORT = 200
_POINTER = re.compile(
    r"(?:read more|related|see also|more|also read|read also|read next|watch|listen|recommended|"
    r"must read|don'?t miss|explained|opinion|analysis|more on this|in pictures|latest)"
    r"\s*[:|»›>]\s*\S.{0,160}",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"\(?\s*(?:photo(?:graph)?s?|image|picture|pictures|pic|credit|video|illustration|graphic|"
    r"source|main image|top image|header image|lead image)\s*(?:by|credit|courtesy(?: of)?)?\s*"
    r"[:/]?\s*[^()]{1,100}\)?",
    re.IGNORECASE,
)
_PROMO = re.compile(
    r"\bsign(?:ing)?[ -]up\b|\bsubscribe\b|\bnewsletters?\b|\binbox\b|\bfor more like this\b|"
    r"\bstraight to your\b|\bdelivered to you\b",
    re.IGNORECASE,
)
#: Each _PROMO alternative contains one of these: lines without any are not scanned.
_PROMO_WORDS = (
    "sign",
    "subscribe",
    "newsletter",
    "inbox",
    "for more like",
    "straight to",
    "delivered",
)
_PROMO_START = re.compile(r"(?:sign up|subscribe|get our|join our|register)\b", re.IGNORECASE)
_WIDGET = re.compile(
    r"(?:is this page useful\??|was this (?:article|page|story) (?:helpful|useful)\??|"
    r"report a problem with this page|continue reading(?: the main story)?|skip advertisement|"
    r"scroll to continue(?: with content)?|advertisement\s*·.{0,40}|"
    r"this content is not available.*|"
    r"view (?:this|the) post on (?:instagram|x|twitter|tiktok|facebook).*)",
    re.IGNORECASE,
)
_PULL_WORDS = 60
#: A block with this share of its trigrams found elsewhere in the article repeats it.
_REPEATED = 0.7
_LONGER = 1.3
_MAX_REPEAT_BLOCKS = 1500
_WORD = re.compile(r"\w+")
_POSTED_BY = re.compile(
    r"(?:posted|written|filed|published|submitted)\s+(?:by|on)\b", re.IGNORECASE
)
#: A short date line in any language: "15. Januar 2024", "Feb 27, 2024", "9 mars 2024".
_DATE_WORDS = re.compile(
    r"(?:\w+,?\s+)?(?:\d{1,2}\.?\s+\w+\.?|\w+\.?\s+\d{1,2},?)\s+(?:19|20)\d{2}"
    r"(?:\s*[,|·-]?\s*\d{1,2}[:.h]\d{2}.{0,12})?"
)
_BIO_VERB = r"(?:is|was|writes|has been|reports|covers|teaches|lives|,)"


def _key(text: str) -> str:
    return _KEY.sub("", text).casefold()


def apply_rules(blocks: list[Block], meta: PageMeta) -> list[Block]:
    """``blocks`` without the furniture described in the module doc."""
    live = sum(1 for b in blocks if _CLOCK.fullmatch(b.text)) >= _MIN_LIVE_TIMES
    blocks = _drop_header(blocks, meta)
    keep = [
        not _is_furniture(block, index, len(blocks), meta, live)
        for index, block in enumerate(blocks)
    ]
    _drop_link_lists(blocks, keep)
    _drop_repeats(blocks, keep)
    return [block for block, kept in zip(blocks, keep, strict=True) if kept]


def _drop_header(blocks: list[Block], meta: PageMeta) -> list[Block]:
    """The headline again (and the kicker, date and byline lines above it) at the very top."""
    title = _key(meta.title or "")
    for index, block in enumerate(blocks[: _EDGE + 1]):
        if title and _key(block.text) == title:
            before = [b for b in blocks[:index] if headlines.is_body(b.text)]
            return before + blocks[index + 1 :]
    return blocks


def _is_furniture(block: Block, index: int, count: int, meta: PageMeta, live: bool) -> bool:
    text = block.text
    if block.kind == "row" or (live and _CLOCK.fullmatch(text)):
        return False
    if len(text) > 400:
        return False
    edge = index < _EDGE or index >= count - _EDGE
    return (
        boilerplate.is_boilerplate(text)
        or dates.date_line(text) is not None
        or _WIDGET.fullmatch(text.strip()) is not None
        or (len(text) <= _SHORT and _is_pointer_or_credit(text))
        or (len(text) <= _SHORT and _is_promo(text))
        or (edge and _is_byline(text, meta))
        or (index >= count - 2 and _is_bio(text, meta))
        or (index < _EDGE and _is_standfirst(text, meta))
    )


def _is_pointer_or_credit(text: str) -> bool:
    """ "READ MORE: Other headline", "(Image: Agency)": a link elsewhere or a photo credit."""
    stripped = text.strip()
    return _POINTER.fullmatch(stripped) is not None or _CREDIT.fullmatch(stripped) is not None


def _is_promo(text: str) -> bool:
    """An inline newsletter pitch: two promo phrases, or one opening a short line."""
    folded = text.casefold()
    if not any(map(folded.__contains__, _PROMO_WORDS)):  # (map: no generator frame per word)
        found: set[str] = set()  # the common case, without a regex scan of the whole line
    else:
        found = {match.group().lower() for match in _PROMO.finditer(text)}
    return len(found) >= 2 or (len(text) <= 80 and _PROMO_START.match(text.strip()) is not None)


def _is_byline(text: str, meta: PageMeta) -> bool:
    """ "By Jane Doe", "posted by Jane Doe | 7 comments", a line naming the page's author."""
    if headlines.is_byline(text) or (len(text) <= 160 and _POSTED_BY.match(text)):
        return True
    if len(text) <= 40 and _DATE_WORDS.fullmatch(text.strip()):
        return True
    if headlines.is_body(text) or len(text) > 160:
        return False
    return any(name.casefold() in text.casefold() for name in meta.authors if len(name) > 3)


def _is_bio(text: str, meta: PageMeta) -> bool:
    """ "Jane Doe is a columnist ..." at the end of the article."""
    if len(text) > 400:
        return False
    return any(
        re.match(rf"{re.escape(name)}\s*{_BIO_VERB}", text.strip(), re.IGNORECASE)
        for name in meta.authors
        if name
    )


def _is_standfirst(text: str, meta: PageMeta) -> bool:
    """The summary under the headline, repeated as the first block: it is the description."""
    return bool(meta.standfirst) and _key(text) == _key(meta.standfirst or "")


def _drop_link_lists(blocks: list[Block], keep: list[bool]) -> None:
    """After a "Related" / "More on this story" label, the headline-like lines that follow."""
    for index, block in enumerate(blocks):
        if not boilerplate.starts_link_list(block.text):
            continue
        keep[index] = False
        for follower in range(index + 1, len(blocks)):
            text = blocks[follower].text
            if headlines.is_body(text) and not boilerplate.is_teaser(text):
                break
            keep[follower] = False


def _drop_repeats(blocks: list[Block], keep: list[bool]) -> None:
    """A pull quote: a short block most of whose word trigrams are in a longer block.

    Pull quotes are trimmed or reworded a little, so an exact substring test misses them; the
    source must be clearly longer (a quote is a sentence of a paragraph), so similar paragraphs
    of equal length (list-like runs, "Step 1 ... Step 2 ...") never cancel each other out.
    One pass records, for every trigram, the longest block it occurs in.
    """
    if len(blocks) > _MAX_REPEAT_BLOCKS:
        return  # a book-length body: pull quotes are a news-page habit, and this costs per word
    grams = [_trigrams(block.text) for block in blocks]
    sizes = [len(block.text.split()) for block in blocks]
    longest: dict[tuple[str, ...], int] = {}
    for own, size in zip(grams, sizes, strict=True):
        for gram in own:
            if longest.get(gram, 0) < size:
                longest[gram] = size
    for index, own in enumerate(grams):
        size = sizes[index]
        if not keep[index] or not 6 <= size <= _PULL_WORDS or blocks[index].kind == "row":
            continue
        shared = sum(1 for gram in own if longest[gram] >= _LONGER * size)
        if own and shared >= _REPEATED * len(own):
            keep[index] = False


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return set(zip(words, words[1:], words[2:], strict=False))
