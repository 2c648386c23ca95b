"""The outlet or site an article names as its own: credit lines, datelines, outlet-name lines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.library.dates import wire_dateline


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DOMAIN = re.compile(
    r"\b((?:[A-Za-z0-9-]+\.)+(?:com|org|net|news|info|co\.uk|co|io|tv|in|de|fr|eu|ca|au|uk|"
    r"cn|hk|sg|jp|ie|nz|za|ng|ke|media|press|online|today|world))\b"
)
_CREDIT = re.compile(
    r"\s*(?:edited|written|reported|compiled|posted|published|produced|curated|brought to you)"
    r"\s+by\s*:?\s*(.{2,80}?)\s*",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(
    r"\s*(?:source|sources|courtesy(?: of)?|via|originally published (?:in|on|by|at)|"
    r"this (?:article|story) (?:first |originally )?appeared (?:in|on))\s*:?\s*(.{2,60}?)[.\s]*",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"\s*(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(.{2,60}?)(?:[.,]?\s*all rights reserved.*)?",
    re.IGNORECASE,
)
#: Cheap first test: only lines starting like one of the three credit patterns are tried.
_CREDIT_HINT = re.compile(
    r"\s*(?:edited|written|reported|compiled|posted|published|produced|curated|brought|source|"
    r"courtesy|via|originally|this|©|\(c\)|copyright)",
    re.IGNORECASE,
)
#: News agencies, whose name alone on a line above or below a story is its credit.
_AGENCIES = (
    "Reuters|AP|AFP|AAP|PTI|IANS|ANI|UNI|dpa|DPA|Yonhap|Kyodo|Jiji|Xinhua|Bloomberg|UPI|EFE|ANSA|"
    "Bernama|Anadolu|TASS|Interfax|Antara|NAN|KNA|Associated Press|Agence France-Presse|"
    "Press Association|PA Media|The Canadian Press|Canadian Press|Australian Associated Press"
)
#: "By A and B | Associated Press", "By A, Reuters": a byline ending in its outlet.
_BYLINE_OUTLET = re.compile(r"\s*by\s+[^|,]{2,80}?\s*[|,—–]\s*(.{2,50}?)\s*", re.IGNORECASE)
_OUTLET_WORDS = (
    "News|Times|Post|Herald|Tribune|Journal|Gazette|Daily|Telegraph|Guardian|Observer|Chronicle|"
    "Press|Media|Wire|Today|Review|Network|TV|Radio|Magazine|Weekly|Insider|Monitor|Express|"
    "Mail|Star|Sun|Standard|Courier|Reporter|Dispatch|Independent|Bulletin|Digest|Report"
)
_OUTLET_LINE = re.compile(
    rf"((?:The\s+)?(?:[A-Z0-9][\w&'.-]*\s+){{0,3}}(?:{_OUTLET_WORDS})(?:\s+[A-Z]\w+)?|"
    rf"(?:{_AGENCIES})|"
    r"(?:www\.)?[A-Za-z0-9-]+\.(?:com|org|net|news|co\.uk))"
    r"(?:,\s*[A-Z][\w .'-]{1,30})?"  # "BBC News, Nairobi"
)
#: Parts of a "Title | Site" line that name a section rather than a site.
_GENERIC = _wordset(
    "news home world opinion business politics tech technology sports sport latest live "
    "video videos analysis features blog asia europe us uk china"
)


#: A wire dateline opens the story, so only the first paragraphs are tried.
_DATELINE_SCAN = 12


def _clean_source(value: str) -> str | None:
    value = value.strip(" .,:;-–—|")
    domain = _DOMAIN.search(value)
    if domain:
        return domain.group(1)
    words = value.split()
    if not 1 <= len(words) <= 6 or value.lower() in _GENERIC:
        return None
    return value


def find_source(
    paragraphs: Sequence[str], title_suffix: str | None, outlet: str | None = None
) -> str | None:
    """The outlet or site the text names as its own, or ``None``.

    In order of trust: credit lines ("Edited by: X.com", "Source: X", "© 2024 X"), a wire
    dateline's agency, a "Title | Site" suffix, then ``outlet``: a line above or below the
    article that is only an outlet's name (see :func:`is_outlet_line`).
    """
    candidates: list[tuple[int, str]] = []
    for index, paragraph in enumerate(paragraphs):
        if len(paragraph) <= 120 and _CREDIT_HINT.match(paragraph):
            for rank, pattern in ((0, _CREDIT), (1, _SOURCE_LINE), (2, _COPYRIGHT)):
                match = pattern.fullmatch(paragraph)
                if match:
                    value = match.group(1)
                    # a credit naming a person is a byline, not an outlet
                    if rank == 0 and not (_DOMAIN.search(value) or _outlet_line(value)):
                        continue
                    cleaned = _clean_source(value)
                    if cleaned:
                        candidates.append((rank * 10_000 + index, cleaned))
        wire = wire_dateline(paragraph) if index < _DATELINE_SCAN else None
        if wire:
            candidates.append((30_000 + index, wire[0]))
        if len(paragraph) <= 120 and paragraph[:3].lower() == "by ":
            credit = _BYLINE_OUTLET.fullmatch(paragraph)
            if credit and _outlet_line(credit.group(1)):
                candidates.append((5_000 + index, credit.group(1)))
    if title_suffix and title_suffix.lower() not in _GENERIC:
        candidates.append((40_000, title_suffix))
    if outlet:
        candidates.append((50_000, outlet))
    return min(candidates)[1] if candidates else None


def _outlet_line(text: str) -> bool:
    return is_outlet_line(text) is not None


def is_outlet_line(paragraph: str) -> str | None:
    """The outlet when ``paragraph`` is only an outlet's name: "Z24 News", "BBC News, Nairobi"."""
    if len(paragraph) > 60:
        return None
    text = paragraph.strip()
    # "THE CANADIAN PRESS": capitals are matched as if written in title case
    match = _OUTLET_LINE.fullmatch(text)
    if match is None and text.isupper():
        match = _OUTLET_LINE.fullmatch(text.title())
    return text[: match.end(1)] if match else None
