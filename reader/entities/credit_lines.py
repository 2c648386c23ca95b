"""The outlet or agency in a photo credit, after a slash or a bar: "Image: Jussi Vainikainen /
Yle", "Malte Quandt-Reiser/dpa/picture alliance", "PHOTO | BRIAN OKINDA | NATION"; and the
outlet a byline's desk line names, a newspaper's word: "Times Sports Reporter", "Observer
writer", "By STANDARD REPORTER", "Odane Stennett-Brown/Gleaner Writer", but not a beat
("Culture reporter", "Transport Correspondent") (class 6: a newsroom's name in a credit or a
byline missed; it is an ORG).

Only the parts after the first slash or bar of a line that names a photo, image or picture,
of one to three words that no other rule labelled; not the words credit lines use for where a
picture comes from or who took it ("Supplied", "File", "Handout", "Photographer").
"""

from __future__ import annotations

from reader.entities.regex_code import compiled
from reader.entities.replacing import overlaps
from reader.entities.types import Entity

_CREDIT = compiled(r"\b(?:Photo|PHOTO|Image|IMAGE|Picture|PICTURE|Pic|Photograph)s?\b")
# A part after a slash or a bar: one to three words, the first with a letter.
_PART = compiled(r"[/|][ \t]*([A-Za-z][\w&.-]*(?:[ \t][A-Za-z][\w&.-]*){0,2})[ \t]*(?=[/|)\]]|$)")
_NOT_OUTLETS = frozenset(
    {"supplied", "file", "handout", "courtesy", "file photo", "stock", "photographer"}
    | {"staff", "staff photographer", "contributor", "contributed", "reporter", "photo", "image"}
)


# A byline's desk line: the outlet, perhaps a desk, and the writer's noun, the whole line
# (after "By" or a name and a slash).
_DESK_LINE = compiled(
    r"[ \t]*(?:(?i:by)[ \t]+|[^\n/]{1,40}/[ \t]*)?"
    r"((?:[A-Z][\w&.'’-]*[ \t]){0,2}?[A-Z][\w&.'’-]*)[ \t]+"
    r"(?:(?i:sports?|business|political|politics|entertainment|tech|staff|senior|chief|court|"
    r"crime|health|education|city|parliamentary|features?)[ \t]+)*"
    r"(?i:reporter|writer|correspondent)s?[ \t]*"
)
_DESK_WORDS = frozenset(
    {"sport", "sports", "business", "political", "politics", "entertainment", "tech", "staff"}
    | {"senior", "chief", "court", "crime", "health", "education", "city", "parliamentary"}
    | {"feature", "features", "special", "our", "a", "the", "by"}
)


def credit_outlets(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with the outlets of photo credits and bylines' desk lines added as ORGs."""
    credits = "/" in text or "|" in text
    if not credits and not any(word in text for word in _DESK_WORDS_IN_TEXT):
        return ents  # most articles: a few scans in C
    found: list[Entity] = []
    start = 0
    for line in text.split("\n"):
        if len(line) < 200:
            if credits and ("/" in line or "|" in line) and _CREDIT.search(line):
                found += _outlets(line, start)
            if line.rstrip()[-2:].lower() in _DESK_ENDS:
                found += _desk_outlet(line, start)
        start += len(line) + 1
    if not found:
        return ents
    new = [f for f in found if not overlaps(ents, f)]
    return sorted(ents + new, key=lambda e: (e.start, e.end)) if new else ents


def _outlets(line: str, offset: int) -> list[Entity]:
    out: list[Entity] = []
    for m in _PART.finditer(line):
        part = m.group(1)
        if part.lower() not in _NOT_OUTLETS and not part[0].isdigit():
            out.append(Entity(offset + m.start(1), offset + m.end(1), "ORG"))
    return out


# Last words of newspapers' names: the outlet of a desk line is one ("Times Sports Reporter").
_PAPER_WORDS = frozenset(
    {"Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Telegraph", "Guardian"}
    | {"Mail", "Mirror", "Observer", "Chronicle", "Inquirer", "Courier", "Examiner", "Standard"}
    | {"Nation", "Gleaner", "Express", "Star", "Sun", "Independent", "Monitor", "Dispatch"}
)
# What a desk line has, found with ``in`` before any line is looked at.
_DESK_WORDS_IN_TEXT = ("eporter", "EPORTER", "riter", "RITER", "orrespondent", "ORRESPONDENT")
# How a desk line ends: "...er" (reporter, writer), "...nt" (correspondent), or their plurals.
_DESK_ENDS = frozenset({"er", "nt", "rs", "ts"})


def _desk_outlet(line: str, offset: int) -> list[Entity]:
    m = _DESK_LINE.fullmatch(line)
    if m is None:
        return []
    outlet = m.group(1)
    if outlet.split()[-1].title() not in _PAPER_WORDS or outlet.split()[0].lower() in _DESK_WORDS:
        return []  # "Culture reporter", "Transport Correspondent": a beat, no outlet
    return [Entity(offset + m.start(1), offset + m.end(1), "ORG")]
