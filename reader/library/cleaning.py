"""Paragraphs in, displayed text out: hide furniture, pick the title, keep the article.

The steps, in order: mark page furniture (:mod:`boilerplate`) and date-only lines; hide link
lists that follow "Related"/"Next post" labels; find the headline near the top; hide the header
lines above it and repeats of it; what is left, joined by ``"\\n"``, is the displayed text.
"""

from __future__ import annotations

import operator
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, compress
from typing import NamedTuple

from reader.library import boilerplate as furniture
from reader.library import dates, headlines, sources
from reader.library.packed import PackedParagraphs
from reader.library.paragraphs import Source

#: How far down the headline is looked for: it is given up after this many body paragraphs ...
_HEADLINE_BODY_LIMIT = 2
#: ... or this many paragraphs of any kind.
_HEADLINE_SCAN = 40
#: Repeats of the title are dropped within this many paragraphs after it.
_REPEAT_WINDOW = 15
_KEY = re.compile(r"[\W_]+")
#: How much of a paragraph is compared with the title first.
_KEY_START = 24


@dataclass(frozen=True)
class Cleaned:
    """What :func:`clean` found: the title and metadata, the visible paragraphs, hidden count."""

    title: str | None
    source: str | None
    date: str | None
    #: A list, or for a big file the kept paragraphs still packed (:mod:`packed`).
    paragraphs: Sequence[str]
    hidden: int
    #: For each visible paragraph, its index in the source (to carry its links over).
    kept: Sequence[int] = ()


def _key(text: str) -> str:
    """A comparison key: case and punctuation do not make a line a different headline."""
    return _KEY.sub("", text).casefold()


def _same_key(text: str, key: str) -> bool:
    """``_key(text) == key``, most paragraphs decided by their first characters: the pattern
    and case folding act a character at a time, so the key of a start is the start of the
    key, and a start whose key is not a start of ``key`` settles it."""
    head = _key(text[:_KEY_START])
    if len(text) <= _KEY_START:
        return head == key
    return key.startswith(head) and _key(text) == key


def _link_lists(paragraphs: Sequence[str], hidden: list[bool]) -> None:
    """Hide the headline-like lines and excerpts that follow a navigation label."""
    index = 0
    while index < len(paragraphs):
        if not furniture.starts_link_list(paragraphs[index]):
            index += 1
            continue
        index += 1
        while index < len(paragraphs):
            paragraph = paragraphs[index]
            linked = (
                hidden[index]
                or furniture.is_teaser(paragraph)
                or (
                    not headlines.is_body(paragraph)
                    and len(paragraph) <= furniture.MAX_BOILERPLATE_CHARS
                    and not headlines.is_byline(paragraph)
                )
            )
            if not linked:
                break
            hidden[index] = True
            index += 1


def _find_headline(paragraphs: Sequence[str], hidden: list[bool], source: Source) -> int | None:
    """Index of the headline paragraph, or ``None`` when the text has none."""
    for index in sorted(source.headings)[:1]:
        if index < 5 and not hidden[index]:
            return index
    bodies = 0
    for index, paragraph in enumerate(paragraphs[:_HEADLINE_SCAN]):
        if hidden[index]:
            continue
        title, _ = headlines.split_site(paragraph)
        if headlines.looks_like_headline(title, first=bodies == 0):
            return index
        if headlines.is_body(paragraph):
            bodies += 1
            if bodies >= _HEADLINE_BODY_LIMIT:
                return None
    return None


def _body_span(paragraphs: Sequence[str], hidden: list[bool]) -> tuple[int, int]:
    """The indices of the first and last visible body paragraphs (``(len, -1)`` if none),
    looked for from each end: only the ends matter, and judging every paragraph of a
    12,000-paragraph article cost more than the rest of the cleaning together."""
    bodies = (i for i in range(len(paragraphs)) if not hidden[i])
    first = next((i for i in bodies if headlines.is_body(paragraphs[i])), None)
    if first is None:
        return len(paragraphs), -1
    backwards = (i for i in range(len(paragraphs) - 1, first - 1, -1) if not hidden[i])
    last = next(i for i in backwards if headlines.is_body(paragraphs[i]))
    return first, last


