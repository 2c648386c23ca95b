"""A name's alias, given right after it: "One New Zealand Stadium, known as Te Kaha", "Sky
Stadium, known locally as the Cake Tin".

Class 2 and 3 (a venue's or a product's other name read as a person or a body): the alias is
often words no list knows, which the passes read as a PERSON or an ORG. Given after the name
with "known as", "called", "nicknamed" or "dubbed", it names the same thing, so it takes the
name's label. This boundary repair relabels the alias, and its other mentions.
"""

from __future__ import annotations

from itertools import pairwise

from reader.entities.regex_code import compiled
from reader.entities.types import Entity

# What stands between a name and its alias (the whole gap, checked with ``fullmatch``).
_ALIAS_GAP = compiled(
    r",?[ \u00a0]+(?:\((?:also[ \u00a0]+)?)?(?:also[ \u00a0]+|locally[ \u00a0]+|widely[ \u00a0]+|"
    r"popularly[ \u00a0]+)?(?:known|called|nicknamed|dubbed)(?:[ \u00a0]+locally)?"
    r"(?:[ \u00a0]+as)?[ \u00a0]+(?:the[ \u00a0]+)?"
)
# Names whose alias takes their label: a venue or a product ("a company, known as Zawadi"
# is read as it is).
_NAMED = frozenset({"FAC", "PRODUCT"})
_ALIAS_READ_AS = frozenset({"ORG", "PERSON", "GPE"})


def aliases(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each venue's or product's alias (every mention) given its label."""
    if "known" not in text and "called" not in text and "dubbed" not in text:
        return ents
    named = {
        text[cur.start : cur.end]: prev.label
        for prev, cur in pairwise(ents)
        if prev.label in _NAMED
        and cur.label in _ALIAS_READ_AS
        and cur.start - prev.end < 40
        and _ALIAS_GAP.fullmatch(text, prev.end, cur.start)
    }
    if not named:
        return ents
    return [  # every mention of the alias: "bullied at the Cake Tin"
        Entity(e.start, e.end, named[surface])
        if e.label in _ALIAS_READ_AS and (surface := text[e.start : e.end]) in named
        else e
        for e in ents
    ]
