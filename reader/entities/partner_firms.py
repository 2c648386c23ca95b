"""Firms named after their partners, with "and" or "&" and perhaps commas between the names
and a firm's word at the end: "Modise, Letsholo and Partners", "Kiggundu and Ssemanda
Advocates", "De Graaf & Hoekstra Advocaten", "Agyapong & Sons Haulage" (class 4: the names
pass cut the firm at each comma, "and" and "&", and read the partners as people or firms).

Left alone: two people or bodies named in a row whose last name ends in no firm's word; a
place among them ("Kenya and Uganda Railways": places before a body's name are left to the
rules of places); two firms, where the one before "and" is a body with a space in its name,
an acronym or a firm every list knows ("the Ministry of Health and ...", "PLDT and Globe
Telecom", "Telstra and TPG Telecom").
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.replacing import replaced
from reader.entities.types import Entity

# Last words of a firm named after its partners.
_FIRM_WORDS = lexicon.words("""
Partners Associates Advocates Advocaten Attorneys Solicitors Sons Brothers Bros Co Company
Haulage Telecom Group Holdings Consulting Consultants Architects Engineers Accountants
Lawyers Chambers LLP Ltd Inc Incorporated
""")
_FIRM_ENDINGS = tuple(_FIRM_WORDS)  # a test in C before the name is split
_JOINS = (", ", " and ", " & ", ", and ")
_PARTNER_LABELS = frozenset({"PERSON", "ORG"})


def partner_firms(text: str, ents: list[Entity]) -> list[Entity]:
    """``ents`` with each firm named after its partners as one ORG."""
    found: list[Entity] = []
    for i, e in enumerate(ents):
        if (
            i
            and e.label in _PARTNER_LABELS
            and text.endswith(_FIRM_ENDINGS, e.start, e.end)
            and text[e.start : e.end].split()[-1] in _FIRM_WORDS
        ):
            first = _first_partner(text, ents, i)
            if first < i:
                found.append(Entity(ents[first].start, e.end, "ORG"))
    return replaced(ents, found) if found else ents


def _first_partner(text: str, ents: list[Entity], i: int) -> int:
    """Index of the first partner's name joined to ``ents[i]`` by "and" or "&" (and commas
    before), or ``i`` when there is none."""
    k = i
    while k > 0:
        prev, cur = ents[k - 1], ents[k]
        join = text[prev.end : cur.start]
        if join not in _JOINS or prev.label not in _PARTNER_LABELS:
            break
        name = text[prev.start : prev.end]
        if prev.label == "ORG" and (" " in name or name.isupper() or _known_firm(name)):
            break  # "the Ministry of Health and ...", "PLDT and Globe Telecom": two bodies
        if k == i and join == ", ":
            break  # the last name comes after "and" or "&"
        k -= 1
    return k


def _known_firm(name: str) -> bool:
    """A firm every list knows ("Telstra"): a firm of its own, no partner's name."""
    return gazetteer().names.get(name) == "ORG"
