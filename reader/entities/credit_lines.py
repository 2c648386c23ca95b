"""The outlet or agency in a photo credit, after a slash or a bar: "Image: Jussi Vainikainen /
Yle", "Malte Quandt-Reiser/dpa/picture alliance", "PHOTO | BRIAN OKINDA | NATION" (class 6:
a newsroom's name in a credit line missed; it is an ORG).

Only the parts after the first slash or bar of a line that names a photo, image or picture,
of one to three words that no other rule labelled; not the words credit lines use for where a
picture comes from or who took it ("Supplied", "File", "Handout", "Photographer").
"""

from __future__ import annotations

from reader.entities.regex_code import compiled
from reader.entities.types import Entity

_CREDIT = compiled(r"\b(?:Photo|PHOTO|Image|IMAGE|Picture|PICTURE|Pic|Photograph)s?\b")
# A part after a slash or a bar: one to three words, the first with a letter.
_PART = compiled(r"[/|][ \t]*([A-Za-z][\w&.-]*(?:[ \t][A-Za-z][\w&.-]*){0,2})[ \t]*(?=[/|)\]]|$)")
_NOT_OUTLETS = frozenset(
    {"supplied", "file", "handout", "courtesy", "file photo", "stock", "photographer"}
    | {"staff", "staff photographer", "contributor", "contributed", "reporter", "photo", "image"}
)


def credit_outlets(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with the outlets of photo credits added as ORGs."""
    if "/" not in text and "|" not in text:
        return ents
    found: list[Entity] = []
    start = 0
    for line in text.split("\n"):
        if len(line) < 200 and ("/" in line or "|" in line) and _CREDIT.search(line):
            found += _outlets(line, start)
        start += len(line) + 1
    if not found:
        return ents
    taken = [(e.start, e.end) for e in ents]
    new = [f for f in found if not any(s < f.end and f.start < e for s, e in taken)]
    return sorted(ents + new, key=lambda e: (e.start, e.end)) if new else ents


def _outlets(line: str, offset: int) -> list[Entity]:
    out: list[Entity] = []
    for m in _PART.finditer(line):
        part = m.group(1)
        if part.lower() not in _NOT_OUTLETS and not part[0].isdigit():
            out.append(Entity(offset + m.start(1), offset + m.end(1), "ORG"))
    return out
