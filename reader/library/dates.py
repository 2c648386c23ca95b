"""The article's date, as written in the text: date lines, "Published ..." lines, datelines.

Only short lines or the first characters of a paragraph are ever matched, so a 200 kB
paragraph costs no more than a short one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\.?"
_DATE = (
    rf"(?:{_WEEKDAY}\s*,?\s*)?(?:"
    rf"{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*\d{{4}}"  # May 2, 2024 / Jul 7 , 2020
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS},?\s+\d{{4}}"  # 2 May 2024
    r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"  # ISO
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4})"  # 05/02/2024
    r"(?:\s*(?:,|at|-|–|\|)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"  # time
)
#: A line that is a date, maybe followed by a few words of widget text ("Updated", "UTC").
_WIDGET_WORD = (
    r"(?:updated|published|posted|ago|local time|UTC|GMT|ET|EST|EDT|CT|PT|PST|PDT|CET|CEST|BST|"
    r"IST|HKT|SGT|JST|KST|AEST|AEDT|WAT|EAT|SAST|\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?))"
)
_PLACE = rf"(?!{_WEEKDAY}\b)[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){{0,2}},\s*"  # "Sydney, "
_DATE_LINE = re.compile(
    rf"\s*(?:{_PLACE})?({_DATE})(?:[\s|·•,-]+{_WIDGET_WORD})*[\s.]*", re.IGNORECASE
)
_DATED_LINE = re.compile(
    rf"\s*(?:published|updated|posted|last updated|first published|date)(?: on| at)?\s*:?\s*"
    rf"({_DATE})\b.{{0,60}}",
    re.IGNORECASE,
)

#: "LAGOS, March 3 (Reuters) -", "New Delhi, June 4, 2024 (PTI) The ...": the place, maybe a
#: date, and the agency in brackets; without a dash after it only when a date is there.
_WIRE = re.compile(
    r"(?:\(\w+\)\s*)?[A-Z][\w .'/-]{1,40}?((?:,[^()\n,]{1,30}){0,3})\s*"
    r"\(([A-Za-z][\w&.' -]{1,30})\)\s*([-—–:]?)"
)
#: The opening of the agency's brackets, which :data:`_WIRE` cannot match without.
_WIRE_AGENCY = re.compile(r"\([A-Za-z]")
_WIRE_DATE = re.compile(rf",\s*({_DATE})\s*$", re.IGNORECASE)


def find_date(paragraphs: Sequence[str], head: int) -> str | None:
    """The article's date as written: from a date line in the first ``head`` paragraphs, a
    "Published: ..." line anywhere, or a wire dateline ("TOKYO, Oct. 27, 2021 (Kyodo) --");
    ``None`` when the text only names days without a year."""
    for paragraph in paragraphs[:head]:
        match = date_line(paragraph)
        if match:
            return match
    for paragraph in paragraphs:
        if len(paragraph) < 120:
            dated = _DATED_LINE.fullmatch(paragraph)
            if dated:
                return dated.group(1).strip()
    for paragraph in paragraphs[:head]:
        wire = wire_dateline(paragraph)
        if wire and wire[1]:
            return wire[1]
    return None


def date_line(paragraph: str) -> str | None:
    """The date when ``paragraph`` is nothing but a date (and maybe a time), else ``None``."""
    if len(paragraph) > 60:
        return None
    match = _DATE_LINE.fullmatch(paragraph) or _DATED_LINE.fullmatch(paragraph)
    return match.group(1).strip() if match else None


def wire_dateline(paragraph: str) -> tuple[str, str | None] | None:
    """``(agency, date or None)`` when ``paragraph`` opens with a wire dateline."""
    head = paragraph[:160]
    if _WIRE_AGENCY.search(head) is None:  # what every dateline has, found without backtracking
        return None
    match = _WIRE.match(head)
    if not match:
        return None
    date = _WIRE_DATE.search(match.group(1)) if match.group(1) else None
    if not (match.group(3) or date):
        return None
    return match.group(2).strip(), date.group(1).strip() if date else None
