"""Title, source and date, found in the text itself (seed files carry no metadata).

Everything here works on paragraphs (one per line) and only looks at short lines or at the start
of lines, so a 200 kB paragraph costs no more than its first few hundred characters.
"""

from __future__ import annotations

import re

from reader.library.words import count_words

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
#: "LAGOS, March 3 (Reuters) -": a wire dateline names the agency in brackets.
#: "LAGOS, March 3 (Reuters) -", "New Delhi, June 4, 2024 (PTI) The ...": the place, maybe a
#: date, and the agency in brackets; without a dash after it only when a date is there.
_WIRE = re.compile(
    r"(?:\(\w+\)\s*)?[A-Z][\w .'/-]{1,40}?((?:,[^()\n,]{1,30}){0,3})\s*"
    r"\(([A-Za-z][\w&.' -]{1,30})\)\s*([-—–:]?)"
)
_WIRE_DATE = re.compile(rf",\s*({_DATE})\s*$", re.IGNORECASE)
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
_GENERIC = frozenset(
    [
        "news",
        "home",
        "world",
        "opinion",
        "business",
        "politics",
        "tech",
        "technology",
        "sports",
        "sport",
        "latest",
        "live",
        "video",
        "videos",
        "analysis",
        "features",
        "blog",
        "asia",
        "europe",
        "us",
        "uk",
        "china",
    ]
)
_SENTENCE = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|(?<=[。！？])")
_LOWER_TAIL = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "than",
        "that",
        "which",
        "who",
    ]
)
TITLE_LIMIT = 80
_BYLINE = re.compile(r"(?:by|edited by|written by|reported by|words by)\s*:?\s+\S", re.IGNORECASE)


def find_date(paragraphs: list[str], head: int) -> str | None:
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
    paragraphs: list[str], title_suffix: str | None, outlet: str | None = None
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
        wire = wire_dateline(paragraph)
        if wire:
            candidates.append((30_000 + index, wire[0]))
        if len(paragraph) <= 120:
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


def wire_dateline(paragraph: str) -> tuple[str, str | None] | None:
    """``(agency, date or None)`` when ``paragraph`` opens with a wire dateline."""
    match = _WIRE.match(paragraph[:160])
    if not match:
        return None
    date = _WIRE_DATE.search(match.group(1)) if match.group(1) else None
    if not (match.group(3) or date):
        return None
    return match.group(2).strip(), date.group(1).strip() if date else None


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


def split_site(line: str) -> tuple[str, str | None]:
    """``("Title", "Site")`` for "Title | Site" (or "Site | Title"); ``(line, None)`` otherwise."""
    parts = [part.strip() for part in line.split(" | ")]
    if len(parts) < 2 or not all(parts):
        return line, None
    longest = max(parts, key=len)
    if len(parts[0].split()) >= 3:
        return parts[0], parts[-1] if parts[-1] != parts[0] else None
    return longest, parts[0]


def is_byline(paragraph: str) -> bool:
    """True for a credit line such as "By Jane Doe" or "Edited by: TJVNews.com"."""
    return len(paragraph) <= 120 and _BYLINE.match(paragraph) is not None


def is_body(paragraph: str) -> bool:
    """True for a paragraph of running text (several words, or a full sentence)."""
    words = count_words(paragraph[:400])
    ends = paragraph.rstrip("”\"’')」』").endswith((".", "!", "?", "。", "！", "？"))
    return words >= 25 or (words >= 6 and ends)


def looks_like_headline(paragraph: str, first: bool) -> bool:
    """True when ``paragraph`` can be a headline.

    At the top of the text (``first``) any short line that is not a sentence will do (headlines
    are often in sentence case); further down it must also be mostly capitalised, so a pull
    quote or subheading between paragraphs is not taken for the title.
    """
    text = paragraph.strip()
    if len(text) > 220:
        return False
    words = text.split()
    if not (3 <= count_words(text) <= 30 and len(text) >= 6):
        return False
    if text.endswith((".", ",", ";", "…", "。", "，")) and not text.endswith(".."):
        return False
    if text.endswith("..") or text[0].islower() or not (text[0].isalnum() or text[0] in "“\"‘'(["):
        return False
    if is_byline(text):
        return False
    if first:
        return True
    if len(words) < 3:  # unspaced script: no capitals to go by
        return False
    significant = [word for word in words if word.lower() not in _LOWER_TAIL]
    capitals = sum(1 for word in significant if word.lstrip("“\"‘'(")[:1].isupper())
    return capitals >= 0.6 * max(1, len(significant))


def short_title(paragraph: str) -> str:
    """A title made from the first sentence of ``paragraph``: whole if short, else cut at a word."""
    head = paragraph[:400]
    sentence = _SENTENCE.split(head, maxsplit=1)[0].strip()
    if len(sentence) <= TITLE_LIMIT:
        return sentence.rstrip(".") if not sentence.endswith("..") else sentence
    cut = sentence[: TITLE_LIMIT - 1]
    if " " in cut:
        words = cut.rsplit(" ", 1)[0].split(" ")
        while len(words) > 3 and words[-1].lower().strip(",;:") in _LOWER_TAIL:
            words.pop()
        cut = " ".join(words)
    return cut.rstrip(" ,;:-–—") + "…"
