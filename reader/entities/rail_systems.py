"""Named railways and metros: "the Standard Gauge Railway", "the Dubai Metro", "the Jakarta
MRT", "the China–Laos Railway" (class 2: venues given a core label, or cut in pieces).

A railway or a metro system is a facility in the development sets (after OntoNotes: built
structures and their networks are FAC), but "Metro" and "Railway" also end the names of the
firms that run them, so the names pass reads "Dubai Metro" as an ORG, "Doha Metro" as a
PERSON, and cuts "China–Laos Railway" at the dash. In an article about trains (one of
``lexicon.TRAIN_WORDS``), one to three capitalised words (joined by spaces or dashes) and a
singular system noun make one FAC when "the" comes before them or a noun of trains after
("extra Doha Metro trains"). Left alone: the plural "Railways" and "Rail" (firms: "Kenya
Railways", "Irish Rail"), a name that goes on ("the Delhi Metro Rail Corporation"), one that
speaks ("the Delhi Metro said"), a firm every list knows, and a system noun alone ("use the
Metro": the sets disagree on it).
"""

from __future__ import annotations

from reader.entities import lexicon
from reader.entities.gazetteer import gazetteer
from reader.entities.regex_code import compiled
from reader.entities.replacing import replaced
from reader.entities.types import Entity

_SYSTEMS = ("Railway", "Metro", "MRT", "LRT", "Shinkansen", "Monorail", "Tramway")
_WORD = r"[A-Z][A-Za-z’'.]*"
# One to three capitalised words, then a system noun, not followed by another capitalised
# word or a dash (a longer name); the words may be joined by dashes ("China–Laos").
_SYSTEM = compiled(
    rf"\b({_WORD}(?:[ \u00a0\-–]{_WORD}){{0,2}}[ \u00a0](?:{'|'.join(_SYSTEMS)}))\b"
    r"(?![ \u00a0]+[A-Z]|[\-–])"
)
#: Nouns of trains after a name that make it the system's ("extra Doha Metro trains").
_TRAIN_NOUNS = (" train", " trains", " line", " lines", " station", " stations", " service")
#: Verbs after the name that make it the firm that runs the system.
_SPEAKS = (" said", " says", " announced", " told", " reported", " posted", " confirmed")


def rail_systems(text: str, ents: list[Entity], vocab: set[str]) -> list[Entity]:
    """``ents`` with each named railway or metro of an article about trains one FAC."""
    if lexicon.TRAIN_WORDS.isdisjoint(vocab) or not any(s in text for s in _SYSTEMS):
        return ents
    found = [
        Entity(m.start(1), m.end(1), "FAC")
        for m in _SYSTEM.finditer(text)
        if _system(text, m.start(1), m.end(1))
    ]
    return replaced(ents, found) if found else ents


def _system(text: str, start: int, end: int) -> bool:
    after = text[end : end + 12]
    if after.startswith(_SPEAKS) or gazetteer().names.get(text[start:end]) == "ORG":
        return False
    first = text[start : text.find(" ", start, end)]
    if first in ("The", "A", "An") or gazetteer().names.get(first) == "ORG":
        return False  # "The Metro" opening a sentence; a firm's own line
    return text.endswith(("the ", "The "), 0, start) or after.startswith(_TRAIN_NOUNS)