def clean(source: Source) -> Cleaned:
    """Split ``source`` into title, metadata and the paragraphs a reader should see."""
    if source.front.get(AS_READ_FIELD) == AS_READ:
        return _as_written(source)
    paragraphs = source.paragraphs
    hidden = [furniture.is_boilerplate(p) for p in paragraphs]
    for index, paragraph in enumerate(paragraphs):
        if dates.date_line(paragraph):
            hidden[index] = True
    _link_lists(paragraphs, hidden)
    first_body, last_body = _body_span(paragraphs, hidden)
    outlet: str | None = None
    # a line naming an outlet is the site's own only above or below the article; between
    # paragraphs it may be a subheading ("Good News")
    after = max(first_body, last_body + 1)
    for index in chain(range(first_body), range(after, len(paragraphs))):
        name = sources.is_outlet_line(paragraphs[index])
        if name:
            hidden[index] = True
            outlet = outlet or name

    title: str | None = source.front.get("title") or None
    titled = _TitleStep(None, None, None, [])
    if not title:
        titled = _hide_headline(paragraphs, hidden, source)
        title = titled.title
    if title:
        titled.hid.extend(_hide_repeats(paragraphs, hidden, title, titled.headline))
    headline, dropped = titled.headline, int(titled.headline is not None)

    # an array: a tuple of ints cost 36 bytes a paragraph (14 MB for a 100 MB file), alive
    # while the kept paragraphs are joined, the moment the reader's memory peaks
    kept = _kept(hidden)
    if not kept and titled.hid:
        # All that was left was the title and what sat above it or repeated it: a note of a
        # line or two. It is shown whole, not as an empty page under its title.
        for index in titled.hid:
            hidden[index] = False
        kept, dropped = _kept(hidden), 0
    visible: Sequence[str] = (
        paragraphs.kept(kept)
        if isinstance(paragraphs, PackedParagraphs)
        else [paragraphs[index] for index in kept]
    )
    if not title and visible:
        body = next((p for p in visible if headlines.is_body(p)), visible[0])
        title = headlines.short_title(body)
    head = (headline or 0) + 6
    date = (
        source.front.get("published")
        or source.front.get("date")
        or dates.find_date(paragraphs, head)
    )
    found_source = (
        source.front.get("source")
        or source.front.get("site")
        or source.front.get("publisher")
        or sources.find_source(paragraphs, titled.suffix, outlet)
    )
    return Cleaned(title, found_source, date, visible, sum(hidden) - dropped, kept)


#: The front matter field, and its value, of a kept copy whose body is the reading text
#: already (a plain-text file: its paragraphs were cleaned when it was added).
AS_READ_FIELD = "postil_text"
AS_READ = "as-read"


def _as_written(source: Source) -> Cleaned:
    """Every paragraph shown, nothing hidden again: cleaning a second time judged the kept
    text anew, against a title now in the front matter, and could hide what the original
    showed (a sentence equal to the title, a line above it)."""
    front, paragraphs = source.front, source.paragraphs
    kept = array("i", range(len(paragraphs)))
    visible = paragraphs.kept(kept) if isinstance(paragraphs, PackedParagraphs) else paragraphs
    title = front.get("title") or (headlines.short_title(paragraphs[0]) if paragraphs else None)
    site = front.get("site") or front.get("source") or None
    date = front.get("published") or front.get("date") or None
    return Cleaned(title, site, date, visible, 0, kept)


class _TitleStep(NamedTuple):
    """What finding the headline did: the title, the site named beside it, the headline's
    index, and the paragraphs it hid (the headline, the lines above it, repeats)."""

    title: str | None
    suffix: str | None
    headline: int | None
    hid: list[int]


def _hide_headline(paragraphs: Sequence[str], hidden: list[bool], source: Source) -> _TitleStep:
    """Hide the headline (it becomes the title) and the header lines above it: location,
    kicker and the like."""
    headline = _find_headline(paragraphs, hidden, source)
    if headline is None:
        return _TitleStep(None, None, None, [])
    title, suffix = headlines.split_site(paragraphs[headline])
    hidden[headline] = True
    hid = [headline]
    for index in range(headline):
        if not hidden[index] and not headlines.is_body(paragraphs[index]):
            hidden[index] = True
            hid.append(index)
    return _TitleStep(title, suffix, headline, hid)


def _hide_repeats(
    paragraphs: Sequence[str], hidden: list[bool], title: str, headline: int | None
) -> list[int]:
    """Hide the repeats of ``title`` near the top (a web page's headline, again as its first
    line); the paragraphs hidden."""
    key = _key(title)
    start = headline if headline is not None else 0
    hid = []
    for index in range(start, min(len(paragraphs), start + _REPEAT_WINDOW)):
        if (
            index != headline
            and not hidden[index]
            and _same_key(headlines.split_site(paragraphs[index])[0], key)
        ):
            hidden[index] = True
            hid.append(index)
    return hid


def _kept(hidden: list[bool]) -> array[int]:
    """The indices of the paragraphs not hidden."""
    return array("i", compress(range(len(hidden)), map(operator.not_, hidden)))
