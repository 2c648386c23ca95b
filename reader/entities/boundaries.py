"""Stage 6, boundary repair: fixes that need the merged spans of every pass.

"9th U.S. Circuit Court of Appeals" (an ordinal joined to a numbered unit), "Name, 26," (an
age is a DATE), "General Data Protection Regulation (GDPR)" (an acronym in brackets takes
its long form's label), "World Cup 2026" (an event's year is part of it).
"""

from __future__ import annotations

import re

from reader.entities.special import AGENCY
from reader.entities.types import Entity

_EVENT_YEAR = re.compile(r"[ \u00a0](?:19|20)\d\d\b")
# "9th U.S. Circuit Court of Appeals", "82nd Airborne Division": a numbered unit's ordinal.
_UNIT_WORDS = re.compile(r"\b(?:Circuit|District|Division|Airborne|Army|Fleet|Brigade|Corps)\b")
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW"})


def event_end(text: str, end: int) -> int:
    """End of an EVENT with the year written after it ("Olympics 2024")."""
    m = _EVENT_YEAR.match(text, end)
    return m.end() if m else end


def merge_units(text: str, spans: list[tuple[int, int, str]]) -> list[Entity]:
    """ "9th U.S. Circuit Court of Appeals": an ordinal straight before a numbered unit's ORG
    name is part of it."""
    out: list[Entity] = []
    for s, e, label in spans:
        if (
            label == "ORG"
            and out
            and out[-1].label == "ORDINAL"
            and out[-1].end + 1 == s
            and text[out[-1].start].isdigit()
            and _UNIT_WORDS.search(text, s, e)
        ):
            out[-1] = Entity(out[-1].start, e, "ORG")
        else:
            out.append(Entity(s, e, label))
    return out


def context_fixes(text: str, ents: list[Entity]) -> list[Entity]:
    """Labels decided by the neighbour: "Name, 26," is an age (DATE); an acronym in brackets
    right after a name is that name's short form ("General Data Protection Regulation (GDPR)").
    """
    for i in range(1, len(ents)):
        prev, cur = ents[i - 1], ents[i]
        if cur.start - prev.end != 2:
            continue  # both need a two-character gap: ", " or " ("
        gap = text[prev.end : cur.start]
        if gap == ", " and _age(text, prev, cur):
            ents[i] = Entity(cur.start, cur.end, "DATE")
        elif gap == " (" and _short_form(text, prev, cur):
            ents[i] = Entity(cur.start, cur.end, prev.label)
    return ents


def _age(text: str, prev: Entity, cur: Entity) -> bool:
    return (
        cur.label == "CARDINAL"
        and prev.label == "PERSON"
        and text[cur.start : cur.end].isdigit()
        and text.startswith(",", cur.end)
    )


def _short_form(text: str, prev: Entity, cur: Entity) -> bool:
    return (
        not AGENCY.match(text, cur.start - 1)  # "SAN FRANCISCO (AP) -": a dateline
        and prev.label in _NAME_LABELS
        and cur.label in _NAME_LABELS
        and text.startswith(")", cur.end)
        and text[cur.start : cur.end].isupper()
    )
